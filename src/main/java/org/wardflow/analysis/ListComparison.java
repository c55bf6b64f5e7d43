package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.wardflow.model.School;

/**
 * The analysis's top k beside the VRU list: which schools are on both, on the list only or in the
 * analysis only; agreement statistics with plain-language readings and how they change with k; and
 * the two stated objectives as groups — "candidates not on the list" and "on the list, little
 * evidence here" — each school with its rank interval and a short reason from published figures.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>A<sub>k</sub>: the analysis's first k schools (rank order; ties at the k-th place are
 *       reported by {@link RankingResult#tiedBeyond}).
 *   <li>L: the accepted list schools; L<sub>k</sub>: the list's first k by priority (then tier,
 *       then file order) when the list is ordered, else all of L.
 *   <li>Overlap: |A<sub>k</sub> ∩ L|. Jaccard at k: |A<sub>k</sub> ∩ L<sub>k</sub>| /
 *       |A<sub>k</sub> ∪ L<sub>k</sub>|.
 *   <li>Spearman and Kendall (τ<sub>b</sub>), Commons Math: the list's order (priority, else tier)
 *       against the analysis rank, over all list schools the analysis ranks; positive = agreement.
 *       In the k-series, over the list schools within A<sub>k</sub>.
 *   <li>RBO: {@link RankBiasedOverlap} of the list's order and the analysis's order, each seen to
 *       depth k, ties as tie groups.
 *   <li>"On the list, little evidence here": list schools whose rank interval lies entirely below
 *       the top k, or whose measure is 0.
 * </ul>
 */
public final class ListComparison {
  /** Where a school stands. */
  public enum Agreement {
    /** In the analysis's top k and on the list. */
    BOTH,
    /** On the list, not in the analysis's top k. */
    LIST_ONLY,
    /** In the analysis's top k, not on the list. */
    ANALYSIS_ONLY
  }

  /**
   * One school in the comparison table.
   *
   * @param school the school
   * @param ranked its ranking (null when the analysis does not rank it)
   * @param listEntry its list match (null when not on the list)
   * @param agreement where it stands
   * @param reason a short reason from published figures
   */
  public record Row(
      School school, RankedSchool ranked, ListMatch listEntry, Agreement agreement, String reason) {
    /** True when the school is on the list. */
    public boolean onList() {
      return listEntry != null;
    }

    /** The list's tier or priority as text (empty when not on the list or unordered). */
    public String listOrder() {
      if (listEntry == null) {
        return "";
      }
      String t = listEntry.entry().tier();
      if (listEntry.entry().priority().isPresent()) {
        return "priority "
            + listEntry.entry().priority().getAsInt()
            + (t.isEmpty() ? "" : ", tier " + t);
      }
      return t.isEmpty() ? "" : "tier " + t;
    }
  }

  /**
   * Agreement at one k (for the chart of how agreement changes with k).
   *
   * @param k depth
   * @param overlap |A_k ∩ L|
   * @param jaccard Jaccard at k
   * @param rbo rank-biased overlap at depth k (NaN when the list is unordered)
   * @param spearman over list schools within A_k (NaN when fewer than 3 or unordered)
   * @param kendall over list schools within A_k (NaN when fewer than 3 or unordered)
   */
  public record AtK(
      int k, int overlap, double jaccard, double rbo, double spearman, double kendall) {}

  /**
   * One statistic with its plain-language reading.
   *
   * @param name e.g. "Spearman"
   * @param value the value (NaN when not available)
   * @param reading plain-language reading
   */
  public record Statistic(String name, double value, String reading) {}

  private final RankingResult ranking;
  private final MatchReport list;
  private final int k;
  private final double p;
  private final List<Row> rows;
  private final int overlap;
  private final double jaccard;
  private final double spearman;
  private final double kendall;
  private final int common;
  private final double rbo;
  private final List<Statistic> statistics;
  private final List<AtK> series;
  private final List<Row> candidates;
  private final List<Row> littleEvidence;
  private final List<Row> notRanked;

