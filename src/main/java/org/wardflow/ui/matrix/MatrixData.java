package org.wardflow.ui.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.ui.map.MapTarget;

/**
 * An immutable snapshot of the matrix for one published table, mode and orientation: the wards and
 * schools it can show (before filtering), every cell as shown, and the heat classes. Built from the
 * {@link PublishedTable} only — figures come from {@link PublishedTable#cell}, {@link
 * PublishedTable#wardTotal} and {@link PublishedTable#schoolTotal}, never from raw counts.
 *
 * <p>Wards are every ward of the table; schools are those whose published total is not a published
 * zero (a hidden total counts as non-zero: suppression never hides a zero).
 */
public final class MatrixData {
  /** Number of heat classes asked of the quantile classification. */
  public static final int HEAT_CLASSES = 6;

  /** The snapshot with no table. */
  public static final MatrixData EMPTY =
      new MatrixData(null, MatrixMode.COUNTS, false, List.of(), List.of(), null, null, "", 0);

  private final PublishedTable table;
  private final MatrixMode mode;
  private final boolean transposed;
  private final List<MatrixEntity> wards;
  private final List<MatrixEntity> schools;
  private final Classification classes;
  private final int[] colors;
  private final String dataLabel;
  private final int schoolsInTable;

  private MatrixData(
      PublishedTable table,
      MatrixMode mode,
      boolean transposed,
      List<MatrixEntity> wards,
      List<MatrixEntity> schools,
      Classification classes,
      int[] colors,
      String dataLabel,
      int schoolsInTable) {
    this.table = table;
    this.mode = mode;
    this.transposed = transposed;
    this.wards = Collections.unmodifiableList(wards);
    this.schools = Collections.unmodifiableList(schools);
    this.classes = classes;
    this.colors = colors == null ? new int[0] : colors;
    this.dataLabel = dataLabel;
    this.schoolsInTable = schoolsInTable;
  }

  /**
   * Builds the snapshot.
   *
   * @param table the published table (null gives {@link #EMPTY})
   * @param geography names, districts and phases (null: codes stand for names)
   * @param mode what cells show
   * @param transposed true for rows = schools
   * @param palette sequential palette for the heat classes
   */
  public static MatrixData build(
      PublishedTable table,
      Geography geography,
      MatrixMode mode,
      boolean transposed,
      Palette palette) {
    if (table == null) {
      return EMPTY;
    }
    List<MatrixEntity> wards = new ArrayList<>(table.wardCodes().size());
    for (int r = 0; r < table.wardCodes().size(); r++) {
      String code = table.wardCodes().get(r);
      Ward w = geography == null ? null : geography.wards().byCode(code).orElse(null);
      wards.add(
          new MatrixEntity(
              MapTarget.Kind.WARD,
              r,
              code,
              w == null ? code : w.name(),
              w == null ? "" : w.districtName(),
              Phase.UNKNOWN,
              table.wardTotal(r)));
    }
    boolean[] anyNonZero = new boolean[table.schoolUrns().size()];
    for (int i = 0; i < table.cellCount(); i++) {
      if (table.cellStatus(i).hidden() || table.cellValue(i) > 0) {
        anyNonZero[table.column(i)] = true;
      }
    }
    List<MatrixEntity> schools = new ArrayList<>();
    for (int c = 0; c < table.schoolUrns().size(); c++) {
      PublishedValue total = table.schoolTotal(c);
      boolean nonEmpty =
          switch (total.status()) {
            case PUBLISHED -> total.value() > 0;
            case SUPPRESSED_PRIMARY, SUPPRESSED_SECONDARY -> true;
            case NOT_PUBLISHED -> anyNonZero[c];
          };
      if (!nonEmpty) {
        continue;
      }
      String urn = table.schoolUrns().get(c);
      School s = geography == null ? null : geography.schools().byUrn(urn).orElse(null);
      Phase phase = s == null ? Phase.UNKNOWN : s.phase();
      schools.add(
          new MatrixEntity(
              MapTarget.Kind.SCHOOL,
              c,
              urn,
              s == null ? urn : s.name(),
              s == null ? "" : phase.label(),
              phase,
              total));
    }
    MatrixData shell =
        new MatrixData(
            table,
            mode,
            transposed,
            wards,
            schools,
            null,
            null,
            dataLabel(table, geography),
            table.schoolUrns().size());
    double[] values = shell.nonZeroValues();
    if (values.length == 0) {
      return shell;
    }
    Classification cls = Classifier.quantile(values, HEAT_CLASSES);
    int n = Math.max(1, cls.classCount());
    return new MatrixData(
        table,
        mode,
        transposed,
        wards,
        schools,
        cls,
        palette.colors(Math.min(n, palette.maxClasses())),
        shell.dataLabel,
        table.schoolUrns().size());
  }

  private static String dataLabel(PublishedTable t, Geography g) {
    DatasetInfo a = t.info();
    DatasetInfo b = g == null ? null : g.info();
    boolean fictional = a.fictional() || (b != null && b.fictional());
    boolean synthetic = a.synthetic() || (b != null && b.synthetic());
    return new DatasetInfo("", "", "", fictional, synthetic, Map.of()).label();
  }

