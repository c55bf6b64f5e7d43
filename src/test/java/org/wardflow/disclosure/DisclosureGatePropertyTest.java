package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The gate over thousands of random tables of many shapes — sparse, dense, single row, single
 * column, many small cells, all cells below k — with and without totals, zeros and rounding.
 */
class DisclosureGatePropertyTest {

  /** A random table and policy, with its raw counts for checking. */
  record Case(String shape, int[][] counts, boolean listZeros, DisclosurePolicy policy) {
    @Override
    public String toString() {
      return shape + " " + Arrays.deepToString(counts) + " " + policy;
    }
  }

  @Provide
  Arbitrary<Case> tables() {
    Arbitrary<String> shape =
        Arbitraries.of("sparse", "dense", "single-row", "single-column", "small", "all-below-k");
    Arbitrary<DisclosurePolicy> policy =
        Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(0, 0, 5, 10),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 7))
            .as(
                (k, base, zeros, totals) ->
                    DisclosurePolicy.DEFAULT
                        .withK(k)
                        .withRounding(base)
                        .withZeros(zeros)
                        .withTotals((totals & 1) != 0, (totals & 2) != 0, (totals & 4) != 0));
    return Combinators.combine(
            shape,
            policy,
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(1, 6),
            Arbitraries.of(true, false))
        .as(
            (sh, pol, seed, r, c, listZeros) -> {
              Random rnd = new Random(seed);
              int k = Math.max(2, pol.k());
              int[][] a =
                  switch (sh) {
                    case "sparse" -> Tables.random(rnd, r, c, 0.25, 0.5, k);
                    case "dense" -> Tables.random(rnd, r, c, 1.0, 0.3, k);
                    case "single-row" -> Tables.random(rnd, 1, c, 0.8, 0.5, k);
                    case "single-column" -> Tables.random(rnd, r, 1, 0.8, 0.5, k);
                    case "small" -> Tables.random(rnd, r, c, 0.7, 0.85, k);
                    default -> Tables.random(rnd, r, c, 0.7, 1.0, k);
                  };
              return new Case(sh, a, listZeros, pol);
            });
  }

  private static PublishedTable publish(Case c) {
    return PreparedTable.of(
            Tables.INFO,
            org.wardflow.model.FlowFilter.ALL,
            Tables.matrix(c.counts(), c.listZeros()))
        .publish(c.policy());
  }

  private static int raw(Case c, PublishedTable t, int cell) {
    return c.counts()[t.row(cell)][t.column(cell)];
  }

  @Property(tries = 1500)
  void noPublishedFigureIsASmallCount(@ForAll("tables") Case c) {
    PublishedTable t = publish(c);
    int k = c.policy().k();
    for (int i = 0; i < t.cellCount(); i++) {
      PublishedValue v = t.cell(i);
      if (v.isPublished()) {
        assertFalse(k > 1 && v.value() >= 1 && v.value() < k, "cell " + i + " published " + v);
        assertEquals(c.policy().round(raw(c, t, i)), v.value(), "published figure is the rounding");
      } else if (v.isSuppressed()) {
        assertNotEquals(0, raw(c, t, i), "a suppressed cell is never zero");
        assertEquals(
            raw(c, t, i) < k,
            v.status() == CellStatus.SUPPRESSED_PRIMARY,
            "primary exactly for 1..k-1");
      } else {
        assertEquals(0, raw(c, t, i), "only zeros are left unpublished");
      }
    }
    for (int r = 0; r < t.wardCodes().size(); r++) {
      assertNotSmall(t.wardTotal(r), k);
    }
    for (int s = 0; s < t.schoolUrns().size(); s++) {
      assertNotSmall(t.schoolTotal(s), k);
    }
    assertNotSmall(t.grandTotal(), k);
  }

  private static void assertNotSmall(PublishedValue v, int k) {
    if (v.isPublished()) {
      assertFalse(k > 1 && v.value() >= 1 && v.value() < k, "total published as " + v.value());
    }
  }

  @Property(tries = 1200)
  void everySuppressedCellSurvivesTheLinearProgrammingAttack(@ForAll("tables") Case c) {
    PublishedTable t = publish(c);
    int p = c.policy().protectionLevel();
    assertTrue(t.audit().passed());
    LpAttacker.Bounds[] b = LpAttacker.attack(List.of(LpAttacker.View.of(t)), 1, true);
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isSuppressed()) {
        assertTrue(b[i].width() >= p, "cell " + i + " narrowed to " + b[i] + " (p=" + p + ")");
        assertTrue(b[i].lower() <= raw(c, t, i) && raw(c, t, i) <= b[i].upper());
        if (t.cellStatus(i) == CellStatus.SUPPRESSED_PRIMARY) {
          assertTrue(b[i].upper() >= c.policy().k(), "upper < k for a primary cell");
        }
      }
    }
  }

  @Property(tries = 1000)
  void publicIntervalsContainTheTruthAndSmallTotalsAreProtected(@ForAll("tables") Case c) {
    PublishedTable t = publish(c);
    int p = c.policy().protectionLevel();
    int k = c.policy().k();
    for (int i = 0; i < t.cellCount(); i++) {
      Interval iv = t.hiddenInterval(i);
      assertTrue(iv.contains(raw(c, t, i)), "interval " + iv + " of cell " + i);
      if (t.cell(i).isSuppressed()) {
        assertTrue(iv.width() >= p);
      }
    }
    int[] rowSum = new int[t.wardCodes().size()];
    int[] colSum = new int[t.schoolUrns().size()];
    int all = 0;
    for (int i = 0; i < t.cellCount(); i++) {
      rowSum[t.row(i)] += raw(c, t, i);
      colSum[t.column(i)] += raw(c, t, i);
      all += raw(c, t, i);
    }
    for (int r = 0; r < rowSum.length; r++) {
      Interval iv = t.wardTotalInterval(r);
      assertTrue(iv.contains(rowSum[r]));
      if (rowSum[r] >= 1 && rowSum[r] < k && c.policy().publishWardTotals()) {
        assertTrue(iv.width() >= p, "small ward total narrowed to " + iv);
      }
    }
    for (int s = 0; s < colSum.length; s++) {
      Interval iv = t.schoolTotalInterval(s);
      assertTrue(iv.contains(colSum[s]));
      if (colSum[s] >= 1 && colSum[s] < k && c.policy().publishSchoolTotals()) {
        assertTrue(iv.width() >= p, "small school total narrowed to " + iv);
      }
    }
    Interval g = t.grandTotalInterval();
    assertTrue(g.contains(all));
    if (all >= 1 && all < k) {
      assertTrue(g.width() >= p);
    }
  }

  @Property(tries = 500)
  void republishingWithCachesGivesTheSamePattern(@ForAll("tables") Case c) {
    PreparedTable pt =
        PreparedTable.of(
            Tables.INFO,
            org.wardflow.model.FlowFilter.ALL,
            Tables.matrix(c.counts(), c.listZeros()));
    PublishedTable first = pt.publish(c.policy());
    pt.setPatternCaching(false); // audit cache stays
    PublishedTable again = pt.publish(c.policy());
    PublishedTable other = pt.publish(c.policy().withK(Math.min(20, c.policy().k() + 1)));
    PublishedTable back = pt.publish(c.policy());
    for (int i = 0; i < first.cellCount(); i++) {
      assertEquals(first.cell(i), again.cell(i));
      assertEquals(first.cell(i), back.cell(i));
    }
    assertTrue(other.audit().passed());
    assertEquals(first.summary().describe(), again.summary().describe());
    assertEquals(first.summary().peopleHidden(), again.summary().peopleHidden());
  }
}
