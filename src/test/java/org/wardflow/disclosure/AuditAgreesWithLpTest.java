package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The max-flow intervals behind {@link PublishedTable#hiddenInterval} agree with an independent
 * linear programme (Commons Math simplex): exactly without rounding; with rounding they equal the
 * LP of the same per-line model and contain the LP of the exact attacker.
 */
class AuditAgreesWithLpTest {

  record Case(int[][] counts, DisclosurePolicy policy) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(2, 8),
            Arbitraries.doubles().between(0.15, 1.0),
            Arbitraries.doubles().between(0.0, 1.0),
            Arbitraries.integers().between(0, 7),
            Arbitraries.longs())
        .as(
            (rows, cols, k, density, small, totals, seed) -> {
              int[][] a = Tables.random(new Random(seed), rows, cols, density, small, k);
              DisclosurePolicy p =
                  DisclosurePolicy.DEFAULT
                      .withK(k)
                      .withTotals((totals & 1) != 0, (totals & 2) != 0, (totals & 4) != 0);
              return new Case(a, p);
            });
  }

  @Property(tries = 600)
  void intervalsEqualTheLinearProgramme(@ForAll("cases") Case c) {
    PublishedTable t = Tables.prepared(c.counts()).publish(c.policy());
    LpAttacker.Bounds[] lp = LpAttacker.attack(List.of(LpAttacker.View.of(t)), 1, true);
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isSuppressed()) {
        Interval iv = t.hiddenInterval(i);
        assertEquals(lp[i].lower(), iv.lower(), "lower bound of cell " + i);
        assertEquals(
            lp[i].upper(), iv.bounded() ? iv.upper() : Long.MAX_VALUE, "upper bound of cell " + i);
      }
    }
  }

  @Property(tries = 400)
  void withRoundingTheIntervalsAreTheLineModelAndContainTheExactAttack(
      @ForAll("cases") Case c, @ForAll("bases") int base) {
    PublishedTable t = Tables.prepared(c.counts()).publish(c.policy().withRounding(base));
    List<LpAttacker.View> v = List.of(LpAttacker.View.of(t));
    LpAttacker.Bounds[] lineModel = LpAttacker.attack(v, 1, false);
    LpAttacker.Bounds[] exact = LpAttacker.attack(v, 1, true);
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isSuppressed()) {
        Interval iv = t.hiddenInterval(i);
        long up = iv.bounded() ? iv.upper() : Long.MAX_VALUE;
        assertEquals(lineModel[i].lower(), iv.lower());
        assertEquals(lineModel[i].upper(), up);
        assertTrue(iv.lower() <= exact[i].lower() && up >= exact[i].upper());
      }
    }
  }

  @Provide
  Arbitrary<Integer> bases() {
    return Arbitraries.of(5, 10);
  }
}
