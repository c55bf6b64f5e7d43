package org.wardflow.ui.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.wardflow.disclosure.Interval;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * One hidden figure in the audit list: where it is, what is published ("[c]") and the range of
 * counts anyone could work out for it from the publication alone — never the count itself.
 *
 * @param kind "Cell", "Ward total", "School total" or "Grand total"
 * @param ward ward name and code (empty for school and grand totals)
 * @param school school name and URN (empty for ward and grand totals)
 * @param published the published symbol
 * @param range the feasible interval from published information, e.g. "1–9" or "1 or more"
 * @param width the interval's width (Long.MAX_VALUE when unbounded)
 * @param protectedEnough whether the width is at least the protection level
 */
public record AuditRow(
    String kind,
    String ward,
    String school,
    String published,
    String range,
    long width,
    boolean protectedEnough) {

  /** Checks for nulls. */
  public AuditRow {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The hidden figures of a published table with their feasible intervals (computed from the
   * publication only; can take a moment on large tables — call off the FX thread). Cells first,
   * ordered by ward then school name (never by anything hidden), then totals.
   *
   * @param t the published table
   * @param geo the geography for names (may be null)
   * @return the rows
   */
  public static List<AuditRow> of(PublishedTable t, Geography geo) {
    int level = t.protectionLevel();
    int k = t.policy().k();
    List<AuditRow> cells = new ArrayList<>();
    for (int cell = 0; cell < t.cellCount(); cell++) {
      if (!t.cell(cell).isSuppressed()) {
        continue;
      }
      Interval iv = t.hiddenInterval(cell);
      String ward = wardName(geo, t.wardCodes().get(t.row(cell)));
      String school = schoolName(geo, t.schoolUrns().get(t.column(cell)));
      cells.add(row("Cell", ward, school, t.cell(cell).label(k), iv, level));
    }
    cells.sort(Comparator.comparing((AuditRow a) -> a.ward()).thenComparing(a -> a.school()));
    List<AuditRow> out = new ArrayList<>(cells);
    for (int r = 0; r < t.wardCodes().size(); r++) {
      if (t.wardTotal(r).isSuppressed()) {
        out.add(
            row(
                "Ward total",
                wardName(geo, t.wardCodes().get(r)),
                "",
                t.wardTotal(r).label(k),
                t.wardTotalInterval(r),
                level));
      }
    }
    for (int c = 0; c < t.schoolUrns().size(); c++) {
      if (t.schoolTotal(c).isSuppressed()) {
        out.add(
            row(
                "School total",
                "",
                schoolName(geo, t.schoolUrns().get(c)),
                t.schoolTotal(c).label(k),
                t.schoolTotalInterval(c),
                level));
      }
    }
    if (t.grandTotal().isSuppressed()) {
      out.add(row("Grand total", "", "", t.grandTotal().label(k), t.grandTotalInterval(), level));
    }
    return out;
  }

  private static AuditRow row(
      String kind, String ward, String school, String label, Interval iv, int level) {
    return new AuditRow(kind, ward, school, label, iv.format(), iv.width(), iv.width() >= level);
  }

  private static String wardName(Geography geo, String code) {
    String name = geo == null ? null : geo.wards().byCode(code).map(Ward::name).orElse(null);
    return name == null ? code : name + " (" + code + ")";
  }

  private static String schoolName(Geography geo, String urn) {
    String name = geo == null ? null : geo.schools().byUrn(urn).map(School::name).orElse(null);
    return name == null ? "URN " + urn : name + " (" + urn + ")";
  }
}
