package org.wardflow.io.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.flows.FlowCsvWriter;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.testutil.RealGeography;

class SyntheticFlowGeneratorTest {
  @TempDir Path dir;

  private static final FlowFilter PRIMARY =
      new FlowFilter(null, Set.of(SyntheticFlowGenerator.PRIMARY_BAND), null);
  private static final FlowFilter SECONDARY =
      new FlowFilter(null, Set.of(SyntheticFlowGenerator.SECONDARY_BAND), null);

  private static long columnTotal(CountMatrix m, String urn) {
    int j = m.schoolUrns().indexOf(urn);
    return j < 0 ? 0 : m.columnTotals()[j];
  }

  @Test
  void realWestMidlandsTableMeetsItsRowAndColumnConstraints() {
    Geography g = RealGeography.load();
    WardIndicator kids = RealGeography.children();
    FlowTable pupils = RealGeography.syntheticFlows().pupils();
    CountMatrix all = pupils.matrix(FlowFilter.ALL);
    // columns: every primary or secondary school with a known pupil number gets exactly them
    int checked = 0;
    for (School s : g.schools().schools()) {
      if ((s.phase() == Phase.PRIMARY || s.phase() == Phase.SECONDARY) && s.pupils() >= 0) {
        assertEquals(s.pupils(), columnTotal(all, s.urn()), s.urn() + " " + s.name());
        checked++;
      }
    }
    assertTrue(checked > 900, "schools checked: " + checked);
    // rows: each phase's pupils shared out in proportion to the ward's children, within rounding
    double kidsTotal = kids.values().values().stream().mapToDouble(Double::doubleValue).sum();
    for (FlowFilter f : List.of(PRIMARY, SECONDARY)) {
      CountMatrix m = pupils.matrix(f);
      long total = m.total();
      long[] rows = m.rowTotals();
      for (Ward w : g.wards().wards()) {
        int i = m.wardCodes().indexOf(w.code());
        double expected = total * kids.valueOf(w.code()).getAsDouble() / kidsTotal;
        assertTrue(
            Math.abs(rows[i] - expected) < 1.0,
            w.code() + " " + f.describe() + ": " + rows[i] + " vs " + expected);
      }
    }
  }

  @Test
  void defaultDecayGivesTheDocumentedMeanTripsOnTheRealGeography() {
    Map<String, String> meta = RealGeography.syntheticFlows().pupils().info().metadata();
    double primary = Double.parseDouble(meta.get("primary_mean_trip_m"));
    double secondary = Double.parseDouble(meta.get("secondary_mean_trip_m"));
    assertEquals(2_000, primary, 150, "primary mean straight-line trip (m)");
    assertEquals(3_900, secondary, 250, "secondary mean straight-line trip (m)");
  }

  @Test
  void cypCountsAreDrawnFromThePupilsAtTheTrueRate() {
    SyntheticFlows f = RealGeography.syntheticFlows();
    CountMatrix pupils = f.pupils().matrix(SECONDARY);
    CountMatrix cyp = f.cyp().matrix(SECONDARY);
    double expected = 0;
    for (int r = 0; r < pupils.rows(); r++) {
      double rate = f.trueRate().valueOf(pupils.wardCodes().get(r)).getAsDouble();
      for (int i = pupils.rowStart(r); i < pupils.rowEnd(r); i++) {
        expected += pupils.value(i) * rate / 1000;
      }
    }
    long got = cyp.total();
    assertTrue(
        Math.abs(got - expected) < 4 * Math.sqrt(expected),
        "secondary CYP " + got + " vs Poisson mean " + expected);
    // no cell has more CYP than pupils
    CountMatrix all = f.pupils().matrix(FlowFilter.ALL);
    CountMatrix c = f.cyp().matrix(FlowFilter.ALL);
    for (int r = 0; r < c.rows(); r++) {
      int pr = all.wardCodes().indexOf(c.wardCodes().get(r));
      for (int i = c.rowStart(r); i < c.rowEnd(r); i++) {
        int pc = all.schoolUrns().indexOf(c.schoolUrns().get(c.column(i)));
        assertTrue(c.value(i) <= all.get(pr, pc));
      }
    }
  }

