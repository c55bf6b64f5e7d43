package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression never hides much more than needed: compared with the exact optimum found by
 * brute force on tiny tables (every subset of complementary cells, and of totals). The margin
 * stated in {@link Suppressor} and ADR 0004: people in complementary cells at most 3× the optimum
 * whenever complementary cells alone can protect the table; secondary totals at most 2 more than
 * the fewest possible when totals must be hidden.
 *
 * <p>The margin is measured, not proven (secondary suppression is NP-hard), so the two margin
 * properties run with fixed seeds: the build is reproducible and a regression still fails them. The
 * safety properties elsewhere ({@link DisclosureGatePropertyTest}) use fresh seeds every run.
 */
class SecondaryMarginTest {
  static final double PEOPLE_MARGIN = 3.0;
  static final int TOTALS_MARGIN = 2;

  record Tiny(int[][] counts, DisclosurePolicy policy) {}

  @Provide
  Arbitrary<Tiny> tiny() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(2, 9),
            Arbitraries.doubles().between(0.3, 1.0),
            Arbitraries.doubles().between(0.0, 0.7),
            Arbitraries.integers().between(0, 7),
            Arbitraries.longs())
        .as(
            (r, c, k, density, small, totals, seed) ->
                new Tiny(
                    Tables.random(new Random(seed), r, c, density, small, k),
                    DisclosurePolicy.DEFAULT
                        .withK(k)
                        .withTotals((totals & 1) != 0, (totals & 2) != 0, (totals & 4) != 0)));
  }

  private static long secondaryPeople(PreparedTable pt, PublishedTable t) {
    long people = 0;
    for (int i = 0; i < pt.cells; i++) {
      if (t.cellStatus(i) == CellStatus.SUPPRESSED_SECONDARY) {
        people += pt.val[i];
      }
    }
    return people;
  }

  private static int candidates(PreparedTable pt, int k) {
    int n = 0;
    for (int i = 0; i < pt.cells; i++) {
      n += pt.val[i] >= k ? 1 : 0;
    }
    return n;
  }

  @Property(tries = 1500, seed = "6348750522784550258")
  void complementaryCellsHideAtMostThreeTimesTheOptimum(@ForAll("tiny") Tiny c) {
    PreparedTable pt = Tables.prepared(c.counts());
    if (candidates(pt, c.policy().k()) > 12) {
      return; // brute force too slow; the generator rarely makes these
    }
    PublishedTable t = pt.publish(c.policy());
    long opt = Optimal.minPeople(c.counts(), c.policy());
    if (opt < 0 || t.summary().totalsSuppressedSecondary() > 0) {
      return; // needs totals (next property), or a rare total-instead-of-cells pattern (below)
    }
    long heur = secondaryPeople(pt, t);
    assertTrue(heur <= PEOPLE_MARGIN * opt, "hid " + heur + " people where " + opt + " would do");
  }

  @Property(tries = 500, seed = "-546232645352538127")
  void secondaryTotalsAreAtMostTwoMoreThanTheFewestPossible(@ForAll("tiny") Tiny c) {
    if (c.counts().length > 3 || c.counts()[0].length > 3) {
      return;
    }
    PreparedTable pt = Tables.prepared(c.counts());
    if (candidates(pt, c.policy().k()) > 9) {
      return;
    }
    PublishedTable t = pt.publish(c.policy());
    long[] opt = Optimal.minTotalsThenPeople(c.counts(), c.policy());
    assertTrue(
        t.summary().totalsSuppressedSecondary() <= opt[0] + TOTALS_MARGIN,
        "hid " + t.summary().totalsSuppressedSecondary() + " totals where " + opt[0] + " would do");
  }

  @Test
  void onRandomTinyTablesTheHeuristicIsUsuallyOptimal() {
    Random rnd = new Random(20250601);
    int compared = 0;
    int optimal = 0;
    int totalsInsteadOfCells = 0;
    double ratioSum = 0;
    while (compared < 1200) {
      int k = 2 + rnd.nextInt(8);
      int[][] a =
          Tables.random(
              rnd,
              1 + rnd.nextInt(5),
              1 + rnd.nextInt(5),
              0.3 + 0.7 * rnd.nextDouble(),
              0.7 * rnd.nextDouble(),
              k);
      DisclosurePolicy pol =
          DisclosurePolicy.DEFAULT
              .withK(k)
              .withTotals(rnd.nextInt(4) > 0, rnd.nextInt(4) > 0, rnd.nextInt(4) > 0);
      PreparedTable pt = Tables.prepared(a);
      if (candidates(pt, k) > 12) {
        continue;
      }
      long opt = Optimal.minPeople(a, pol);
      if (opt < 0) {
        continue;
      }
      PublishedTable t = pt.publish(pol);
      compared++;
      if (t.summary().totalsSuppressedSecondary() > 0) {
        totalsInsteadOfCells++;
        continue;
      }
      long heur = secondaryPeople(pt, t);
      optimal += heur == opt ? 1 : 0;
      ratioSum += opt == 0 ? 1 : heur / (double) opt;
    }
    double meanRatio = ratioSum / (compared - totalsInsteadOfCells);
    assertTrue(optimal >= 0.95 * compared, optimal + " of " + compared + " optimal");
    assertTrue(meanRatio <= 1.02, "mean ratio " + meanRatio);
    assertTrue(totalsInsteadOfCells <= compared / 200, totalsInsteadOfCells + " used totals");
  }
}
