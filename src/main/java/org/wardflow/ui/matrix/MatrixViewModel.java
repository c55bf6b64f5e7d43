package org.wardflow.ui.matrix;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.map.MapTarget;

/**
 * The view model of the ward × school matrix: what is shown (mode, orientation, filters, sort,
 * which columns are in the window), the link to the shared map selection, and the CSV export of
 * what is shown. Toolkit-free (only {@code javafx.beans}/{@code javafx.collections}); call it from
 * one thread (the FX thread in the app).
 *
 * <p>Everything comes from the published table ({@link MatrixData}). Columns are <em>windowed</em>:
 * the view shows {@link #windowSizeProperty()} columns from {@link #columnOffsetProperty()}, so the
 * table stays fast with 1,238 school columns.
 */
public final class MatrixViewModel {
  /** What rows can be sorted by. */
  public enum SortTarget {
    /** Row name. */
    ROW_NAME,
    /** Ward code or school URN. */
    ROW_ID,
    /** Published row total. */
    ROW_TOTAL,
    /** The cells of one column (see {@link Sort#columnId()}). */
    COLUMN
  }

  /**
   * A row order.
   *
   * @param target what is compared
   * @param columnId the column's ward code or URN when {@code target} is {@link SortTarget#COLUMN}
   * @param ascending direction
   */
  public record Sort(SortTarget target, String columnId, boolean ascending) {
    /** Checks the column id. */
    public Sort {
      Objects.requireNonNull(target, "target");
      if (target == SortTarget.COLUMN) {
        Objects.requireNonNull(columnId, "columnId");
      }
    }

    /** Sorting by a row attribute. */
    public static Sort by(SortTarget target, boolean ascending) {
      return new Sort(target, null, ascending);
    }

    /** Sorting by the cells of a column. */
    public static Sort byColumn(String columnId, boolean ascending) {
      return new Sort(SortTarget.COLUMN, columnId, ascending);
    }
  }

  private final ObjectProperty<PublishedTable> table = new SimpleObjectProperty<>(this, "table");
  private final ObjectProperty<Geography> geography = new SimpleObjectProperty<>(this, "geography");
  private final ObjectProperty<MapTarget> selection;
  private final ObjectProperty<MatrixMode> mode =
      new SimpleObjectProperty<>(this, "mode", MatrixMode.COUNTS);
  private final BooleanProperty transposed = new SimpleBooleanProperty(this, "transposed");
  private final StringProperty wardFilter = new SimpleStringProperty(this, "wardFilter", "");
  private final StringProperty schoolFilter = new SimpleStringProperty(this, "schoolFilter", "");
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase");
  private final IntegerProperty minWardTotal = new SimpleIntegerProperty(this, "minWardTotal");
  private final IntegerProperty minSchoolTotal = new SimpleIntegerProperty(this, "minSchoolTotal");
  private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort");
  private final ObjectProperty<Palette> palette =
      new SimpleObjectProperty<>(this, "palette", ColorBrewer.defaultSequential());
  private final StringProperty protectiveMarking =
      new SimpleStringProperty(this, "protectiveMarking", "");
  private final IntegerProperty columnOffset = new SimpleIntegerProperty(this, "columnOffset");
  private final IntegerProperty windowSize = new SimpleIntegerProperty(this, "windowSize", 12);

