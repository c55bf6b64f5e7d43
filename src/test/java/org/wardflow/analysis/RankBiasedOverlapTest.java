package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankBiasedOverlapTest {
  /**
   * Worked example (published with the rankmeasures implementation: RBO.eval(1..5, [2,3,4,1,5],
   * 0.9) = 0.828). By hand: overlaps X_d = 0, 1, 2, 4, 5; RBO_EXT = (1 − p)/p · Σ (X_d/d) p^d +
   * (X_5/5) p^5 = 0.1111 × 2.13759 + 0.59049 = 0.8280.
   */
  @Test
  void publishedWorkedExample() {
    double r =
        RankBiasedOverlap.extrapolated(
            List.of("1", "2", "3", "4", "5"), List.of("2", "3", "4", "1", "5"), 0.9);
    assertEquals(0.828, r, 0.0005);
    assertEquals(0.8280, r, 1e-4);
  }

  /**
   * Uneven lengths (Webber et al. equation 32), by hand: S = [a, b], L = [a, c, b], p = 0.9. X_1 =
   * 1, X_2 = 1, X_3 = 2 (S seen whole). Σ X_d/d p^d = 0.9 + 0.405 + 0.486 = 1.791; the extra term
   * X_s (3 − 2)/(2·3) p^3 = 0.1215; tail ((X_3 − X_2)/3 + X_2/2) p^3 = 0.6075; RBO = 0.1111 ×
   * 1.9125 + 0.6075 = 0.8200.
   */
  @Test
  void unevenLengthsByHand() {
    assertEquals(
        0.8200,
        RankBiasedOverlap.extrapolated(List.of("a", "b"), List.of("a", "c", "b"), 0.9),
        1e-9);
    assertEquals(
        0.8200,
        RankBiasedOverlap.extrapolated(List.of("a", "c", "b"), List.of("a", "b"), 0.9),
        1e-9);
  }

  @Test
  void identicalAndDisjointLists() {
    List<String> a = List.of("a", "b", "c", "d");
    assertEquals(1.0, RankBiasedOverlap.extrapolated(a, a, 0.9), 1e-12);
    assertEquals(1.0, RankBiasedOverlap.extrapolated(a, a, 0.5), 1e-12);
    assertEquals(0.0, RankBiasedOverlap.extrapolated(a, List.of("w", "x", "y", "z"), 0.9), 0);
    assertTrue(Double.isNaN(RankBiasedOverlap.extrapolated(List.of(), a, 0.9)));
    assertThrows(IllegalArgumentException.class, () -> RankBiasedOverlap.extrapolated(a, a, 1));
  }

  @Test
  void tiesAreTheAverageOverOrders() {
    double tied =
        RankBiasedOverlap.extrapolatedTied(
            List.of(List.of("a", "b"), List.of("c")),
            List.of(List.of("a"), List.of("b"), List.of("c")),
            0.9,
            3,
            3);
    double ab = RankBiasedOverlap.extrapolated(List.of("a", "b", "c"), List.of("a", "b", "c"), 0.9);
    double ba = RankBiasedOverlap.extrapolated(List.of("b", "a", "c"), List.of("a", "b", "c"), 0.9);
    assertEquals((ab + ba) / 2, tied, 1e-12);
  }

  @Test
  void topWeighting() {
    // swapping the first two places costs more than swapping the last two
    List<String> base = List.of("a", "b", "c", "d", "e", "f");
    double top = RankBiasedOverlap.extrapolated(base, List.of("b", "a", "c", "d", "e", "f"), 0.9);
    double bottom =
        RankBiasedOverlap.extrapolated(base, List.of("a", "b", "c", "d", "f", "e"), 0.9);
    assertTrue(top < bottom);
  }
}
