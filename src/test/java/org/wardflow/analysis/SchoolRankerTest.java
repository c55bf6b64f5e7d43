package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wardflow.analysis.Fixtures.school;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Phase;
import org.wardflow.model.SchoolLayer;

class SchoolRankerTest {
  private static final SchoolLayer FIVE =
      Fixtures.schools(
          school("A", "Alder", Phase.PRIMARY, 500, "Coventry"),
          school("B", "Beech", Phase.PRIMARY, 400, "Coventry"),
          school("C", "Cedar", Phase.SECONDARY, 1000, "Dudley"),
          school("D", "Damson", Phase.SECONDARY, 100, "Dudley"),
          school("E", "Elm", Phase.PRIMARY, -1, "Coventry"));

  private static PublishedTable five(int a, int b, int c, int d, int e) {
    return Fixtures.oneWard(
        new String[] {"A", "B", "C", "D", "E"}, new int[] {a, b, c, d, e}, Fixtures.OPEN);
  }

  @Test
  void countRanksWithTiesIntervalsAndGroups() {
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(five(100, 20, 20, 5, 0), FIVE),
            RankingOptions.defaults(SchoolMeasure.CYP_COUNT));
    assertEquals(
        List.of("A", "B", "C", "D", "E"), r.ranked().stream().map(RankedSchool::urn).toList());
    assertEquals(List.of(1, 2, 2, 4, 5), r.ranked().stream().map(RankedSchool::rank).toList());
    assertEquals(
        List.of(100.0, 20.0, 20.0, 5.0, 0.0),
        r.ranked().stream().map(RankedSchool::value).toList());
    for (RankedSchool s : r.ranked()) {
      assertTrue(s.rankLow() <= s.rank() && s.rank() <= s.rankHigh(), s.rankLabel());
      assertFalse(s.estimated());
    }
    RankedSchool a = r.byUrn("A").orElseThrow();
    assertEquals(1, a.rankLow());
    assertEquals(1, a.rankHigh()); // 100 is never beaten by Poisson(20)
    RankedSchool b = r.byUrn("B").orElseThrow();
    RankedSchool c = r.byUrn("C").orElseThrow();
    assertTrue(b.cannotBeToldApart(c));
    assertEquals(2, b.rankLow());
    assertEquals(3, b.rankHigh());
    assertEquals(2, b.tieGroupSize());
    assertEquals(List.of(1, 2, 2, 3, 4), r.ranked().stream().map(RankedSchool::tieGroup).toList());
    assertEquals(5, r.byUrn("E").orElseThrow().rankLow());
    assertEquals(4, r.tieGroupCount());
    assertEquals("2 (2–3)", b.rankLabel());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("1,000 simulation draws")));
  }

  @Test
  void closeSchoolsCannotBeToldApart() {
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(five(22, 20, 19, 2, 0), FIVE),
            RankingOptions.defaults(SchoolMeasure.CYP_COUNT));
    RankedSchool a = r.byUrn("A").orElseThrow();
    assertTrue(a.cannotBeToldApart(r.byUrn("B").orElseThrow()));
    assertTrue(a.cannotBeToldApart(r.byUrn("C").orElseThrow()));
    assertFalse(a.cannotBeToldApart(r.byUrn("D").orElseThrow()));
    assertTrue(a.rankHigh() >= 2);
  }

  @Test
  void sameSeedSameResultOtherSeedSimilar() {
    RankingInput in = RankingInput.of(five(30, 25, 20, 15, 10), FIVE);
    RankingOptions o = RankingOptions.defaults(SchoolMeasure.CYP_COUNT);
    RankingResult r1 = SchoolRanker.rank(in, o);
    RankingResult r2 = SchoolRanker.rank(in, o);
    assertEquals(r1.ranked(), r2.ranked());
    RankingResult r3 = SchoolRanker.rank(in, o.withSeed(99));
    for (int i = 0; i < 5; i++) {
      assertEquals(r1.ranked().get(i).rankLow(), r3.ranked().get(i).rankLow(), 1);
      assertEquals(r1.ranked().get(i).rankHigh(), r3.ranked().get(i).rankHigh(), 1);
    }
  }

  @Test
  void rateNeedsPupilsAndSchoolsOutsideTheTableCountZero() {
    FlowTable.Builder b = Fixtures.table().add("W1", "A", 10).add("W1", "D", 5);
    b.add("W1", "X", 50); // a school not in the layer: ignored
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(Fixtures.publish(b, Fixtures.OPEN), FIVE),
            RankingOptions.defaults(SchoolMeasure.RATE_PER_100_PUPILS));
    // D: 5 / 100 pupils = 5 per 100; A: 10 / 500 = 2 per 100; B, C: 0
    assertEquals("D", r.ranked().get(0).urn());
    assertEquals(5.0, r.ranked().get(0).value(), 1e-12);
    assertEquals(2.0, r.byUrn("A").orElseThrow().value(), 1e-12);
    assertEquals(0.0, r.byUrn("C").orElseThrow().value(), 0);
    assertEquals(4, r.size());
    RankingResult.NotRanked e = r.notRankedByUrn("E").orElseThrow();
    assertEquals("number of pupils unknown in GIAS", e.reason());
    assertFalse(e.filteredOut());
    assertTrue(r.byUrn("X").isEmpty());
  }

  @Test
  void filtersByPhaseAndDistrict() {
    RankingOptions o =
        RankingOptions.defaults(SchoolMeasure.CYP_COUNT)
            .withFilter(SchoolFilter.phases(Phase.PRIMARY).withDistricts("coventry"));
    RankingResult r = SchoolRanker.rank(RankingInput.of(five(1, 2, 3, 4, 5), FIVE), o);
    assertEquals(List.of("E", "B", "A"), r.ranked().stream().map(RankedSchool::urn).toList());
    RankingResult.NotRanked c = r.notRankedByUrn("C").orElseThrow();
    assertTrue(c.filteredOut());
    assertTrue(c.reason().contains("phase Secondary"), c.reason());
    assertEquals("phase=Primary; district=coventry", o.filter().describe());
  }

  @Test
  void hiddenSchoolTotalIsEstimatedFromCellsAndMidpoints() {
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, false, false, false, 5);
    PublishedTable t =
        Fixtures.publish(
            Fixtures.table().add("W1", "A", 12).add("W2", "A", 3).add("W1", "B", 14), p);
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(t, FIVE), RankingOptions.defaults(SchoolMeasure.CYP_COUNT));
    RankedSchool a = r.byUrn("A").orElseThrow();
    assertEquals(14.5, a.cypEstimate(), 1e-12); // 12 + midpoint of 1..4
    assertTrue(a.estimated());
    assertTrue(a.cypTotal().status().hidden());
    RankedSchool b = r.byUrn("B").orElseThrow();
    assertEquals(14.0, b.value(), 1e-12);
    assertTrue(a.rank() < b.rank());
    assertTrue(a.cannotBeToldApart(b));
    assertTrue(
        r.notes().stream().anyMatch(n -> n.contains("small counts (1–4)")), r.notes()::toString);
  }

  @Test
  void exposureIndexByHand() {
    PublishedTable cyp = five(5, 5, 5, 5, 5);
    PublishedTable pupils =
        Fixtures.publish(
            Fixtures.table()
                .add("W1", "A", 30)
                .add("W2", "A", 10)
                .add("W1", "B", 10)
                .add("W2", "B", 30)
                .add("W3", "C", 40),
            Fixtures.OPEN);
    RankingInput in =
        RankingInput.of(cyp, FIVE)
            .withAllPupils(pupils)
            .withIndicator(Fixtures.indicator("violence rate", Map.of("W1", 10.0, "W2", 20.0)));
    RankingResult r = SchoolRanker.rank(in, RankingOptions.defaults(SchoolMeasure.EXPOSURE_INDEX));
    assertEquals(17.5, r.byUrn("B").orElseThrow().value(), 1e-12); // (100 + 600) / 40
    assertEquals(12.5, r.byUrn("A").orElseThrow().value(), 1e-12); // (300 + 200) / 40
    assertEquals("B", r.ranked().get(0).urn());
    // all-pupils flows known exactly: no uncertainty
    assertEquals(1, r.byUrn("B").orElseThrow().rankHigh());
    assertTrue(r.notRankedByUrn("C").orElseThrow().reason().contains("violence rate"));
    assertTrue(r.notRankedByUrn("D").isPresent());
    assertEquals("Exposure index (violence rate)", r.measureLabel());
  }

  @Test
  void exposureWithHiddenWeightsIsEstimated() {
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, false, false, false, 5);
    PublishedTable pupils =
        Fixtures.publish(
            Fixtures.table().add("W1", "A", 10).add("W2", "A", 2).add("W1", "B", 10), p);
    RankingInput in =
        RankingInput.of(five(1, 1, 1, 1, 1), FIVE)
            .withAllPupils(pupils)
            .withIndicator(Fixtures.indicator("rate", Map.of("W1", 0.0, "W2", 100.0)));
    RankingResult r = SchoolRanker.rank(in, RankingOptions.defaults(SchoolMeasure.EXPOSURE_INDEX));
    RankedSchool a = r.byUrn("A").orElseThrow();
    assertEquals(2.5 * 100 / 12.5, a.value(), 1e-9); // hidden 2 at midpoint 2.5
    assertTrue(a.estimated());
    assertEquals(1, a.rank());
  }

  @Test
  void exposureNeedsAnIndicator() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SchoolRanker.rank(
                    RankingInput.of(five(1, 1, 1, 1, 1), FIVE),
                    RankingOptions.defaults(SchoolMeasure.EXPOSURE_INDEX)));
    assertTrue(e.getMessage().contains("ward indicator"));
  }

  @Test
  void smoothingPullsSmallSchoolsTowardsTheOverallRate() {
    FlowTable.Builder b = Fixtures.table();
    List<org.wardflow.model.School> list = new java.util.ArrayList<>();
    int[] counts = {12, 18, 15, 14, 16, 13, 17, 15, 20, 10};
    for (int i = 0; i < counts.length; i++) {
      list.add(school("M" + i, "Mid " + i, Phase.SECONDARY, 600, "X"));
      b.add("W1", "M" + i, counts[i]);
    }
    list.add(school("S", "Small", Phase.SECONDARY, 10, "X"));
    b.add("W1", "S", 1);
    list.add(school("L", "Large", Phase.SECONDARY, 800, "X"));
    b.add("W1", "L", 40);
    SchoolLayer layer = new SchoolLayer("s", list);
    RankingInput in = RankingInput.of(Fixtures.publish(b, Fixtures.OPEN), layer);
    RankingOptions o = RankingOptions.defaults(SchoolMeasure.RATE_PER_100_PUPILS);
    RankingResult raw = SchoolRanker.rank(in, o);
    assertEquals("S", raw.ranked().get(0).urn()); // 10 per 100
    RankingResult smooth = SchoolRanker.rank(in, o.withSmoothing(true));
    assertEquals("L", smooth.ranked().get(0).urn());
    RankedSchool s = smooth.byUrn("S").orElseThrow();
    assertEquals(10.0, s.unsmoothedValue(), 1e-12);
    double m = smooth.prior().orElseThrow().mean();
    assertTrue(Math.abs(s.value() - m) < Math.abs(10.0 - m) / 5, "S pulled to the mean " + m);
    assertTrue(smooth.notes().stream().anyMatch(n -> n.startsWith("Empirical-Bayes")));
    assertEquals("CYP per 100 pupils, smoothed", smooth.measureLabel());
    assertNotEquals(raw.ranked(), smooth.ranked());
  }

  @Test
  void syntheticDataCarryTheirLabel() {
    FlowTable t =
        FlowTable.builder(new DatasetInfo("synthetic", "generator", "", false, true, Map.of()))
            .add("W1", "A", 3)
            .build();
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(
                org.wardflow.disclosure.DisclosureGate.publish(
                    t, org.wardflow.model.FlowFilter.ALL, Fixtures.OPEN),
                FIVE),
            RankingOptions.defaults(SchoolMeasure.CYP_COUNT));
    assertEquals("SYNTHETIC", r.dataLabel());
    assertTrue(r.notes().contains("Data are SYNTHETIC."));
    assertTrue(RankingResult.CAVEAT.startsWith("Exploratory, not predictive"));
  }

  @Test
  void rankDrawBreaksTiesAtRandomButKeepsOrder() {
    double[] v = {5, 7, 5, 1, 7, -2};
    int[] out = new int[6];
    int[] seen = new int[7];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
    for (int rep = 0; rep < 200; rep++) {
      SchoolRanker.rankDraw(v, rng, out, 0);
      assertTrue(out[1] <= 2 && out[4] <= 2 && out[1] != out[4]);
      assertTrue(out[0] >= 3 && out[0] <= 4 && out[2] >= 3 && out[2] <= 4);
      assertEquals(5, out[3]);
      assertEquals(6, out[5]);
      seen[out[1]]++;
    }
    assertTrue(seen[1] > 60 && seen[2] > 60, "ties broken at random");
  }
}
