package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlowScaleTest {
  @Test
  void widthIsProportionalBetweenTheLimits() {
    FlowScale s = new FlowScale(0.1, 0.5, 8, false);
    assertEquals(2.0, s.width(20), 1e-12);
    assertEquals(4.0, s.width(40), 1e-12, "twice the count, twice the width");
    assertEquals(0.5, s.width(1), 1e-12, "never thinner than the minimum");
    assertEquals(8.0, s.width(500), 1e-12, "capped");
    assertEquals(80, s.countAtMaxWidth(), 1e-9);
  }

  @Test
  void alphaGrowsWithWidth() {
    FlowScale s = new FlowScale(0.1, 0.5, 8, false);
    assertEquals(0.2, s.alpha(0.5, 0.2, 0.9), 1e-12);
    assertEquals(0.9, s.alpha(8, 0.2, 0.9), 1e-12);
    assertTrue(s.alpha(2, 0.2, 0.9) < s.alpha(4, 0.2, 0.9));
  }

  @Test
  void legendValuesAreRoundAndDescending() {
    FlowScale s = new FlowScale(9 / 176.0, 0.6, 9, false);
    assertArrayEquals(new int[] {100, 20, 10}, s.legendValues(176));
    assertArrayEquals(new int[] {5, 2, 1}, new FlowScale(1, 0.6, 9, false).legendValues(7));
    assertArrayEquals(new int[] {1, 1, 1}, new FlowScale(1, 0.6, 9, false).legendValues(1));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new FlowScale(0, 1, 2, false));
    assertThrows(IllegalArgumentException.class, () -> new FlowScale(1, 3, 2, false));
  }
}
