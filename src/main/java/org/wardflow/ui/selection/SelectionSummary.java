package org.wardflow.ui.selection;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.style.Choropleth;
import org.wardflow.ui.style.ChoroplethBuilder;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.WardValue;

/**
 * Summary figures for the selection, from published values only: for a ward, its CYP (published
 * total) and the schools its CYP attend with published counts and row shares; for a school, its CYP
 * (published total) and the wards they live in with published counts and column shares; with
 * nothing selected, the published grand total and the wards with the highest mapped values.
 *
 * <p>List order never hints at a hidden figure: published values come first, largest first;
 * suppressed ones ("[c]") follow in alphabetical order.
 *
 * @param kind what is summarised
 * @param id ward code or school URN (empty for the overview)
 * @param title heading (ward or school name, or "All wards")
 * @param subtitle second line, e.g. "Ward E05000001 · Northgate district"
 * @param facts key figures
 * @param listTitle heading of the list
 * @param rows the list
 * @param more how many further rows were left out of the list
 * @param note one plain sentence about what the map shows for this selection
 */
public record SelectionSummary(
    Kind kind,
    String id,
    String title,
    String subtitle,
    List<Fact> facts,
    String listTitle,
    List<Row> rows,
    int more,
    String note) {

  /** What is summarised. */
  public enum Kind {
    /** Nothing selected: the whole table. */
    OVERVIEW,
    /** A ward. */
    WARD,
    /** A school. */
    SCHOOL
  }

  /**
   * One key figure.
   *
   * @param key what it is
   * @param value the figure as shown ("[c]" when hidden)
   * @param hidden true when the figure is suppressed
   */
  public record Fact(String key, String value, boolean hidden) {}

  /**
   * One row of the list.
   *
   * @param id school URN or ward code
   * @param name display name
   * @param value published figure ("[c]" when hidden)
   * @param share share of the selection's published total, e.g. "35%", or "–"
   * @param hidden true when the figure is suppressed
   */
  public record Row(String id, String name, String value, String share, boolean hidden) {}

  /** Freezes lists. */
  public SelectionSummary {
    Objects.requireNonNull(kind, "kind");
    facts = List.copyOf(facts);
    rows = List.copyOf(rows);
  }

  /** An empty overview (no data). */
  public static final SelectionSummary EMPTY =
      new SelectionSummary(
          Kind.OVERVIEW,
          "",
          "No flow table",
          "Open a flow table to see figures",
          List.of(),
          "",
          List.of(),
          0,
          "");

  /**
   * Summarises a selection.
   *
   * @param geo the geography
   * @param table the published CYP table (null: only public attributes)
   * @param choropleth the choropleth shown (for the mapped measure)
   * @param children children per ward, or null
   * @param kind what is selected
   * @param id ward code or school URN (ignored for the overview)
   * @param maxRows the longest list
   * @return the summary
   */
  public static SelectionSummary of(
      Geography geo,
      PublishedTable table,
      Choropleth choropleth,
      WardIndicator children,
      Kind kind,
      String id,
      int maxRows) {
    if (geo == null) {
      return EMPTY;
    }
    return switch (kind) {
      case WARD ->
          geo.wards()
              .byCode(id)
              .map(w -> ward(geo, table, choropleth, children, w, maxRows))
              .orElse(EMPTY);
      case SCHOOL -> geo.schools().byUrn(id).map(s -> school(geo, table, s, maxRows)).orElse(EMPTY);
      case OVERVIEW -> overview(geo, table, choropleth, maxRows);
    };
  }

  private static SelectionSummary ward(
      Geography geo,
      PublishedTable table,
      Choropleth choropleth,
      WardIndicator children,
      Ward w,
      int maxRows) {
    List<Fact> facts = new ArrayList<>();
    String subtitle =
        "Ward " + w.code() + (w.districtName().isEmpty() ? "" : " · " + w.districtName());
    if (table == null) {
      addChildren(facts, children, w.code());
      return new SelectionSummary(
          Kind.WARD, w.code(), w.name(), subtitle, facts, "", List.of(), 0, "");
    }
    int k = table.policy().k();
    PublishedValue total = ChoroplethBuilder.wardTotal(table, w.code());
    facts.add(new Fact("CYP living here", total.label(k), total.isSuppressed()));
    WardValue mapped = choropleth == null ? null : choropleth.valueOf(w.code());
    if (mapped != null
        && choropleth.schoolUrn() == null
        && choropleth.measure() != ChoroplethMeasure.COUNT) {
      facts.add(
          new Fact(
              choropleth.measure() == ChoroplethMeasure.RATE ? "Rate" : "Share of all CYP",
              mapped.text(),
              mapped.kind() == WardValue.Kind.SUPPRESSED));
    }
    addChildren(facts, children, w.code());
    List<Row> rows = new ArrayList<>();
    int r = table.wardIndex(w.code());
    if (r >= 0) {
      for (int cell = table.rowStart(r); cell < table.rowEnd(r); cell++) {
        PublishedValue v = table.cell(cell);
        if (v.isPublished() && v.value() == 0 || !v.isPublished() && !v.isSuppressed()) {
          continue;
        }
        String urn = table.schoolUrns().get(table.column(cell));
        String name = geo.schools().byUrn(urn).map(School::name).orElse("URN " + urn);
        rows.add(new Row(urn, name, v.label(k), share(v, total), v.isSuppressed()));
      }
    }
    facts.add(new Fact("Schools attended", Integer.toString(rows.size()), false));
    return finish(
        Kind.WARD,
        w.code(),
        w.name(),
        subtitle,
        facts,
        "Schools its CYP attend",
        rows,
        maxRows,
        "Only this ward's flows are drawn; the schools they reach are ringed.");
  }

  private static void addChildren(List<Fact> facts, WardIndicator children, String code) {
    if (children == null) {
      return;
    }
    OptionalDouble v = children.valueOf(code);
    if (v.isPresent()) {
      facts.add(new Fact("Children (0–15)", grouped(v.getAsDouble()), false));
    }
  }

  private static SelectionSummary school(
      Geography geo, PublishedTable table, School s, int maxRows) {
    List<Fact> facts = new ArrayList<>();
    String subtitle = s.phase().label() + " · URN " + s.urn();
    if (table != null) {
      int k = table.policy().k();
      PublishedValue total = ChoroplethBuilder.schoolTotal(table, s.urn());
      facts.add(new Fact("CYP attending", total.label(k), total.isSuppressed()));
    }
    facts.add(
        new Fact(
            "Pupils on roll", s.pupilCount().isPresent() ? grouped(s.pupils()) : "unknown", false));
    if (!s.type().isEmpty()) {
      facts.add(new Fact("Type", s.type(), false));
    }
    if (!s.open()) {
      facts.add(new Fact("Status", "Closed", false));
    }
    if (table == null) {
      return new SelectionSummary(
          Kind.SCHOOL, s.urn(), s.name(), subtitle, facts, "", List.of(), 0, "");
    }
    int k = table.policy().k();
    PublishedValue total = ChoroplethBuilder.schoolTotal(table, s.urn());
    List<Row> rows = new ArrayList<>();
    int c = table.schoolIndex(s.urn());
    if (c >= 0) {
      for (int r = 0; r < table.wardCodes().size(); r++) {
        int cell = table.find(r, c);
        if (cell < 0) {
          continue;
        }
        PublishedValue v = table.cell(cell);
        if (v.isPublished() && v.value() == 0 || !v.isPublished() && !v.isSuppressed()) {
          continue;
        }
        String code = table.wardCodes().get(r);
        String name = geo.wards().byCode(code).map(Ward::name).orElse(code);
        rows.add(new Row(code, name, v.label(k), share(v, total), v.isSuppressed()));
      }
    }
    facts.add(new Fact("Home wards", Integer.toString(rows.size()), false));
    return finish(
        Kind.SCHOOL,
        s.urn(),
        s.name(),
        subtitle,
        facts,
        "Where its CYP live",
        rows,
        maxRows,
        "Wards are coloured by where this school's CYP live; only flows into it are drawn.");
  }

  private static SelectionSummary overview(
      Geography geo, PublishedTable table, Choropleth choropleth, int maxRows) {
    if (table == null) {
      return EMPTY;
    }
    int k = table.policy().k();
    List<Fact> facts = new ArrayList<>();
    PublishedValue grand = table.grandTotal();
    facts.add(new Fact("CYP in the table", grand.label(k), grand.isSuppressed()));
    facts.add(new Fact("Wards with CYP", Integer.toString(table.wardCodes().size()), false));
    facts.add(new Fact("Schools with CYP", Integer.toString(table.schoolUrns().size()), false));
    List<Row> rows = new ArrayList<>();
    String listTitle = "";
    if (choropleth != null && choropleth.classification() != null) {
      listTitle = "Highest: " + choropleth.title();
      for (Ward w : geo.wards().wards()) {
        WardValue v = choropleth.valueOf(w.code());
        if (v != null && v.kind() == WardValue.Kind.VALUE) {
          rows.add(
              new Row(
                  w.code(),
                  w.name(),
                  ChoroplethBuilder.formatShort(choropleth.measure(), v.value()),
                  "",
                  false));
        }
      }
      rows.sort(
          Comparator.comparingDouble((Row row) -> -choropleth.valueOf(row.id()).value())
              .thenComparing(Row::name));
    }
    int more = Math.max(0, rows.size() - maxRows);
    List<Row> shown = rows.subList(0, Math.min(maxRows, rows.size()));
    return new SelectionSummary(
        Kind.OVERVIEW,
        "",
        "All wards",
        "Published under k = "
            + k
            + (table.policy().roundingBase() > 0
                ? ", rounded to " + table.policy().roundingBase()
                : ""),
        facts,
        listTitle,
        shown,
        more,
        "Click a ward to see its schools, or a school to see where its CYP live.");
  }

  private static SelectionSummary finish(
      Kind kind,
      String id,
      String title,
      String subtitle,
      List<Fact> facts,
      String listTitle,
      List<Row> rows,
      int maxRows,
      String note) {
    List<Row> published = new ArrayList<>();
    List<Row> hidden = new ArrayList<>();
    for (Row r : rows) {
      (r.hidden() ? hidden : published).add(r);
    }
    published.sort(
        Comparator.comparingInt((Row r) -> -Integer.parseInt(r.value())).thenComparing(Row::name));
    hidden.sort(Comparator.comparing(Row::name).thenComparing(Row::id));
    List<Row> all = new ArrayList<>(published);
    all.addAll(hidden);
    int more = Math.max(0, all.size() - maxRows);
    return new SelectionSummary(
        kind,
        id,
        title,
        subtitle,
        facts,
        listTitle,
        all.subList(0, Math.min(maxRows, all.size())),
        more,
        note);
  }

  private static String share(PublishedValue v, PublishedValue total) {
    if (!v.isPublished() || !total.isPublished() || total.value() <= 0) {
      return "–";
    }
    double pct = v.value() * 100.0 / total.value();
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.UK)).format(pct) + "%";
  }

  private static String grouped(double v) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
  }
}
