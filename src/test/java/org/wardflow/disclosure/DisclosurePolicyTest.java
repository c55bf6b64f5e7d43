package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {
  private static final DisclosurePolicy P = DisclosurePolicy.DEFAULT;

  @Test
  void statementOfTheDefaultPolicy() {
    assertEquals(
        "Counts of 1–4 suppressed, with further cells and totals suppressed so that no hidden"
            + " count can be worked out to within 5 from the published cells and totals; zeros"
            + " shown; ward totals, school totals and the grand total published.",
        P.statement());
  }

  @Test
  void statementStatesTheTotalsRoundingRule() {
    String s = P.withRounding(5).statement();
    assertTrue(s.contains("figures rounded to the nearest 5 (never shown below 5)"), s);
    assertTrue(
        s.contains("totals rounded independently from unrounded counts, so cells may not add up"),
        s);
  }

  @Test
  void statementWithoutSuppressionZerosOrTotals() {
    String s = P.withK(0).withZeros(false).withTotals(false, false, false).statement();
    assertEquals("No small-count suppression; zeros not shown; no totals published.", s);
    assertTrue(P.withK(2).statement().startsWith("Counts of 1 suppressed"));
    assertTrue(
        P.withTotals(true, false, true)
            .statement()
            .endsWith("ward totals and the grand total published."));
    assertTrue(P.withTotals(false, true, false).statement().endsWith("; school totals published."));
  }

  @Test
  void legendExplainsTheSymbolWithoutDistinguishingKinds() {
    assertEquals(
        "[c] hidden to protect small numbers (counts of 1–4, and other cells that would reveal"
            + " them)",
        P.legendText());
    assertEquals(
        PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY).label(5),
        PublishedValue.hidden(CellStatus.SUPPRESSED_SECONDARY).label(5));
  }

  @Test
  void rangesAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> P.withK(21));
    assertThrows(IllegalArgumentException.class, () -> P.withK(-1));
    assertThrows(IllegalArgumentException.class, () -> P.withRounding(3));
    assertThrows(IllegalArgumentException.class, () -> P.withFloor(25));
    assertEquals(20, P.withK(20).k());
  }

  @Test
  void floorRaisesKForPublication() {
    DisclosurePolicy low = P.withK(2);
    assertTrue(low.belowFloor());
    assertEquals(5, low.atLeastFloor().k());
    assertFalse(P.withK(7).belowFloor());
    assertEquals(7, P.withK(7).atLeastFloor().k());
  }

  @Test
  void protectionLevelIsKOrZeroWhenOff() {
    assertEquals(5, P.protectionLevel());
    assertEquals(0, P.withK(1).protectionLevel());
    assertEquals(0, P.withK(0).protectionLevel());
    assertEquals(12, P.withK(12).protectionLevel());
  }

  @Test
  void roundingHalvesUpAndNeverFallsBelowK() {
    DisclosurePolicy r5 = P.withRounding(5);
    assertEquals(5, r5.round(5));
    assertEquals(5, r5.round(7));
    assertEquals(10, r5.round(8));
    assertEquals(0, r5.round(0));
    DisclosurePolicy r10k7 = P.withK(7).withRounding(5);
    assertEquals(10, r10k7.round(7)); // nearest is 5 < k
    DisclosurePolicy r10 = P.withRounding(10);
    assertEquals(10, r10.round(5));
    assertEquals(10, r10.round(14));
    assertEquals(20, r10.round(15));
    for (int k = 2; k <= 20; k++) {
      for (int base : new int[] {5, 10}) {
        DisclosurePolicy q = P.withK(k).withRounding(base);
        for (int v = k; v < 200; v++) {
          long out = q.round(v);
          assertFalse(out >= 1 && out < k, "k=" + k + " base=" + base + " v=" + v + " → " + out);
          assertEquals(0, out % base);
        }
      }
    }
  }

  @Test
  void preimageIsExactlyTheCountsThatRoundToTheFigure() {
    for (int k : new int[] {0, 2, 5, 7, 10, 13}) {
      for (int base : new int[] {0, 5, 10}) {
        DisclosurePolicy q = P.withK(k).withRounding(base);
        for (int v = 0; v < 120; v++) {
          if (v != 0 && v < k && k > 1) {
            continue;
          }
          long fig = q.round(v);
          Interval pre = q.preimage(fig);
          assertTrue(pre.contains(v), "k=" + k + " b=" + base + " v=" + v + " pre=" + pre);
          for (long u = pre.lower(); u <= pre.upper(); u++) {
            assertEquals(fig, q.round(u), "every count in the preimage rounds to the figure");
          }
        }
      }
    }
    assertEquals(new Interval(18, 22), P.withRounding(5).preimage(20));
    assertEquals(new Interval(10, 14), P.withK(10).withRounding(10).preimage(10));
    assertEquals(new Interval(7, 7), P.preimage(7));
  }
}
