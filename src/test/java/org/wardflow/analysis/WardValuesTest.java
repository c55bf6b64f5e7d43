package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowTable;
import org.wardflow.model.WardLayer;

class WardValuesTest {
  private static final WardLayer WARDS =
      Fixtures.wards(
          Fixtures.ward("W1", 400_000, 280_000),
          Fixtures.ward("W2", 401_000, 280_000),
          Fixtures.ward("W3", 402_000, 280_000),
          Fixtures.ward("W4", 403_000, 280_000));

  /** W1: 10 + 6, W2: 2, W3: none, W4: 20 — 38 in all. */
  private static PublishedTable table(DisclosurePolicy p) {
    FlowTable.Builder b = Fixtures.table();
    b.add("W1", "S1", 10);
    b.add("W1", "S2", 6);
    b.add("W2", "S1", 2);
    b.add("W4", "S2", 20);
    return Fixtures.publish(b, p);
  }

  @Test
  void countsAreWardTotalsAndAWardAbsentFromTheTableIsZero() {
    WardValues v = WardValues.of(table(Fixtures.OPEN), WardMeasure.COUNT, WARDS, null);
    assertEquals(Map.of("W1", 16.0, "W2", 2.0, "W3", 0.0, "W4", 20.0), v.values());
    assertTrue(v.suppressed().isEmpty());
  }

  @Test
  void sharesArePercentagesOfTheGrandTotal() {
    WardValues v = WardValues.of(table(Fixtures.OPEN), WardMeasure.SHARE, WARDS, null);
    assertEquals(100.0 * 16 / 38, v.values().get("W1"), 1e-12);
    assertEquals(100.0 * 20 / 38, v.values().get("W4"), 1e-12);
    double sum = v.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(100.0, sum, 1e-9);
  }

  @Test
  void withoutAPublishedGrandTotalSharesAreOfThePublishedWardTotalsAndSaySo() {
    DisclosurePolicy p = Fixtures.OPEN.withTotals(true, true, false);
    WardValues v = WardValues.of(table(p), WardMeasure.SHARE, WARDS, null);
    assertEquals(100.0 * 2 / 38, v.values().get("W2"), 1e-12);
    assertTrue(v.notes().stream().anyMatch(n -> n.contains("grand total is not published")));
  }

  @Test
  void ratesArePerThousandChildrenAndMissingChildrenAreNoData() {
    var children = Fixtures.indicator("children", Map.of("W1", 800.0, "W2", 100.0, "W3", 0.0));
    WardValues v =
        WardValues.of(table(Fixtures.OPEN), WardMeasure.RATE_PER_1000_CHILDREN, WARDS, children);
    assertEquals(20.0, v.values().get("W1"), 1e-12);
    assertEquals(20.0, v.values().get("W2"), 1e-12);
    assertTrue(v.values().get("W3").isNaN(), "zero children: no data");
    assertTrue(v.values().get("W4").isNaN(), "no figure: no data");
    assertTrue(
        v.notes().get(0).startsWith("2 wards have no children figure"), v.notes().toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> WardValues.of(table(Fixtures.OPEN), WardMeasure.RATE_PER_1000_CHILDREN, WARDS, null));
  }

  @Test
  void hiddenWardTotalsAreSuppressedAndCarryNoValue() {
    PublishedTable t = table(DisclosurePolicy.DEFAULT);
    WardValues v = WardValues.of(t, WardMeasure.COUNT, WARDS, null);
    assertTrue(v.suppressed().contains("W2"), "a total of 2 is below k = 5");
    for (String code : v.suppressed()) {
      assertFalse(v.values().containsKey(code), code);
      assertFalse(t.wardTotal(code).isPublished(), code);
    }
    for (Map.Entry<String, Double> e : v.values().entrySet()) {
      assertFalse(e.getValue() >= 1 && e.getValue() < 5, "no value in 1..k-1: " + e);
    }
    double[] a = v.toArray(WARDS);
    assertTrue(Double.isNaN(a[1]), "suppressed ward as NaN in the array");
  }

  @Test
  void measuresReadTheirCommandLineNames() {
    assertEquals(WardMeasure.COUNT, WardMeasure.fromName("count"));
    assertEquals(WardMeasure.RATE_PER_1000_CHILDREN, WardMeasure.fromName(" Rate "));
    assertEquals(WardMeasure.SHARE, WardMeasure.fromName("share"));
    assertThrows(IllegalArgumentException.class, () -> WardMeasure.fromName("density"));
  }
}
