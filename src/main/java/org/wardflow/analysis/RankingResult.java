package org.wardflow.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wardflow.model.School;

/**
 * Schools ranked by a measure, each with a rank interval and tie group, plus the schools that could
 * not be ranked and why. Immutable.
 */
public final class RankingResult {
  /** The caveat every view and export of a ranking carries. */
  public static final String CAVEAT =
      "Exploratory, not predictive: ranks come from published, disclosure-controlled figures and"
          + " are uncertain; schools in one tie group cannot be told apart.";

  /**
   * A school left out of the ranking.
   *
   * @param school the school
   * @param reason plain-language reason (e.g. "number of pupils unknown in GIAS")
   * @param filteredOut true when left out by the phase/district filter rather than for lack of data
   */
  public record NotRanked(School school, String reason, boolean filteredOut) {}

  private final RankingInput input;
  private final RankingOptions options;
  private final List<RankedSchool> ranked;
  private final List<NotRanked> notRanked;
  private final List<String> notes;
  private final EmpiricalBayes.Prior prior;
  private final Map<String, RankedSchool> byUrn = new HashMap<>();
  private final Map<String, NotRanked> notRankedByUrn = new HashMap<>();

  RankingResult(
      RankingInput input,
      RankingOptions options,
      List<RankedSchool> ranked,
      List<NotRanked> notRanked,
      List<String> notes,
      EmpiricalBayes.Prior prior) {
    this.input = input;
    this.options = options;
    this.ranked = List.copyOf(ranked);
    this.notRanked = List.copyOf(notRanked);
    this.notes = List.copyOf(notes);
    this.prior = prior;
    for (RankedSchool r : this.ranked) {
      byUrn.put(r.urn(), r);
    }
    for (NotRanked n : this.notRanked) {
      notRankedByUrn.put(n.school().urn(), n);
    }
  }

  /** The figures ranked. */
  public RankingInput input() {
    return input;
  }

  /** The options used. */
  public RankingOptions options() {
    return options;
  }

  /** The measure ranked by. */
  public SchoolMeasure measure() {
    return options.measure();
  }

  /** Display name of the measure, with the indicator name for the exposure index. */
  public String measureLabel() {
    if (measure() == SchoolMeasure.EXPOSURE_INDEX && input.indicator().isPresent()) {
      return "Exposure index (" + input.indicator().get().name() + ")";
    }
    String s = measure().label();
    return options.smoothing() && measure() == SchoolMeasure.RATE_PER_100_PUPILS
        ? s + ", smoothed"
        : s;
  }

  /** Ranked schools in rank order (ties in name order). */
  public List<RankedSchool> ranked() {
    return ranked;
  }

  /** Number of ranked schools. */
  public int size() {
    return ranked.size();
  }

  /** The first k schools in rank order (fewer when fewer are ranked). */
  public List<RankedSchool> topK(int k) {
    return ranked.subList(0, Math.max(0, Math.min(k, ranked.size())));
  }

  /** Number of schools whose rank equals the rank of the k-th school but lie beyond k. */
  public int tiedBeyond(int k) {
    if (k <= 0 || k >= ranked.size()) {
      return 0;
    }
    int r = ranked.get(k - 1).rank();
    int n = 0;
    for (int i = k; i < ranked.size() && ranked.get(i).rank() == r; i++) {
      n++;
    }
    return n;
  }

  /** A ranked school by URN. */
  public Optional<RankedSchool> byUrn(String urn) {
    return Optional.ofNullable(byUrn.get(urn));
  }

  /** Why a school was not ranked, if it was not. */
  public Optional<NotRanked> notRankedByUrn(String urn) {
    return Optional.ofNullable(notRankedByUrn.get(urn));
  }

  /** Schools left out, with reasons. */
  public List<NotRanked> notRanked() {
    return notRanked;
  }

  /** Plain-language notes on how the ranking was made (data, bounds, smoothing, weights). */
  public List<String> notes() {
    return notes;
  }

  /** The empirical-Bayes prior, when rates were smoothed. */
  public Optional<EmpiricalBayes.Prior> prior() {
    return Optional.ofNullable(prior);
  }

  /** The label the data must carry (e.g. SYNTHETIC), or empty. */
  public String dataLabel() {
    return input.cyp().info().label();
  }

  /** Number of tie groups. */
  public int tieGroupCount() {
    return ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).tieGroup();
  }

  /** The schools of one tie group, in rank order. */
  public List<RankedSchool> tieGroup(int group) {
    return Collections.unmodifiableList(
        ranked.stream().filter(r -> r.tieGroup() == group).toList());
  }
}
