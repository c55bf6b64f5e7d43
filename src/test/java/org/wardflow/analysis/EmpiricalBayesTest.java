package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmpiricalBayesTest {
  /**
   * By hand: y = (0, 2, 10), e = (1, 2, 4). m = 12/7; Σe(r − m)²/Σe = 6.428571/7 = 0.918367; m/ē =
   * (12/7)/(7/3) = 0.734694; s² = 0.183673; α = m²/s² = 16; β = m/s² = 9.3333.
   */
  @Test
  void methodOfMomentsPriorByHand() {
    EmpiricalBayes.Prior p = EmpiricalBayes.fit(new double[] {0, 2, 10}, new double[] {1, 2, 4});
    assertEquals(12.0 / 7, p.mean(), 1e-12);
    assertEquals(0.1836735, p.variance(), 1e-6);
    assertEquals(16.0, p.alpha(), 1e-6);
    assertEquals(9.333333, p.beta(), 1e-5);
    assertFalse(p.degenerate());
    assertEquals(16 / 10.333333, p.smooth(0, 1), 1e-5); // 1.548387
    assertEquals(26 / 13.333333, p.smooth(10, 4), 1e-5); // 1.95
    assertEquals(4 / 13.333333, p.shrinkageWeight(4), 1e-6);
  }

  @Test
  void noExtraVariationSmoothsEveryoneToTheMean() {
    EmpiricalBayes.Prior p = EmpiricalBayes.fit(new double[] {1, 1, 1}, new double[] {1, 1, 1});
    assertTrue(p.degenerate());
    assertEquals(1.0, p.smooth(5, 1), 0);
    assertEquals(0.0, p.shrinkageWeight(100), 0);
  }

  @Test
  void badInputIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EmpiricalBayes.fit(new double[] {1}, new double[] {0}));
    assertThrows(
        IllegalArgumentException.class,
        () -> EmpiricalBayes.fit(new double[] {1, 2}, new double[] {1}));
  }
}