  private final ReadOnlyObjectWrapper<MatrixData> data =
      new ReadOnlyObjectWrapper<>(this, "data", MatrixData.EMPTY);
  private final ObservableList<MatrixEntity> rows = FXCollections.observableArrayList();
  private final ObservableList<MatrixEntity> rowsView =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<List<MatrixEntity>> columns =
      new ReadOnlyObjectWrapper<>(this, "columns", List.of());
  private final ReadOnlyIntegerWrapper highlightedRow =
      new ReadOnlyIntegerWrapper(this, "highlightedRow", -1);
  private final ReadOnlyIntegerWrapper highlightedColumn =
      new ReadOnlyIntegerWrapper(this, "highlightedColumn", -1);
  private final ReadOnlyStringWrapper selectionNote =
      new ReadOnlyStringWrapper(this, "selectionNote", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper(this, "footer", "");
  private final ReadOnlyStringWrapper sortText = new ReadOnlyStringWrapper(this, "sortText", "");
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
  private final ChangeListener<MapTarget> selectionListener = (obs, a, b) -> updateHighlight(true);
  private boolean updating;

  /**
   * Creates the view model.
   *
   * @param tableSource the published table to show (null while there is none)
   * @param geographySource names and phases of wards and schools (may hold null)
   * @param selection the selection shared with the map (ward or school), read and written
   */
  public MatrixViewModel(
      ObservableValue<PublishedTable> tableSource,
      ObservableValue<Geography> geographySource,
      ObjectProperty<MapTarget> selection) {
    this.selection = Objects.requireNonNull(selection, "selection");
    table.bind(Objects.requireNonNull(tableSource, "tableSource"));
    geography.bind(Objects.requireNonNull(geographySource, "geographySource"));
    for (Observable o : new Observable[] {table, geography, mode, transposed, palette}) {
      o.addListener(x -> rebuild());
    }
    for (Observable o :
        new Observable[] {wardFilter, schoolFilter, phase, minWardTotal, minSchoolTotal, sort}) {
      o.addListener(x -> refilter());
    }
    selection.addListener(new WeakChangeListener<>(selectionListener));
    columnOffset.addListener(
        (obs, a, b) -> {
          int clamped = clampOffset(b.intValue());
          if (clamped != b.intValue()) {
            columnOffset.set(clamped);
          } else {
            bump();
          }
        });
    windowSize.addListener(
        (obs, a, b) -> {
          if (b.intValue() < 1) {
            windowSize.set(1);
            return;
          }
          columnOffset.set(clampOffset(columnOffset.get()));
          bump();
        });
    protectiveMarking.addListener(x -> updateTexts());
    rebuild();
  }

  // ---- properties -------------------------------------------------------------------------

  /** The published table shown (bound to the source given at construction). */
  public ReadOnlyObjectProperty<PublishedTable> tableProperty() {
    return table;
  }

  /** The selection shared with the map. */
  public ObjectProperty<MapTarget> selectionProperty() {
    return selection;
  }

  /** What cells show (counts by default). */
  public ObjectProperty<MatrixMode> modeProperty() {
    return mode;
  }

  /** True for rows = schools, columns = wards. */
  public BooleanProperty transposedProperty() {
    return transposed;
  }

  /** Text that ward names, codes or districts must contain (case-insensitive; empty = all). */
  public StringProperty wardFilterProperty() {
    return wardFilter;
  }

  /** Text that school names, URNs or phases must contain (case-insensitive; empty = all). */
  public StringProperty schoolFilterProperty() {
    return schoolFilter;
  }

  /** Phase of schools shown; null for all phases. */
  public ObjectProperty<Phase> phaseProperty() {
    return phase;
  }

  /** Wards whose published total is below this are left out (hidden totals are kept). */
  public IntegerProperty minWardTotalProperty() {
    return minWardTotal;
  }

  /** Schools whose published total is below this are left out (hidden totals are kept). */
  public IntegerProperty minSchoolTotalProperty() {
    return minSchoolTotal;
  }

  /** Row order; null keeps the table's order. */
  public ObjectProperty<Sort> sortProperty() {
    return sort;
  }

  /** The sequential palette of the heat shading (default YlOrRd). */
  public ObjectProperty<Palette> paletteProperty() {
    return palette;
  }

  /** Protective marking written at the top of exports (empty for none). */
  public StringProperty protectiveMarkingProperty() {
    return protectiveMarking;
  }

  /** Index into {@link #getColumns()} of the first column in the window. */
  public IntegerProperty columnOffsetProperty() {
    return columnOffset;
  }

  /** How many columns the view shows at a time (set by the view from its width). */
  public IntegerProperty windowSizeProperty() {
    return windowSize;
  }

  /** The current snapshot (cells, heat classes, entities). */
  public ReadOnlyObjectProperty<MatrixData> dataProperty() {
    return data.getReadOnlyProperty();
  }

  /** The current snapshot. */
  public MatrixData getData() {
    return data.get();
  }

  /** The rows shown, filtered and sorted (read-only). */
  public ObservableList<MatrixEntity> rows() {
    return rowsView;
  }

  /** The columns shown, filtered, largest published total first (an immutable list). */
  public ReadOnlyObjectProperty<List<MatrixEntity>> columnsProperty() {
    return columns.getReadOnlyProperty();
  }

  /** The columns shown. */
  public List<MatrixEntity> getColumns() {
    return columns.get();
  }

  /** The column at a position of the window, or null past the last column. */
  public MatrixEntity windowColumn(int slot) {
    int i = columnOffset.get() + slot;
    List<MatrixEntity> c = columns.get();
    return slot < 0 || i >= c.size() ? null : c.get(i);
  }

  /** The cell shown at a row and a window position, or null past the last column. */
  public MatrixCell cellAt(MatrixEntity row, int slot) {
    MatrixEntity col = windowColumn(slot);
    return row == null || col == null ? null : data.get().cell(row, col);
  }

  /** Position in {@link #rows()} of the selected entity, or −1. */
  public ReadOnlyIntegerProperty highlightedRowProperty() {
    return highlightedRow.getReadOnlyProperty();
  }

  /** Position in {@link #getColumns()} of the selected entity, or −1. */
  public ReadOnlyIntegerProperty highlightedColumnProperty() {
    return highlightedColumn.getReadOnlyProperty();
  }

  /** Why the selected ward or school is not shown (empty when it is, or nothing is selected). */
  public ReadOnlyStringProperty selectionNoteProperty() {
    return selectionNote.getReadOnlyProperty();
  }

  /** One line: what is shown, e.g. "12 of 12 wards × 30 of 30 schools with published CYP". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /**
   * The footer note: what cells hold, what the symbols mean, how shares treat hidden figures, the
   * disclosure policy and the caveat.
   */
  public ReadOnlyStringProperty footerProperty() {
    return footer.getReadOnlyProperty();
  }

  /** The current row order in words (e.g. "Sorted by Hilltop Academy, largest first"). */
  public ReadOnlyStringProperty sortTextProperty() {
    return sortText.getReadOnlyProperty();
  }

  /** Incremented whenever what the cells show changes (views re-render on it). */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  // ---- actions ------------------------------------------------------------------------------

  /** Selects the entity of a row (by position in {@link #rows()}) in the shared selection. */
  public void selectRow(int position) {
    if (position >= 0 && position < rows.size()) {
      select(rows.get(position).target());
    }
  }

  /** Selects the entity of a column (by position in {@link #getColumns()}). */
  public void selectColumn(int position) {
    List<MatrixEntity> c = columns.get();
    if (position >= 0 && position < c.size()) {
      select(c.get(position).target());
    }
  }

  private void select(MapTarget t) {
    if (!t.equals(selection.get())) {
      selection.set(t);
    }
  }

  /** Moves the window so that a column (position in {@link #getColumns()}) is in it. */
  public void ensureColumnVisible(int position) {
    if (position < 0 || position >= columns.get().size()) {
      return;
    }
    int off = columnOffset.get();
    if (position < off) {
      columnOffset.set(position);
    } else if (position >= off + windowSize.get()) {
      columnOffset.set(position - windowSize.get() + 1);
    }
  }

  /**
   * Brings the selected ward or school into the column window when it is a column (e.g. when the
   * view comes on screen after the selection was made elsewhere).
   */
  public void revealSelection() {
    ensureColumnVisible(highlightedColumn.get());
  }

  /** Moves the window by a number of columns (clamped). */
  public void scrollColumns(int delta) {
    columnOffset.set(clampOffset(columnOffset.get() + delta));
  }

  /** The largest column offset for the current columns and window. */
  public int maxColumnOffset() {
    return Math.max(0, columns.get().size() - windowSize.get());
  }

  private int clampOffset(int off) {
    return Math.max(0, Math.min(off, maxColumnOffset()));
  }

  // ---- recomputation ------------------------------------------------------------------------

  private void rebuild() {
    MatrixData old = data.get();
    MatrixData d =
        MatrixData.build(table.get(), geography.get(), mode.get(), transposed.get(), palette.get());
    data.set(d);
    Sort s = sort.get();
    if (s != null && s.target() == SortTarget.COLUMN && old.transposed() != d.transposed()) {
      sort.set(null); // the column belongs to the other axis now; refilter follows
      return;
    }
    refilter();
  }

  /**
   * True while rows and columns are being replaced: a view ignores the selection changes its
   * controls make in that time (they are not the user's).
   */
  public boolean isUpdating() {
    return updating;
  }

  private void refilter() {
    updating = true;
    try {
      refilter0();
    } finally {
      updating = false;
    }
    bump();
  }

  private void refilter0() {
    MatrixData d = data.get();
    List<MatrixEntity> r = new ArrayList<>();
    for (MatrixEntity e : d.rowEntities()) {
      if (keep(e)) {
        r.add(e);
      }
    }
    List<MatrixEntity> c = new ArrayList<>();
    for (MatrixEntity e : d.columnEntities()) {
      if (keep(e)) {
        c.add(e);
      }
    }
    c.sort(
        Comparator.comparingDouble(MatrixEntity::totalKey)
            .reversed()
            .thenComparing(MatrixEntity::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(MatrixEntity::id));
    Comparator<MatrixEntity> cmp = comparator(d, c);
    if (cmp != null) {
      r.sort(cmp);
    }
    columns.set(List.copyOf(c));
    rows.setAll(r);
    columnOffset.set(clampOffset(columnOffset.get()));
    updateHighlight(false);
    updateTexts();
  }

  private boolean keep(MatrixEntity e) {
    String needle =
        (e.isWard() ? wardFilter.get() : schoolFilter.get()).trim().toLowerCase(Locale.ROOT);
    if (!e.matches(needle)) {
      return false;
    }
    if (!e.isWard() && phase.get() != null && e.phase() != phase.get()) {
      return false;
    }
    int min = e.isWard() ? minWardTotal.get() : minSchoolTotal.get();
    return min <= 0 || !e.total().isPublished() || e.total().value() >= min;
  }

  private Comparator<MatrixEntity> comparator(MatrixData d, List<MatrixEntity> cols) {
    Sort s = sort.get();
    if (s == null) {
      return null;
    }
    Comparator<MatrixEntity> byName =
        Comparator.comparing(MatrixEntity::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(MatrixEntity::id);
    Comparator<MatrixEntity> c =
        switch (s.target()) {
          case ROW_NAME -> byName;
          case ROW_ID -> Comparator.comparing(MatrixEntity::id);
          case ROW_TOTAL ->
              Comparator.comparingDouble(MatrixEntity::totalKey).thenComparing(byName);
          case COLUMN -> {
            MatrixEntity col = columnById(d, s.columnId());
            yield col == null
                ? null
                : Comparator.<MatrixEntity>comparingDouble(e -> d.cell(e, col).sortKey())
                    .thenComparing(byName);
          }
        };
    if (c == null) {
      return null;
    }
    return s.ascending() ? c : c.reversed();
  }

  private static MatrixEntity columnById(MatrixData d, String id) {
    for (MatrixEntity e : d.columnEntities()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  private void updateHighlight(boolean scroll) {
    MapTarget t = selection.get();
    int row = -1;
    int col = -1;
    String note = "";
    if (t != null) {
      MatrixData d = data.get();
      boolean rowKind = (t.kind() == MapTarget.Kind.WARD) != d.transposed();
      if (rowKind) {
        row = indexOf(rows, t.id());
      } else {
        col = indexOf(columns.get(), t.id());
      }
      if (row < 0 && col < 0 && d.table() != null) {
        List<MatrixEntity> all = rowKind ? d.rowEntities() : d.columnEntities();
        String what = t.isWard() ? "Ward " : "School ";
        if (indexOf(all, t.id()) >= 0) {
          note = what + t.name() + " is left out by the filters.";
        } else if (t.isSchool() && d.table().schoolIndex(t.id()) >= 0) {
          note = what + t.name() + " has no published CYP in this table.";
        } else {
          note = what + t.name() + " is not in this table.";
        }
      }
    }
    highlightedRow.set(row);
    highlightedColumn.set(col);
    selectionNote.set(note);
    if (scroll && col >= 0) {
      ensureColumnVisible(col);
    }
    bump();
  }

  private static int indexOf(List<MatrixEntity> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private void bump() {
    revision.set(revision.get() + 1);
  }

  private void updateTexts() {
    MatrixData d = data.get();
    PublishedTable t = d.table();
    if (t == null) {
      summary.set("No flow table loaded.");
      footer.set(MainViewModel.CAVEAT);
      sortText.set("");
      return;
    }
    String rowWord = d.transposed() ? "schools" : "wards";
    String colWord = d.transposed() ? "wards" : "schools";
    summary.set(
        String.format(
            Locale.UK,
            "%,d of %,d %s × %,d of %,d %s%s · %s",
            rows.size(),
            d.rowEntities().size(),
            rowWord,
            columns.get().size(),
            d.columnEntities().size(),
            colWord,
            d.transposed() ? "" : " with published CYP",
            d.mode().label()));
    footer.set(footerText(d));
    sortText.set(sortWords(d));
  }

  private String sortWords(MatrixData d) {
    Sort s = sort.get();
    if (s == null) {
      return "Table order";
    }
    String dir = s.ascending() ? "smallest first" : "largest first";
    return switch (s.target()) {
      case ROW_NAME -> "Sorted by name, " + (s.ascending() ? "A–Z" : "Z–A");
      case ROW_ID -> "Sorted by " + (d.transposed() ? "URN" : "ward code");
      case ROW_TOTAL -> "Sorted by published total, " + dir;
      case COLUMN -> {
        MatrixEntity c = columnById(d, s.columnId());
        yield "Sorted by " + (c == null ? s.columnId() : c.name()) + ", " + dir;
      }
    };
  }

  /** The footer note for a snapshot. */
  private static String footerText(MatrixData d) {
    DisclosurePolicy p = d.table().policy();
    StringBuilder sb = new StringBuilder();
    sb.append(d.mode().description()).append(". ");
    sb.append(p.legendText()).append("; – not published or not defined. ");
    if (d.mode().isShare()) {
      sb.append("Shares are computed from published figures only: a share whose numerator or")
          .append(" denominator is hidden is itself hidden ([c]).");
      if (p.roundingBase() > 0) {
        sb.append(" Figures are rounded, so shares need not add up to 100%.");
      }
      sb.append(' ');
    }
    sb.append("Minimum-total filters keep wards and schools whose total is hidden. ");
    sb.append(MainViewModel.CAVEAT).append('.');
    return sb.toString();
  }

  // ---- export -------------------------------------------------------------------------------

  /**
   * Writes what the matrix shows — the filtered rows in their order, every filtered column (not
   * just the window), in the current mode — as CSV. Lines starting with {@code #} document the
   * mode, the disclosure policy, the data label and the caveat. Cells are published counts, shares
   * as proportions (4 decimals) computed from published figures, or {@code [c]} / {@code –}; a raw
   * count never reaches this method.
   *
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public void writeCsv(Writer out) throws IOException {
    MatrixData d = data.get();
    PublishedTable t = d.table();
    List<String> comments = new ArrayList<>();
    if (!protectiveMarking.get().isBlank()) {
      comments.add(protectiveMarking.get().trim());
    }
    comments.add("Wardflow ward × school matrix — published figures only");
    comments.add(
        "Exploratory, not predictive. Children and young people (CYP); ward-level aggregates.");
    comments.add("Data: " + (d.dataLabel().isEmpty() ? "observed" : d.dataLabel()));
    if (t != null) {
      comments.add("Dataset: " + t.info().title());
      comments.add("Mode: " + d.mode().csvName() + " — " + d.mode().description());
      comments.add("Disclosure control: " + t.policy().statement());
      comments.add(t.policy().legendText() + "; – not published or not defined.");
      if (d.mode().isShare()) {
        comments.add(
            "Shares are proportions (0–1) computed from published figures only; a share whose"
                + " numerator or denominator is hidden is itself hidden ([c]).");
      }
      comments.add(
          "Orientation: rows = "
              + (d.transposed() ? "schools" : "wards")
              + "; filters: "
              + filterWords()
              + "; "
              + sortText.get());
    }
    List<MatrixEntity> cols = columns.get();
    List<String> header = new ArrayList<>();
    boolean tr = d.transposed();
    header.add(tr ? "school_urn" : "ward_code");
    header.add(tr ? "school_name" : "ward_name");
    header.add(tr ? "school_total" : "ward_total");
    for (MatrixEntity c : cols) {
      header.add(c.name() + " (" + c.id() + ")");
    }
    CSVFormat fmt =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeaderComments(comments.toArray(new Object[0]))
            .setHeader(header.toArray(new String[0]))
            .setRecordSeparator("\n")
            .get();
    CSVPrinter p = new CSVPrinter(out, fmt);
    int k = t == null ? 0 : t.policy().k();
    List<Object> rec = new ArrayList<>(header.size());
    for (MatrixEntity r : rows) {
      rec.clear();
      rec.add(r.id());
      rec.add(r.name());
      rec.add(r.total().label(k));
      for (MatrixEntity c : cols) {
        MatrixCell cell = d.cell(r, c);
        if (cell.isMarker()) {
          rec.add(cell.text());
        } else if (d.mode().isShare()) {
          rec.add(String.format(Locale.UK, "%.4f", cell.value()));
        } else {
          rec.add(Long.toString(Math.round(cell.value())));
        }
      }
      p.printRecord(rec);
    }
    p.flush();
  }

  /**
   * Writes {@link #writeCsv} to a file (UTF-8, replaced if present).
   *
   * @throws IOException naming the file when it cannot be written
   */
  public void exportCsv(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(w);
    } catch (IOException e) {
      throw new IOException("Cannot write the matrix to " + file + ": " + e.getMessage(), e);
    }
  }

  private String filterWords() {
    List<String> f = new ArrayList<>();
    if (!wardFilter.get().isBlank()) {
      f.add("ward contains '" + wardFilter.get().trim() + "'");
    }
    if (!schoolFilter.get().isBlank()) {
      f.add("school contains '" + schoolFilter.get().trim() + "'");
    }
    if (phase.get() != null) {
      f.add("phase " + phase.get().label());
    }
    if (minWardTotal.get() > 0) {
      f.add("ward total ≥ " + minWardTotal.get());
    }
    if (minSchoolTotal.get() > 0) {
      f.add("school total ≥ " + minSchoolTotal.get());
    }
    return f.isEmpty() ? "none" : String.join(", ", f);
  }
}
