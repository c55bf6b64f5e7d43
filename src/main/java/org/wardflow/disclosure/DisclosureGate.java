package org.wardflow.disclosure;

import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * The disclosure gate: publishes a raw flow table under a policy. The only way from raw counts to
 * anything shown or exported.
 */
public final class DisclosureGate {
  private DisclosureGate() {}

  /**
   * Publishes the filtered table under the policy (primary suppression of 1..k−1 and rounding).
   *
   * @param table raw table
   * @param filter sub-table to publish
   * @param policy rules to apply
   * @return the published table
   */
  public static PublishedTable publish(
      FlowTable table, FlowFilter filter, DisclosurePolicy policy) {
    CountMatrix m = table.matrix(filter);
    int n = m.cellCount();
    PublishedValue[] cells = new PublishedValue[n];
    int[] rowStart = new int[m.rows() + 1];
    int[] cols = new int[n];
    for (int r = 0; r < m.rows(); r++) {
      rowStart[r] = m.rowStart(r);
      for (int i = m.rowStart(r); i < m.rowEnd(r); i++) {
        cols[i] = m.column(i);
        cells[i] = release(m.value(i), policy);
      }
    }
    rowStart[m.rows()] = n;
    long[] rt = m.rowTotals();
    long[] ct = m.columnTotals();
    PublishedValue[] wardTotals = new PublishedValue[rt.length];
    for (int i = 0; i < rt.length; i++) {
      wardTotals[i] =
          policy.publishWardTotals()
              ? release((int) rt[i], policy)
              : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
    }
    PublishedValue[] schoolTotals = new PublishedValue[ct.length];
    for (int i = 0; i < ct.length; i++) {
      schoolTotals[i] =
          policy.publishSchoolTotals()
              ? release((int) ct[i], policy)
              : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
    }
    PublishedValue grand =
        policy.publishGrandTotal()
            ? release((int) m.total(), policy)
            : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
    return new PublishedTable(
        table.info(),
        policy,
        filter,
        m.wardCodes(),
        m.schoolUrns(),
        rowStart,
        cols,
        cells,
        wardTotals,
        schoolTotals,
        grand);
  }

  private static PublishedValue release(int v, DisclosurePolicy p) {
    if (v == 0) {
      return p.publishZeros()
          ? PublishedValue.ZERO
          : PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
    }
    if (v < p.k()) {
      return PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY);
    }
    int b = p.roundingBase();
    return PublishedValue.published(b == 0 ? v : (int) (Math.round(v / (double) b) * b));
  }
}
