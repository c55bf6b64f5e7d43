package org.wardflow.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.RankingResult;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * A table for a report, as text: the published figures exactly as released — a number, {@code
 * "[c]"} for a suppressed figure, {@code "–"} for one the policy does not publish — never a raw
 * count. Built from a {@link PublishedTable} or a {@link RankingResult} by the factories here, and
 * written to PDF pages ({@link TablePage}) and CSV ({@link TableCsvWriter}).
 *
 * @param title table heading
 * @param columns column headings and alignment
 * @param rows cells as text, one list per row, as many cells as columns
 * @param notes notes printed under the table (what "[c]" means, caveats)
 */
public record ReportTable(
    String title, List<ReportTable.Column> columns, List<List<String>> rows, List<String> notes) {

  /**
   * A column.
   *
   * @param header heading
   * @param numeric right-aligned figures
   * @param weight share of the spare width this column gets (text columns take more)
   */
  public record Column(String header, boolean numeric, double weight) {
    /** Validates. */
    public Column {
      Objects.requireNonNull(header, "header");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("column weight must be positive");
      }
    }

    /** A text column. */
    public static Column text(String header, double weight) {
      return new Column(header, false, weight);
    }

    /** A right-aligned figures column. */
    public static Column number(String header) {
      return new Column(header, true, 0.6);
    }
  }

  /** Validates shapes and freezes. */
  public ReportTable {
    title = title == null ? "" : title;
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + r.size() + " cells for " + columns.size() + " columns");
      }
      List<String> cells = new ArrayList<>(r.size());
      for (String c : r) {
        cells.add(c == null ? "" : c);
      }
      copy.add(List.copyOf(cells));
    }
    rows = List.copyOf(copy);
    notes = List.copyOf(notes);
  }

  /** The released text of a value: the number, "[c]" when suppressed, "–" when not published. */
  static String text(PublishedValue v, DisclosurePolicy p) {
    return v.label(p.k());
  }

  private static List<String> standardNotes(PublishedTable t) {
    List<String> n = new ArrayList<>();
    n.add(t.policy().legendText() + ".");
    n.add("Disclosure control: " + t.policy().statement());
    if (!t.info().label().isEmpty()) {
      n.add(t.info().label() + " data.");
    }
    return n;
  }

  private static String wardName(Geography geo, String code) {
    return geo == null ? "" : geo.wards().byCode(code).map(Ward::name).orElse("");
  }

  private static School school(Geography geo, String urn) {
    return geo == null ? null : geo.schools().byUrn(urn).orElse(null);
  }

  /**
   * Every non-structural cell of a published table, one row per ward → school pair in the table's
   * order: ward code and name, school URN and name, published value.
   *
   * @param t the published table
   * @param geo names of wards and schools (may be null: names left empty)
   */
  public static ReportTable cells(PublishedTable t, Geography geo) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      String ward = t.wardCodes().get(r);
      String wn = wardName(geo, ward);
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        String urn = t.schoolUrns().get(t.column(i));
        School s = school(geo, urn);
        rows.add(List.of(ward, wn, urn, s == null ? "" : s.name(), text(t.cell(i), t.policy())));
      }
    }
    return new ReportTable(
        "Children and young people by home ward and school (published cells)",
        List.of(
            Column.text("Ward code", 0.9),
            Column.text("Ward", 1.6),
            Column.text("URN", 0.6),
            Column.text("School", 2.4),
            Column.number("CYP")),
        rows,
        standardNotes(t));
  }

  /** The published ward totals: code, name, district, total. */
  public static ReportTable wardTotals(PublishedTable t, Geography geo) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      String code = t.wardCodes().get(r);
      Ward w = geo == null ? null : geo.wards().byCode(code).orElse(null);
      rows.add(
          List.of(
              code,
              w == null ? "" : w.name(),
              w == null ? "" : w.districtName(),
              t.policy().publishWardTotals() ? text(t.wardTotal(r), t.policy()) : "–"));
    }
    return new ReportTable(
        "Children and young people by home ward (published ward totals)",
        List.of(
            Column.text("Ward code", 0.9),
            Column.text("Ward", 1.8),
            Column.text("District", 1.4),
            Column.number("CYP")),
        rows,
        standardNotes(t));
  }

  /**
   * The published school totals, largest first (hidden totals last, in URN order): URN, school,
   * phase, total.
   */
  public static ReportTable schoolTotals(PublishedTable t, Geography geo) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < t.schoolUrns().size(); c++) {
      order.add(c);
    }
    order.sort(
        Comparator.comparingInt(
                (Integer c) -> t.schoolTotal(c).isPublished() ? -t.schoolTotal(c).value() : 1)
            .thenComparing(c -> t.schoolUrns().get(c)));
    List<List<String>> rows = new ArrayList<>();
    for (int c : order) {
      String urn = t.schoolUrns().get(c);
      School s = school(geo, urn);
      rows.add(
          List.of(
              urn,
              s == null ? "" : s.name(),
              s == null ? "" : s.phase().label(),
              t.policy().publishSchoolTotals() ? text(t.schoolTotal(c), t.policy()) : "–"));
    }
    return new ReportTable(
        "Children and young people by school attended (published school totals)",
        List.of(
            Column.text("URN", 0.6),
            Column.text("School", 2.6),
            Column.text("Phase", 0.9),
            Column.number("CYP")),
        rows,
        standardNotes(t));
  }

  /**
   * A ward × school matrix of published values for chosen schools (e.g. the top of a ranking): one
   * row per ward of the table, one column per school.
   *
   * @param t the published table
   * @param geo names (may be null)
   * @param urns the schools to show as columns, in order
   */
  public static ReportTable matrix(PublishedTable t, Geography geo, List<String> urns) {
    List<Column> cols = new ArrayList<>();
    cols.add(Column.text("Ward", 1.6));
    int[] colIndex = new int[urns.size()];
    for (int j = 0; j < urns.size(); j++) {
      colIndex[j] = t.schoolIndex(urns.get(j));
      School s = school(geo, urns.get(j));
      cols.add(new Column(s == null ? urns.get(j) : s.name(), true, 0.8));
    }
    cols.add(Column.number("Ward total"));
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      List<String> row = new ArrayList<>();
      String code = t.wardCodes().get(r);
      String wn = wardName(geo, code);
      row.add(wn.isEmpty() ? code : wn);
      for (int j = 0; j < urns.size(); j++) {
        int i = colIndex[j] < 0 ? -1 : t.find(r, colIndex[j]);
        row.add(i < 0 ? "" : text(t.cell(i), t.policy()));
      }
      row.add(t.policy().publishWardTotals() ? text(t.wardTotal(r), t.policy()) : "–");
      rows.add(row);
    }
    List<String> notes = new ArrayList<>(standardNotes(t));
    notes.add(0, "Empty cells: no children and young people recorded for that ward and school.");
    return new ReportTable(
        "Children and young people by home ward and school (published matrix)", cols, rows, notes);
  }

  /**
   * A school ranking with its uncertainty: rank with interval, school, phase, published CYP total,
   * the measure, and whether the value rests on estimates for hidden cells.
   */
  public static ReportTable ranking(RankingResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (RankedSchool s : r.ranked()) {
      rows.add(
          List.of(
              s.rankLabel(),
              s.school().name(),
              s.school().phase().label(),
              s.cypTotal().label(0),
              String.format(Locale.UK, "%.2f", s.value()) + (s.estimated() ? " †" : ""),
              Integer.toString(s.tieGroup())));
    }
    List<String> notes = new ArrayList<>();
    notes.add(RankingResult.CAVEAT);
    notes.add(
        "Rank (interval): the rank and the range of ranks consistent with the uncertainty of the"
            + " published figures. † value uses estimates for hidden cells.");
    notes.add(r.input().cyp().policy().legendText() + ".");
    notes.addAll(r.notes());
    if (!r.dataLabel().isEmpty()) {
      notes.add(r.dataLabel() + " data.");
    }
    return new ReportTable(
        "Schools ranked by " + r.measureLabel().toLowerCase(Locale.UK),
        List.of(
            Column.text("Rank (interval)", 0.9),
            Column.text("School", 2.6),
            Column.text("Phase", 0.9),
            Column.number("CYP"),
            Column.number(r.measureLabel()),
            Column.number("Tie group")),
        rows,
        notes);
  }
}
