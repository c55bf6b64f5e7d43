package org.wardflow.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Audits a publication from its published figures alone — what anyone holding it could check, and
 * what the UI's audit view lists. (The gate's own audit, reported by {@link
 * PublishedTable#audit()}, runs before rounding on the unrounded figures and is at least as strict;
 * see {@link Suppressor}.)
 *
 * <p>Each protected figure — every suppressed cell, and every ward, school or grand total
 * suppressed as 1..k−1 — gets its feasible interval from {@link PublishedTable#hiddenInterval} (or
 * the total's equivalent): exact linear-programming bounds without rounding, a safe outer bound
 * with rounding.
 */
public final class Audit {
  private Audit() {}

  /**
   * One protected figure and what can be worked out about it.
   *
   * @param kind "cell", "ward total", "school total" or "grand total"
   * @param wardCode the ward (empty for a school or grand total)
   * @param schoolUrn the school (empty for a ward or grand total)
   * @param cell the cell index, or −1 for a total
   * @param interval its feasible interval from the publication
   * @param passes whether the interval is at least the protection level wide
   */
  public record Finding(
      String kind,
      String wardCode,
      String schoolUrn,
      int cell,
      Interval interval,
      boolean passes) {}

  /**
   * Every protected figure of a publication with its interval, narrowest first.
   *
   * @param t the publication
   * @return findings
   */
  public static List<Finding> findings(PublishedTable t) {
    int p = t.protectionLevel();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isSuppressed()) {
        Interval iv = t.hiddenInterval(i);
        out.add(
            new Finding(
                "cell",
                t.wardCodes().get(t.row(i)),
                t.schoolUrns().get(t.column(i)),
                i,
                iv,
                iv.width() >= p));
      }
    }
    for (int r = 0; r < t.wardCodes().size(); r++) {
      if (t.wardTotal(r).status() == CellStatus.SUPPRESSED_PRIMARY) {
        Interval iv = t.wardTotalInterval(r);
        out.add(new Finding("ward total", t.wardCodes().get(r), "", -1, iv, iv.width() >= p));
      }
    }
    for (int c = 0; c < t.schoolUrns().size(); c++) {
      if (t.schoolTotal(c).status() == CellStatus.SUPPRESSED_PRIMARY) {
        Interval iv = t.schoolTotalInterval(c);
        out.add(new Finding("school total", "", t.schoolUrns().get(c), -1, iv, iv.width() >= p));
      }
    }
    if (t.grandTotal().status() == CellStatus.SUPPRESSED_PRIMARY) {
      Interval iv = t.grandTotalInterval();
      out.add(new Finding("grand total", "", "", -1, iv, iv.width() >= p));
    }
    out.sort(Comparator.comparingLong(f -> f.interval().width()));
    return out;
  }

  /**
   * The audit outcome from the publication alone.
   *
   * @param t the publication
   * @return the report (method names the public model)
   */
  public static AuditReport check(PublishedTable t) {
    List<Finding> f = findings(t);
    int failures = 0;
    for (Finding x : f) {
      failures += x.passes() ? 0 : 1;
    }
    AuditReport.Status status =
        f.isEmpty()
            ? AuditReport.Status.NOT_NEEDED
            : failures == 0 ? AuditReport.Status.PASSED : AuditReport.Status.FAILED;
    return new AuditReport(
        status,
        t.protectionLevel(),
        f.size(),
        f.size(),
        0,
        0,
        failures,
        t.policy().roundingBase() == 0
            ? "feasible intervals from the published figures (max-flow, equal to LP bounds)"
            : "feasible intervals from the published figures (max-flow; outer bound with rounding)");
  }
}