  /** The non-zero figures of the current mode over every listed cell (for the heat classes). */
  private double[] nonZeroValues() {
    double[] out = new double[table.cellCount()];
    int n = 0;
    for (int i = 0; i < table.cellCount(); i++) {
      if (table.cellStatus(i) != CellStatus.PUBLISHED || table.cellValue(i) == 0) {
        continue;
      }
      double v = rawFigure(table.row(i), table.column(i), table.cell(i));
      if (v > 0) {
        out[n++] = v;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The published table (null for {@link #EMPTY}). */
  public PublishedTable table() {
    return table;
  }

  /** What cells show. */
  public MatrixMode mode() {
    return mode;
  }

  /** True when rows are schools. */
  public boolean transposed() {
    return transposed;
  }

  /** Every ward of the table, in table order. */
  public List<MatrixEntity> wards() {
    return wards;
  }

  /** Schools with published CYP (or a hidden total), in table order. */
  public List<MatrixEntity> schools() {
    return schools;
  }

  /** The row entities before filtering: wards, or schools when transposed. */
  public List<MatrixEntity> rowEntities() {
    return transposed ? schools : wards;
  }

  /** The column entities before filtering: schools, or wards when transposed. */
  public List<MatrixEntity> columnEntities() {
    return transposed ? wards : schools;
  }

  /** Number of schools in the published table (including those with no CYP). */
  public int schoolsInTable() {
    return schoolsInTable;
  }

  /** The FICTIONAL / SYNTHETIC label of the table and geography, or empty. */
  public String dataLabel() {
    return dataLabel;
  }

  /** The published value at a ward × school; a structural cell is a zero (hidden if zeros are). */
  private PublishedValue valueAt(int ward, int school) {
    int i = table.find(ward, school);
    if (i >= 0) {
      return table.cell(i);
    }
    return table.policy().publishZeros()
        ? PublishedValue.ZERO
        : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
  }

  /** The figure of a published cell in this mode: count or share, NaN when not defined. */
  private double rawFigure(int ward, int school, PublishedValue v) {
    PublishedValue d =
        switch (mode) {
          case COUNTS -> null;
          case ROW_SHARES -> table.wardTotal(ward);
          case COLUMN_SHARES -> table.schoolTotal(school);
        };
    if (d == null) {
      return v.value();
    }
    if (!d.isPublished() || d.value() == 0) {
      return Double.NaN;
    }
    return v.value() / (double) d.value();
  }

  /**
   * The cell at a row and column entity (one ward, one school, either way round).
   *
   * @param row row entity
   * @param column column entity
   * @return the cell as shown
   */
  public MatrixCell cell(MatrixEntity row, MatrixEntity column) {
    MatrixEntity ward = row.isWard() ? row : column;
    MatrixEntity school = row.isWard() ? column : row;
    return cell(ward.index(), school.index());
  }

  /**
   * The cell at a ward row and school column of the published table.
   *
   * @param ward row index in the table
   * @param school column index in the table
   */
  public MatrixCell cell(int ward, int school) {
    PublishedValue v = valueAt(ward, school);
    PublishedValue d =
        switch (mode) {
          case COUNTS -> null;
          case ROW_SHARES -> table.wardTotal(ward);
          case COLUMN_SHARES -> table.schoolTotal(school);
        };
    if (v.isSuppressed() || (d != null && d.isSuppressed())) {
      return MatrixCell.HIDDEN;
    }
    if (!v.isPublished() || (d != null && !d.isPublished())) {
      return MatrixCell.NOT_PUBLISHED;
    }
    if (d == null) {
      return v.value() == 0
          ? new MatrixCell(MatrixCell.Kind.ZERO, 0, "0", -1)
          : new MatrixCell(
              MatrixCell.Kind.VALUE, v.value(), Integer.toString(v.value()), shade(v.value()));
    }
    if (d.value() == 0) {
      return MatrixCell.UNDEFINED;
    }
    double s = v.value() / (double) d.value();
    return s == 0
        ? new MatrixCell(MatrixCell.Kind.ZERO, 0, "0%", -1)
        : new MatrixCell(MatrixCell.Kind.VALUE, s, percent(s), shade(s));
  }

  private int shade(double v) {
    if (classes == null) {
      return -1;
    }
    int c = classes.classOf(v);
    return c < 0 ? -1 : Math.min(c, colors.length - 1);
  }

  /** A share as a percentage with one decimal ({@code <0.1%} for tiny non-zero shares). */
  static String percent(double share) {
    double p = share * 100;
    if (p > 0 && p < 0.05) {
      return "<0.1%";
    }
    return String.format(Locale.UK, "%.1f%%", p);
  }

  /** Number of heat classes in use (0 when nothing is shaded). */
  public int shadeCount() {
    return colors.length;
  }

  /** ARGB colour of a heat class. */
  public int shadeColor(int shade) {
    return colors[shade];
  }

  /** True when text on a heat class should be light (dark background). */
  public boolean lightText(int shade) {
    int c = colors[shade];
    double lum =
        0.2126 * ((c >> 16) & 0xff) / 255.0
            + 0.7152 * ((c >> 8) & 0xff) / 255.0
            + 0.0722 * (c & 0xff) / 255.0;
    return lum < 0.5;
  }

  /** Legend labels, one per heat class, e.g. {@code "5 – 8"} or {@code "2.5% – 10.0%"}. */
  public List<String> legendLabels() {
    List<String> out = new ArrayList<>();
    if (classes == null) {
      return out;
    }
    double[] b = classes.bounds();
    for (int i = 0; i + 1 < b.length && i < colors.length; i++) {
      if (mode == MatrixMode.COUNTS) {
        long lo = i == 0 ? (long) Math.ceil(b[0]) : (long) Math.floor(b[i]) + 1;
        long hi = (long) Math.floor(b[i + 1]);
        out.add(lo >= hi ? Long.toString(hi) : lo + " – " + hi);
      } else {
        out.add(percent(b[i]) + " – " + percent(b[i + 1]));
      }
    }
    return out;
  }
}
