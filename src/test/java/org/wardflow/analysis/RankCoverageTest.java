package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * Rank intervals checked against known truth: true rates are drawn, counts are drawn from them, the
 * counts are published, ranked, and we count how often the true rank falls in the 90% interval.
 */
class RankCoverageTest {
  private static final int SCHOOLS = 50;
  private static final int REPLICATES = 40;

  private record Outcome(double coverage, double meanWidth) {}

  private static Outcome run(boolean suppress, boolean rates) {
    return run(
        suppress,
        rates,
        suppress ? new DisclosurePolicy(5, 0, true, false, false, false, 5) : null);
  }

  private static Outcome run(boolean suppress, boolean rates, DisclosurePolicy policy) {
    RandomGenerator g = new MersenneTwister(2024);
    GammaDistribution prior = new GammaDistribution(g, 2, 6); // mean 12
    int covered = 0;
    int total = 0;
    double width = 0;
    for (int rep = 0; rep < REPLICATES; rep++) {
      double[] truth = new double[SCHOOLS];
      List<School> schools = new ArrayList<>();
      FlowTable.Builder b = Fixtures.table();
      for (int i = 0; i < SCHOOLS; i++) {
        int pupils = rates ? 50 + g.nextInt(1500) : 500;
        double rate = prior.sample() / 5; // per 100 pupils, mean 2.4
        double mu = rates ? rate * pupils / 100 : prior.sample();
        truth[i] = rates ? rate : mu;
        int y = mu > 0 ? new PoissonDistribution(g, mu, 1e-12, 10_000_000).sample() : 0;
        String urn = "S" + i;
        schools.add(Fixtures.school(urn, urn, Phase.SECONDARY, pupils, "X"));
        if (suppress) {
          // spread over three wards so that small cells are suppressed
          int w1 = y / 2;
          int w2 = (y - w1) / 2;
          b.add("W1", urn, w1).add("W2", urn, w2).add("W3", urn, y - w1 - w2);
        } else {
          b.add("W1", urn, y);
        }
      }
      DisclosurePolicy p = suppress ? policy : Fixtures.OPEN;
      PublishedTable t = Fixtures.publish(b, p);
      SchoolMeasure m = rates ? SchoolMeasure.RATE_PER_100_PUPILS : SchoolMeasure.CYP_COUNT;
      RankingResult r =
          SchoolRanker.rank(
              RankingInput.of(t, new SchoolLayer("s", schools)),
              RankingOptions.defaults(m).withSmoothing(rates).withSeed(rep));
      for (int i = 0; i < SCHOOLS; i++) {
        int trueRank = 1;
        for (int j = 0; j < SCHOOLS; j++) {
          if (truth[j] > truth[i]) {
            trueRank++;
          }
        }
        RankedSchool s = r.byUrn("S" + i).orElseThrow();
        if (s.rankLow() <= trueRank && trueRank <= s.rankHigh()) {
          covered++;
        }
        width += s.rankHigh() - s.rankLow();
        total++;
      }
    }
    return new Outcome(covered / (double) total, width / total);
  }

  @Test
  void countIntervalsCoverTheTrueRank() {
    Outcome o = run(false, false);
    assertTrue(o.coverage() >= 0.80 && o.coverage() <= 0.99, "coverage " + o);
    assertTrue(o.meanWidth() < SCHOOLS * 0.6, "intervals must say something: " + o);
  }

  @Test
  void countIntervalsCoverTheTrueRankWithSuppressedCells() {
    Outcome o = run(true, false);
    assertTrue(o.coverage() >= 0.80 && o.coverage() <= 0.995, "coverage " + o);
  }

  /**
   * Ward and grand totals published, school totals not: every school total is hidden and drawn from
   * its cells, all of them adjusted together to the published grand total.
   */
  @Test
  void countIntervalsCoverTheTrueRankWithHiddenSchoolTotals() {
    Outcome o = run(true, false, new DisclosurePolicy(5, 0, true, true, false, true, 5));
    assertTrue(o.coverage() >= 0.85 && o.coverage() <= 0.99, "coverage " + o);
    assertTrue(o.meanWidth() < SCHOOLS * 0.6, "intervals must say something: " + o);
  }

  @Test
  void smoothedRateIntervalsCoverTheTrueRank() {
    Outcome o = run(false, true);
    assertTrue(o.coverage() >= 0.80 && o.coverage() <= 0.99, "coverage " + o);
  }
}
