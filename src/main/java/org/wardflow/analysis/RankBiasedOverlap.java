package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank-biased overlap (Webber, Moffat and Zobel 2010, "A similarity measure for indefinite
 * rankings", ACM TOIS 28(4)), in its extrapolated form RBO<sub>EXT</sub> (their equation 32, which
 * also covers lists of different lengths). 1 = the same order, 0 = nothing in common; agreement
 * near the top counts most: with persistence p the first d ranks carry weight 1 − p<sup>d</sup> (p
 * = 0.9: the top 10 carry about 65%).
 *
 * <p>Ties are allowed: each list is a sequence of tie groups, and the overlap at each depth is its
 * expectation over random orders within the groups (exact, because RBO is linear in the overlaps).
 */
public final class RankBiasedOverlap {
  /** The default persistence. */
  public static final double DEFAULT_P = 0.9;

  private RankBiasedOverlap() {}

  /** RBO<sub>EXT</sub> of two lists without ties. */
  public static double extrapolated(List<String> a, List<String> b, double p) {
    return extrapolatedTied(singletons(a), singletons(b), p, a.size(), b.size());
  }

  /**
   * RBO<sub>EXT</sub> of two lists of tie groups, evaluated to the given depths.
   *
   * @param a first ranking as tie groups, best first
   * @param b second ranking as tie groups
   * @param p persistence, 0 &lt; p &lt; 1
   * @param depthA how many places of {@code a} are seen (≤ its size)
   * @param depthB how many places of {@code b} are seen
   * @return RBO, or NaN when either depth is 0
   */
  public static double extrapolatedTied(
      List<List<String>> a, List<List<String>> b, double p, int depthA, int depthB) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("persistence p must be between 0 and 1, was " + p);
    }
    Positions pa = new Positions(a);
    Positions pb = new Positions(b);
    int la = Math.min(depthA, pa.size);
    int lb = Math.min(depthB, pb.size);
    if (la == 0 || lb == 0) {
      return Double.NaN;
    }
    int s = Math.min(la, lb);
    int l = Math.max(la, lb);
    List<String> common = new ArrayList<>();
    for (String x : pa.group.keySet()) {
      if (pb.group.containsKey(x)) {
        common.add(x);
      }
    }
    double[] x = new double[l + 1];
    for (int d = 1; d <= l; d++) {
      int da = Math.min(d, la);
      int db = Math.min(d, lb);
      double sum = 0;
      for (String item : common) {
        sum += pa.inPrefix(item, da) * pb.inPrefix(item, db);
      }
      x[d] = sum;
    }
    double sum1 = 0;
    double pd = 1;
    for (int d = 1; d <= l; d++) {
      pd *= p;
      sum1 += x[d] / d * pd;
    }
    double sum2 = 0;
    pd = Math.pow(p, s);
    for (int d = s + 1; d <= l; d++) {
      pd *= p;
      sum2 += x[s] * (d - s) / ((double) s * d) * pd;
    }
    double tail = ((x[l] - x[s]) / l + x[s] / s) * Math.pow(p, l);
    return (1 - p) / p * (sum1 + sum2) + tail;
  }

  private static List<List<String>> singletons(List<String> a) {
    List<List<String>> g = new ArrayList<>();
    for (String s : a) {
      g.add(List.of(s));
    }
    return g;
  }

  /** Tie-group positions of items: group start and end (1-based, inclusive). */
  private static final class Positions {
    final Map<String, int[]> group = new HashMap<>();
    final int size;

    Positions(List<List<String>> groups) {
      int at = 0;
      for (List<String> g : groups) {
        int start = at + 1;
        int end = at + g.size();
        for (String s : g) {
          if (group.putIfAbsent(s, new int[] {start, end}) != null) {
            throw new IllegalArgumentException("item listed twice: " + s);
          }
        }
        at = end;
      }
      this.size = at;
    }

    /** Probability that the item lies within the first d places, ties in random order. */
    double inPrefix(String item, int d) {
      int[] g = group.get(item);
      if (d < g[0]) {
        return 0;
      }
      if (d >= g[1]) {
        return 1;
      }
      return (d - g[0] + 1) / (double) (g[1] - g[0] + 1);
    }
  }
}
