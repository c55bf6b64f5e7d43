package org.wardflow.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Brute-force optimal secondary suppression for tiny tables: tries every set of complementary cells
 * (totals stay as primary suppression left them) and keeps the cheapest (fewest people) whose every
 * suppressed cell and small total passes the exact audit.
 */
final class Optimal {
  private Optimal() {}

  /** Minimum people in complementary cells, or -1 when no cell-only pattern passes. */
  static long minPeople(int[][] a, DisclosurePolicy policy) {
    PreparedTable t = Tables.prepared(a);
    int k = policy.k();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < t.cells; i++) {
      if (t.val[i] >= k) {
        candidates.add(i);
      }
    }
    int m = candidates.size();
    if (m > 16) {
      throw new IllegalArgumentException("too many candidates for brute force: " + m);
    }
    long best = Long.MAX_VALUE;
    for (int mask = 0; mask < (1 << m); mask++) {
      long people = 0;
      for (int j = 0; j < m; j++) {
        if ((mask & (1 << j)) != 0) {
          people += t.val[candidates.get(j)];
        }
      }
      if (people >= best) {
        continue;
      }
      if (passes(t, policy, candidates, mask)) {
        best = people;
      }
    }
    return best == Long.MAX_VALUE ? -1 : best;
  }

  /**
   * Lexicographic optimum allowing published totals to be hidden too: {fewest totals hidden, fewest
   * people in complementary cells}.
   */
  static long[] minTotalsThenPeople(int[][] a, DisclosurePolicy policy) {
    PreparedTable t = Tables.prepared(a);
    int k = policy.k();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < t.cells; i++) {
      if (t.val[i] >= k) {
        candidates.add(i);
      }
    }
    int m = candidates.size();
    int nt = t.rows + t.cols + 1;
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int tm = 0; tm < (1 << nt); tm++) {
      int totals = Integer.bitCount(tm);
      if (totals > best[0]) {
        continue;
      }
      for (int mask = 0; mask < (1 << m); mask++) {
        long people = 0;
        for (int j = 0; j < m; j++) {
          if ((mask & (1 << j)) != 0) {
            people += t.val[candidates.get(j)];
          }
        }
        if (totals == best[0] && people >= best[1]) {
          continue;
        }
        if (passes(t, policy, candidates, mask, tm)) {
          best[0] = totals;
          best[1] = people;
        }
      }
    }
    return best;
  }

  /** True when primary suppression plus the given complements passes the exact audit. */
  static boolean passes(PreparedTable t, DisclosurePolicy policy, List<Integer> cand, int mask) {
    return passes(t, policy, cand, mask, 0);
  }

  /** As above, also hiding the totals in totalsMask (bits: rows, then columns, then grand). */
  static boolean passes(
      PreparedTable t, DisclosurePolicy policy, List<Integer> cand, int mask, int totalsMask) {
    int k = policy.k();
    int n = t.cells;
    byte[] status = new byte[n];
    int[] value = new int[n];
    for (int i = 0; i < n; i++) {
      int v = t.val[i];
      if (v >= 1 && v < k) {
        status[i] = (byte) CellStatus.SUPPRESSED_PRIMARY.ordinal();
      } else {
        status[i] = (byte) CellStatus.PUBLISHED.ordinal();
        value[i] = v;
      }
    }
    for (int j = 0; j < cand.size(); j++) {
      if ((mask & (1 << j)) != 0) {
        status[cand.get(j)] = (byte) CellStatus.SUPPRESSED_SECONDARY.ordinal();
        value[cand.get(j)] = 0;
      }
    }
    PublishedValue[] wt = new PublishedValue[t.rows];
    for (int r = 0; r < t.rows; r++) {
      wt[r] = total(t.rowTotal[r], k, policy.publishWardTotals(), (totalsMask >> r & 1) != 0);
    }
    PublishedValue[] st = new PublishedValue[t.cols];
    for (int c = 0; c < t.cols; c++) {
      st[c] =
          total(
              t.colTotal[c],
              k,
              policy.publishSchoolTotals(),
              (totalsMask >> (t.rows + c) & 1) != 0);
    }
    PublishedValue g =
        total(
            t.grandTotal,
            k,
            policy.publishGrandTotal(),
            (totalsMask >> (t.rows + t.cols) & 1) != 0);
    PublishedTable pt =
        new PublishedTable(
            t.info,
            policy,
            t.filter,
            t.wardCodes,
            t.schoolUrns,
            t.rowStart,
            t.col,
            t.cellRow,
            status,
            value,
            wt,
            st,
            g,
            null);
    for (int i = 0; i < n; i++) {
      if (pt.cell(i).isSuppressed() && pt.hiddenInterval(i).width() < k) {
        return false;
      }
    }
    for (int r = 0; r < t.rows; r++) {
      if (t.rowTotal[r] >= 1 && t.rowTotal[r] < k && pt.wardTotalInterval(r).width() < k) {
        return false;
      }
    }
    for (int c = 0; c < t.cols; c++) {
      if (t.colTotal[c] >= 1 && t.colTotal[c] < k && pt.schoolTotalInterval(c).width() < k) {
        return false;
      }
    }
    return !(t.grandTotal >= 1 && t.grandTotal < k && pt.grandTotalInterval().width() < k);
  }

  private static PublishedValue total(long v, int k, boolean kind, boolean hide) {
    if (!kind) {
      return PublishedValue.hidden(CellStatus.NOT_PUBLISHED);
    }
    if (hide) {
      return PublishedValue.hidden(CellStatus.SUPPRESSED_SECONDARY);
    }
    if (v >= 1 && v < k) {
      return PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY);
    }
    return PublishedValue.published((int) v);
  }
}
