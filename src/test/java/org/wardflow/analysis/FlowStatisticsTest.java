package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.FlowStatistics.HiddenCells;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;

class FlowStatisticsTest {
  private static final WardLayer WARDS =
      Fixtures.wards(
          Fixtures.ward("W1", 400_000, 280_000),
          Fixtures.ward("W2", 403_000, 280_000),
          Fixtures.ward("W3", 406_000, 280_000));
  private static final School C =
      new School(
          "C", "No location", org.wardflow.model.Phase.PRIMARY, "", true, 100, null, "", "", null);
  private static final SchoolLayer SCHOOLS =
      Fixtures.schools(
          Fixtures.schoolAt("A", 400_000, 284_000), Fixtures.schoolAt("B", 403_000, 281_000), C);

  private static PublishedTable table(DisclosurePolicy p) {
    return Fixtures.publish(
        Fixtures.table().add("W1", "A", 6).add("W2", "A", 2).add("W1", "B", 2).add("W2", "B", 10),
        p);
  }

  /**
   * By hand: distances W2→B 1,000 m (10 CYP), W1→B 3,162.3 m (2), W1→A 4,000 m (6), W2→A 5,000 m
   * (2). The cumulative weight reaches half (10 of 20) exactly at 1,000 m, so the median is the
   * mean of 1,000 and 3,162.3.
   */
  @Test
  void distancesByHand() {
    PublishedTable t = table(Fixtures.OPEN);
    FlowStatistics.DistanceDistribution d =
        FlowStatistics.distances(
            t, WARDS, SCHOOLS, HiddenCellBounds.fromPolicy(t), HiddenCells.EXCLUDE);
    double diag = Math.sqrt(3000.0 * 3000 + 1000.0 * 1000);
    assertArrayEquals(new double[] {1000, diag, 4000, 5000}, d.distances(), 1e-6);
    assertEquals(20, d.totalWeight(), 0);
    assertEquals((1000 + diag) / 2, d.median(), 1e-6);
    assertEquals((10 * 1000 + 2 * diag + 6 * 4000 + 2 * 5000) / 20, d.mean(), 1e-6);
    assertEquals(4000, d.medianByWard().get("W1"), 1e-9);
    assertEquals(1000, d.medianByWard().get("W2"), 1e-9);
    assertArrayEquals(new double[] {10, 2, 8}, d.histogram(2000), 1e-12);
    assertEquals(4, d.cellsUsed());
    assertEquals(5000, d.quantile(1.0), 1e-9);
  }

  @Test
  void hiddenCellsAreLeftOutOrCountedAtMidpoints() {
    DisclosurePolicy noTotals = new DisclosurePolicy(5, 0, true, false, false, false, 5);
    PublishedTable t = table(noTotals); // 2s hidden: bounds 1..4, midpoint 2.5
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    FlowStatistics.DistanceDistribution ex =
        FlowStatistics.distances(t, WARDS, SCHOOLS, b, HiddenCells.EXCLUDE);
    assertEquals(16, ex.totalWeight(), 0);
    assertEquals(2, ex.hiddenCells());
    assertTrue(ex.note().contains("hidden cells are left out (2 cells)"), ex.note());
    FlowStatistics.DistanceDistribution mid =
        FlowStatistics.distances(t, WARDS, SCHOOLS, b, HiddenCells.MIDPOINT);
    assertEquals(21, mid.totalWeight(), 0);
    assertTrue(mid.note().contains("middle of their possible range"));
  }

  @Test
  void schoolsWithoutLocationAreCountedOut() {
    PublishedTable t =
        Fixtures.publish(Fixtures.table().add("W1", "A", 6).add("W1", "C", 5), Fixtures.OPEN);
    FlowStatistics.DistanceDistribution d =
        FlowStatistics.distances(
            t, WARDS, SCHOOLS, HiddenCellBounds.fromPolicy(t), HiddenCells.EXCLUDE);
    assertEquals(1, d.cellsWithoutLocation());
    assertEquals(5, d.cypWithoutLocation(), 0);
    assertTrue(d.note().contains("1 cells without a known location"));
  }

  @Test
  void giniAndLorenzByHand() {
    PublishedTable t = table(Fixtures.OPEN);
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    // school totals 8 and 12: G = (−8 + 12)/(2·20) = 0.1
    assertEquals(0.1, FlowStatistics.concentration(t, null, b, HiddenCells.EXCLUDE).gini(), 1e-12);
    SchoolLayer four =
        Fixtures.schools(
            Fixtures.schoolAt("A", 0, 0),
            Fixtures.schoolAt("B", 0, 0),
            Fixtures.schoolAt("D", 0, 0),
            Fixtures.schoolAt("E", 0, 0));
    FlowStatistics.Concentration c = FlowStatistics.concentration(t, four, b, HiddenCells.EXCLUDE);
    // values 0, 0, 8, 12: G = (1·8 + 3·12)/(4·20) = 0.55
    assertEquals(0.55, c.gini(), 1e-12);
    assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, c.lorenzX(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 0, 0.4, 1}, c.lorenzY(), 1e-12);
    assertEquals(0.6, c.shareOfTop(0.25), 1e-12);
    assertEquals(4, c.schools());
    assertEquals(
        0.75,
        FlowStatistics.concentration(
                Fixtures.oneWard(
                    new String[] {"P", "Q", "R", "S"}, new int[] {0, 0, 0, 10}, Fixtures.OPEN),
                null,
                b,
                HiddenCells.EXCLUDE)
            .gini(),
        1e-12);
  }

  @Test
  void topSchoolShareByHand() {
    PublishedTable t =
        Fixtures.publish(
            Fixtures.table()
                .add("W1", "A", 6)
                .add("W1", "B", 2)
                .add("W2", "A", 2)
                .add("W2", "B", 10)
                .add("W3", "B", 3)
                .add("W3", "A", 3),
            Fixtures.OPEN);
    List<FlowStatistics.WardTopSchool> s =
        FlowStatistics.topSchoolShares(t, HiddenCellBounds.fromPolicy(t), HiddenCells.EXCLUDE);
    assertEquals(3, s.size());
    assertEquals("A", s.get(0).topSchoolUrn());
    assertEquals(0.75, s.get(0).share(), 1e-12);
    assertEquals("B", s.get(1).topSchoolUrn());
    assertEquals(10.0 / 12, s.get(1).share(), 1e-12);
    assertEquals("A", s.get(2).topSchoolUrn()); // tie 3–3: first by URN
    assertEquals(2, s.get(2).tiedSchools());
    assertEquals(0.5, s.get(2).share(), 1e-12);
    assertFalse(s.get(0).estimated());
  }

  @Test
  void weightedQuantileConventions() {
    double[] x = {1, 2, 3, 4};
    double[] w = {1, 1, 1, 1};
    assertEquals(2.5, FlowStatistics.weightedQuantile(x, w, 0.5), 0);
    assertEquals(
        2, FlowStatistics.weightedQuantile(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 0.5), 0);
    assertEquals(4, FlowStatistics.weightedQuantile(x, new double[] {1, 1, 1, 10}, 0.5), 0);
    assertTrue(Double.isNaN(FlowStatistics.weightedQuantile(new double[0], new double[0], 0.5)));
  }
}