  private ListComparison(RankingResult ranking, MatchReport list, int k, double p) {
    this.ranking = ranking;
    this.list = list;
    this.k = k;
    this.p = p;
    SchoolReasons reasons = new SchoolReasons(ranking);
    // the list: accepted schools with an order key
    Map<String, ListMatch> onList = new LinkedHashMap<>();
    for (ListMatch m : list.accepted()) {
      onList.put(m.school().urn(), m);
    }
    Map<String, Double> order = listOrder(onList);
    boolean ordered = !order.isEmpty();
    List<RankedSchool> topK = ranking.topK(k);
    Set<String> aK = new HashSet<>();
    for (RankedSchool r : topK) {
      aK.add(r.urn());
    }
    // rows
    List<Row> rs = new ArrayList<>();
    List<Row> cand = new ArrayList<>();
    for (RankedSchool r : topK) {
      ListMatch m = onList.get(r.urn());
      Row row =
          new Row(
              r.school(),
              r,
              m,
              m == null ? Agreement.ANALYSIS_ONLY : Agreement.BOTH,
              reasons.of(r));
      rs.add(row);
      if (m == null) {
        cand.add(row);
      }
    }
    List<Row> little = new ArrayList<>();
    List<Row> unranked = new ArrayList<>();
    for (ListMatch m : onList.values()) {
      if (aK.contains(m.school().urn())) {
        continue;
      }
      Optional<RankedSchool> r = ranking.byUrn(m.school().urn());
      String reason;
      if (r.isPresent()) {
        reason = reasons.of(r.get());
      } else {
        reason =
            ranking
                .notRankedByUrn(m.school().urn())
                .map(n -> "not ranked: " + n.reason())
                .orElse("not ranked: not among the schools analysed");
      }
      Row row = new Row(m.school(), r.orElse(null), m, Agreement.LIST_ONLY, reason);
      rs.add(row);
      if (r.isEmpty()) {
        unranked.add(row);
      } else if (r.get().outsideTop(k) || Math.abs(r.get().value()) < 1e-9) {
        String why =
            Math.abs(r.get().value()) < 1e-9
                ? "measure is 0 in the published figures"
                : "rank interval "
                    + r.get().rankLow()
                    + "–"
                    + r.get().rankHigh()
                    + " lies outside the top "
                    + k;
        little.add(new Row(m.school(), r.get(), m, Agreement.LIST_ONLY, why + "; " + reason));
      }
    }
    this.rows = List.copyOf(rs);
    this.candidates = List.copyOf(cand);
    this.littleEvidence = List.copyOf(little);
    this.notRanked = List.copyOf(unranked);
    // statistics at k
    AtK at = atK(k, onList, order);
    this.overlap = at.overlap();
    this.jaccard = at.jaccard();
    this.rbo = at.rbo();
    double[] corr = correlations(onList.keySet(), order, null);
    this.spearman = corr[0];
    this.kendall = corr[1];
    this.common = (int) corr[2];
    String why =
        !ordered
            ? "the list has no priority or tier"
            : common < 3
                ? "fewer than 3 list schools are ranked by the analysis"
                : "the list's order or the analysis's ranks do not vary";
    List<Statistic> st = new ArrayList<>();
    st.add(
        new Statistic(
            "Overlap",
            overlap,
            PlainLanguage.overlap(overlap, topK.size(), jaccard, onList.size())));
    st.add(
        new Statistic(
            "Jaccard at k",
            jaccard,
            PlainLanguage.overlap(overlap, topK.size(), jaccard, onList.size())));
    st.add(new Statistic("Spearman", spearman, PlainLanguage.correlation(spearman, common, why)));
    st.add(new Statistic("Kendall", kendall, PlainLanguage.correlation(kendall, common, why)));
    st.add(
        new Statistic(
            "Rank-biased overlap",
            rbo,
            PlainLanguage.rbo(
                rbo, p, ordered ? "nothing to compare" : "the list has no priority or tier")));
    this.statistics = List.copyOf(st);
    // series
    int kMax = Math.min(ranking.size(), Math.max(2 * k, 10));
    List<AtK> ser = new ArrayList<>();
    for (int kk = 1; kk <= kMax; kk++) {
      ser.add(atK(kk, onList, order));
    }
    this.series = List.copyOf(ser);
  }