  @Test
  void rateFieldIsSmoothAndSkewed() {
    Geography g = RealGeography.load();
    WardIndicator rate = RealGeography.syntheticFlows().trueRate();
    List<Ward> wards = g.wards().wards();
    int n = wards.size();
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rate.valueOf(wards.get(i).code()).getAsDouble();
    }
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double median = sorted[n / 2];
    double mean = Arrays.stream(v).average().orElseThrow();
    assertTrue(sorted[n - 1] > 3 * median, "a few wards high: max " + sorted[n - 1]);
    assertTrue(mean > median, "right-skewed");
    assertTrue(sorted[(int) (n * 0.9)] < 0.6 * sorted[n - 1], "only a few wards near the top");
    // Moran's I over contiguity (wards whose boundaries touch): strong positive autocorrelation
    double num = 0;
    double w = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      den += (v[i] - mean) * (v[i] - mean);
      for (int j = 0; j < n; j++) {
        if (i != j && wards.get(i).geometry().intersects(wards.get(j).geometry())) {
          num += (v[i] - mean) * (v[j] - mean);
          w++;
        }
      }
    }
    double moran = n / w * num / den;
    assertTrue(moran > 0.5, "spatially smooth: Moran's I " + moran);
  }

  @Test
  void sameSeedSameTablesOtherSeedOtherDraws() throws Exception {
    Geography g = DemoData.load().geography();
    WardIndicator kids = DemoData.load().children();
    SyntheticParameters p = SyntheticParameters.DEFAULT.withSeed(11);
    SyntheticFlows a = SyntheticFlowGenerator.generate(g, kids, null, p);
    SyntheticFlows b = SyntheticFlowGenerator.generate(g, kids, null, p);
    SyntheticFlows c = SyntheticFlowGenerator.generate(g, kids, null, p.withSeed(12));
    assertArrayEquals(bytes(a.cyp(), "a"), bytes(b.cyp(), "b"));
    assertArrayEquals(bytes(a.pupils(), "a"), bytes(b.pupils(), "b"));
    assertFalse(Arrays.equals(bytes(a.cyp(), "a"), bytes(c.cyp(), "c")), "other seed, other CYP");
    assertArrayEquals(
        bytes(a.pupils(), "a"), bytes(c.pupils(), "c"), "the gravity model does not use the seed");
    assertEquals(a.trueRate().values(), b.trueRate().values());
  }

  private byte[] bytes(FlowTable t, String name) throws Exception {
    Path f = dir.resolve(name + ".csv");
    FlowCsvWriter.write(t, f);
    return Files.readAllBytes(f);
  }

  @Test
  void everythingIsLabelledSynthetic() {
    SyntheticFlows f = RealGeography.syntheticFlows();
    for (FlowTable t : List.of(f.pupils(), f.cyp())) {
      assertTrue(t.info().synthetic());
      assertTrue(t.info().title().contains("SYNTHETIC"));
      assertEquals("SYNTHETIC", t.info().label());
      assertEquals("1", t.info().metadata().get("seed"));
      assertEquals("exp:800", t.info().metadata().get("primary_decay"));
    }
    assertTrue(f.trueRate().source().synthetic());
    assertTrue(f.trueRate().name().contains("SYNTHETIC"));
    assertEquals(
        List.of(SyntheticFlowGenerator.GROUP_CYP),
        f.cyp().dimensionValues(org.wardflow.model.FlowDimension.GROUP));
  }

  @Test
  void longerDecayGivesLongerTrips() {
    Geography g = DemoData.load().geography();
    WardIndicator kids = DemoData.load().children();
    double last = 0;
    for (double beta : new double[] {400, 1000, 3000}) {
      SyntheticFlows f =
          SyntheticFlowGenerator.generate(
              g,
              kids,
              null,
              SyntheticParameters.DEFAULT.withDecay(
                  DistanceDecay.exponential(beta), DistanceDecay.exponential(beta * 2)));
      double mean = Double.parseDouble(f.pupils().info().metadata().get("secondary_mean_trip_m"));
      assertTrue(mean > last, "β " + beta + ": " + mean);
      last = mean;
    }
  }

  @Test
  void assumptionsAreReportedWhenDataIsMissing() {
    DemoData d = DemoData.load();
    Geography g = d.geography();
    // nothing known: every ward gets the same assumed number of children
    SyntheticFlows none =
        SyntheticFlowGenerator.generate(g, null, null, SyntheticParameters.DEFAULT);
    String text = none.report().format();
    assertTrue(text.contains("20% of an assumed ward population of 8000 (1600)"), text);
    Set<Double> kids = Set.copyOf(none.children().values().values());
    assertEquals(Set.of(1600.0), kids);
    // population only, for some wards: the rest get the median
    Map<String, Double> somePop = new java.util.LinkedHashMap<>(d.population().values());
    List<String> codes = new ArrayList<>(somePop.keySet());
    somePop.remove(codes.get(0));
    somePop.remove(codes.get(1));
    WardIndicator pop = new WardIndicator("population", "people", d.population().source(), somePop);
    SyntheticFlows partial =
        SyntheticFlowGenerator.generate(g, null, pop, SyntheticParameters.DEFAULT);
    String t2 = partial.report().format();
    assertTrue(t2.contains("children in " + (codes.size() - 2) + " wards estimated as 20%"), t2);
    assertTrue(t2.contains("2 of " + codes.size() + " wards have no children or population"), t2);
    // a school with no pupil number gets its phase's median
    assertTrue(d.flows().report().format().contains("no pupil number"));
    School noPupils =
        g.schools().schools().stream().filter(s -> s.pupils() < 0).findFirst().orElseThrow();
    List<Integer> primaries = new ArrayList<>();
    for (School s : g.schools().schools()) {
      if (s.phase() == Phase.PRIMARY && s.pupils() >= 0) {
        primaries.add(s.pupils());
      }
    }
    primaries.sort(null);
    int k = primaries.size();
    double median =
        k % 2 == 1 ? primaries.get(k / 2) : (primaries.get(k / 2 - 1) + primaries.get(k / 2)) / 2.0;
    assertEquals(Math.rint(median), columnTotal(d.pupils().matrix(FlowFilter.ALL), noPupils.urn()));
  }
}
