package org.wardflow.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * The disclosure gate: publishes a raw flow table under a policy. The only way from raw counts to
 * anything shown or exported.
 *
 * <p>The pipeline: primary suppression of 1..k−1 (cells, and ward, school and grand totals),
 * secondary (complementary) suppression chosen to hide as few people as possible, an exact audit of
 * every hidden figure's feasible interval (repairing any narrower than the protection level), then
 * rounding (cells and totals rounded independently from unrounded counts) — see {@link Suppressor}
 * and {@code docs/decisions/0004-disclosure-control.md}.
 *
 * <p>Prepared tables are cached per (table, filter) so moving the live controls republishes without
 * rebuilding indexes; the cache holds tables weakly.
 */
public final class DisclosureGate {
  private static final Map<FlowTable, Map<FlowFilter, PreparedTable>> PREPARED =
      new WeakHashMap<>();

  private DisclosureGate() {}

  /**
   * Publishes the filtered table under the policy: primary suppression, secondary suppression,
   * audit, rounding and totals.
   *
   * @param table raw table
   * @param filter sub-table to publish
   * @param policy rules to apply
   * @return the published table; its {@link PublishedTable#audit() audit} has passed
   */
  public static PublishedTable publish(
      FlowTable table, FlowFilter filter, DisclosurePolicy policy) {
    return prepare(table, filter).publish(policy);
  }

  /**
   * The prepared form of a sub-table, reused across calls (for the live controls).
   *
   * @param table raw table
   * @param filter sub-table
   * @return the prepared table
   */
  public static PreparedTable prepare(FlowTable table, FlowFilter filter) {
    synchronized (PREPARED) {
      Map<FlowFilter, PreparedTable> byFilter =
          PREPARED.computeIfAbsent(
              table,
              k ->
                  new LinkedHashMap<>(8, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<FlowFilter, PreparedTable> e) {
                      return size() > 8;
                    }
                  });
      return byFilter.computeIfAbsent(filter, f -> PreparedTable.of(table, f));
    }
  }
}