  /**
   * Compares the analysis's top k with the list, RBO persistence 0.9.
   *
   * @param ranking the ranking
   * @param list the matched VRU list (accepted matches only count)
   * @param k how many of the analysis's schools to compare (≥ 1)
   */
  public static ListComparison compare(RankingResult ranking, MatchReport list, int k) {
    return compare(ranking, list, k, RankBiasedOverlap.DEFAULT_P);
  }

  /** As {@link #compare(RankingResult, MatchReport, int)} with another RBO persistence p. */
  public static ListComparison compare(RankingResult ranking, MatchReport list, int k, double p) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    return new ListComparison(ranking, list, k, p);
  }

  /** Order keys of list schools: priority, else tier (numbers, high/medium/low, or text order). */
  private static Map<String, Double> listOrder(Map<String, ListMatch> onList) {
    boolean anyPriority = onList.values().stream().anyMatch(m -> m.entry().priority().isPresent());
    boolean anyTier = onList.values().stream().anyMatch(m -> !m.entry().tier().isEmpty());
    Map<String, Double> out = new LinkedHashMap<>();
    if (anyPriority) {
      double last =
          onList.values().stream()
                  .filter(m -> m.entry().priority().isPresent())
                  .mapToInt(m -> m.entry().priority().getAsInt())
                  .max()
                  .orElse(0)
              + 1;
      onList.forEach(
          (u, m) ->
              out.put(
                  u, m.entry().priority().isPresent() ? m.entry().priority().getAsInt() : last));
      return out;
    }
    if (anyTier) {
      Map<String, Double> tierKey =
          tierKeys(onList.values().stream().map(m -> m.entry().tier()).toList());
      onList.forEach(
          (u, m) -> out.put(u, tierKey.getOrDefault(m.entry().tier(), Double.MAX_VALUE)));
    }
    return out;
  }

  private static Map<String, Double> tierKeys(List<String> tiers) {
    Map<String, Double> keys = new HashMap<>();
    boolean numeric = true;
    for (String t : tiers) {
      if (!t.isEmpty() && !t.matches("-?\\d+(\\.\\d+)?")) {
        numeric = false;
      }
    }
    Map<String, Integer> words = Map.of("high", 1, "medium", 2, "med", 2, "low", 3);
    boolean wordy =
        tiers.stream()
            .filter(t -> !t.isEmpty())
            .allMatch(t -> words.containsKey(t.toLowerCase(Locale.ROOT)));
    TreeMap<String, Integer> alpha = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String t : tiers) {
      if (!t.isEmpty()) {
        alpha.putIfAbsent(t, 0);
      }
    }
    int i = 1;
    for (String t : alpha.keySet()) {
      alpha.put(t, i++);
    }
    for (String t : tiers) {
      if (t.isEmpty()) {
        keys.put(t, Double.MAX_VALUE);
      } else if (numeric) {
        keys.put(t, Double.parseDouble(t));
      } else if (wordy) {
        keys.put(t, (double) words.get(t.toLowerCase(Locale.ROOT)));
      } else {
        keys.put(t, (double) alpha.get(t));
      }
    }
    return keys;
  }

  private AtK atK(int kk, Map<String, ListMatch> onList, Map<String, Double> order) {
    List<RankedSchool> top = ranking.topK(kk);
    Set<String> a = new HashSet<>();
    for (RankedSchool r : top) {
      a.add(r.urn());
    }
    int ov = 0;
    for (String u : a) {
      if (onList.containsKey(u)) {
        ov++;
      }
    }
    Set<String> lk = new HashSet<>();
    if (order.isEmpty()) {
      lk.addAll(onList.keySet());
    } else {
      onList.keySet().stream()
          .sorted(
              Comparator.comparingDouble((String u) -> order.get(u))
                  .thenComparingInt(u -> onList.get(u).entry().line()))
          .limit(kk)
          .forEach(lk::add);
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(lk);
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(lk);
    double jac = union.isEmpty() ? Double.NaN : inter.size() / (double) union.size();
    double r = Double.NaN;
    if (!order.isEmpty()) {
      r =
          RankBiasedOverlap.extrapolatedTied(
              listGroups(onList, order), analysisGroups(), p, kk, kk);
    }
    double[] c = correlations(onList.keySet(), order, a);
    return new AtK(kk, ov, jac, r, c[0], c[1]);
  }

  private static List<List<String>> listGroups(
      Map<String, ListMatch> onList, Map<String, Double> order) {
    TreeMap<Double, List<String>> g = new TreeMap<>();
    for (String u : onList.keySet()) {
      g.computeIfAbsent(order.get(u), x -> new ArrayList<>()).add(u);
    }
    return new ArrayList<>(g.values());
  }

  private List<List<String>> analysisGroups() {
    List<List<String>> g = new ArrayList<>();
    int lastRank = -1;
    for (RankedSchool r : ranking.ranked()) {
      if (r.rank() != lastRank) {
        g.add(new ArrayList<>());
        lastRank = r.rank();
      }
      g.get(g.size() - 1).add(r.urn());
    }
    return g;
  }

  /** {spearman, kendall, n} over list schools ranked by the analysis (and within {@code only}). */
  private double[] correlations(Set<String> listUrns, Map<String, Double> order, Set<String> only) {
    if (order.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN, countRanked(listUrns, only)};
    }
    List<double[]> pairs = new ArrayList<>();
    for (String u : listUrns) {
      if (only != null && !only.contains(u)) {
        continue;
      }
      Optional<RankedSchool> r = ranking.byUrn(u);
      if (r.isPresent()) {
        pairs.add(new double[] {order.get(u), r.get().rank()});
      }
    }
    int n = pairs.size();
    if (n < 3) {
      return new double[] {Double.NaN, Double.NaN, n};
    }
    double[] x = pairs.stream().mapToDouble(q -> q[0]).toArray();
    double[] y = pairs.stream().mapToDouble(q -> q[1]).toArray();
    double s = new SpearmansCorrelation().correlation(x, y);
    double t = new KendallsCorrelation().correlation(x, y);
    return new double[] {s, t, n};
  }

  private int countRanked(Set<String> urns, Set<String> only) {
    int n = 0;
    for (String u : urns) {
      if ((only == null || only.contains(u)) && ranking.byUrn(u).isPresent()) {
        n++;
      }
    }
    return n;
  }

  /** The ranking compared. */
  public RankingResult ranking() {
    return ranking;
  }

  /** The list compared. */
  public MatchReport list() {
    return list;
  }

  /** k. */
  public int k() {
    return k;
  }

  /** RBO persistence. */
  public double p() {
    return p;
  }

  /** The comparison table: the analysis's top k, then the other list schools. */
  public List<Row> rows() {
    return rows;
  }

  /** |A_k ∩ L|. */
  public int overlap() {
    return overlap;
  }

  /** Jaccard at k. */
  public double jaccard() {
    return jaccard;
  }

  /** Spearman's rank correlation over the common schools (NaN when not available). */
  public double spearman() {
    return spearman;
  }

  /** Kendall's τ<sub>b</sub> over the common schools (NaN when not available). */
  public double kendall() {
    return kendall;
  }

  /** Number of list schools the analysis ranks. */
  public int commonCount() {
    return common;
  }

  /** Rank-biased overlap at depth k (NaN when the list is unordered). */
  public double rbo() {
    return rbo;
  }

  /** The statistics with plain-language readings. */
  public List<Statistic> statistics() {
    return statistics;
  }

  /** Agreement for k = 1 .. max(2k, 10) (at most the number ranked). */
  public List<AtK> series() {
    return series;
  }

  /** Objective 1: the analysis's top k not on the list, with their rank intervals. */
  public List<Row> candidatesNotOnList() {
    return candidates;
  }

  /** Objective 2: on the list, little evidence here (interval outside the top k, or measure 0). */
  public List<Row> onListLittleEvidence() {
    return littleEvidence;
  }

  /** List schools the analysis does not rank (filtered out or without data), with reasons. */
  public List<Row> onListNotRanked() {
    return notRanked;
  }

  /** The caveat every view and export of the comparison carries. */
  public String caveat() {
    return RankingResult.CAVEAT
        + " Agreement with the list is descriptive: neither the list nor the ranking is a truth.";
  }
}
