package org.wardflow.io.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.wardflow.io.VruListEntry;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.testutil.RealGeography;
import org.wardflow.testutil.SharedData;

class DemoDataTest {
  private final DemoData demo = DemoData.load();
  private final Geography g = demo.geography();

  @Test
  void everythingIsLabelledFictionalAndTheFlowsSynthetic() {
    assertTrue(g.info().fictional());
    assertEquals("FICTIONAL", g.info().label());
    assertTrue(g.info().title().contains("FICTIONAL"));
    assertEquals("FICTIONAL · SYNTHETIC", demo.pupils().info().label());
    assertEquals("FICTIONAL · SYNTHETIC", demo.cyp().info().label());
    assertTrue(demo.cyp().info().title().contains("SYNTHETIC"));
    assertTrue(demo.population().source().fictional());
    assertTrue(demo.children().name().contains("FICTIONAL"));
    assertTrue(demo.flows().trueRate().name().contains("SYNTHETIC"));
    assertEquals(3, demo.indicators().size());
  }

  @Test
  void codesAndUrnsAreInClearlyFictionalRanges() {
    for (Ward w : g.wards().wards()) {
      assertTrue(w.code().matches("X05\\d{6}"), w.code());
      assertTrue(w.districtCode().matches("X08\\d{6}"), w.districtCode());
    }
    for (School s : g.schools().schools()) {
      assertTrue(s.urn().matches("99\\d{4}"), s.urn());
    }
  }

  @Test
  void noUrnOrNameIsReal() throws Exception {
    Set<String> realUrns = new HashSet<>();
    Set<String> realNames = new HashSet<>();
    for (String[] u : RealGeography.giasUrnsAndNames()) {
      realUrns.add(u[0]);
      realNames.add(u[1].toLowerCase(Locale.ROOT));
    }
    assertEquals(1238, realUrns.size(), "the whole GIAS extract is checked");
    for (School s : g.schools().schools()) {
      assertFalse(realUrns.contains(s.urn()), "real URN " + s.urn());
      assertFalse(realNames.contains(s.name().toLowerCase(Locale.ROOT)), "real name " + s.name());
    }
    Set<String> realPlaces = new HashSet<>();
    for (Ward w : RealGeography.load().wards().wards()) {
      realPlaces.add(w.name().toLowerCase(Locale.ROOT));
      realPlaces.add(w.districtName().toLowerCase(Locale.ROOT));
    }
    RealGeography.wardCodes2013().values().forEach(n -> realPlaces.add(n.toLowerCase(Locale.ROOT)));
    try (Reader in =
            Files.newBufferedReader(
                SharedData.file("wm_ward_all_codes_since2015.csv"), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : p) {
        realPlaces.add(r.get("WDNM").toLowerCase(Locale.ROOT));
      }
    }
    for (Ward w : g.wards().wards()) {
      assertFalse(realPlaces.contains(w.name().toLowerCase(Locale.ROOT)), "real ward " + w.name());
      assertFalse(realPlaces.contains(w.districtName().toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void wardsFormAValidCoverageOfVariedSizes() {
    List<Ward> wards = g.wards().wards();
    assertTrue(wards.size() >= 40 && wards.size() <= 70, "wards: " + wards.size());
    Geometry[] cov = wards.stream().map(Ward::geometry).toArray(Geometry[]::new);
    Geometry[] invalid = CoverageValidator.validate(cov);
    for (int i = 0; i < invalid.length; i++) {
      assertNull(invalid[i], "ward " + wards.get(i).code() + " breaks the coverage");
      assertTrue(cov[i].isValid() && cov[i].getNumGeometries() == 1, wards.get(i).code());
    }
    Geometry union = CoverageUnion.union(cov);
    assertEquals(1, union.getNumGeometries(), "one city, no islands");
    double sum = 0;
    for (Geometry c : cov) {
      sum += c.getArea();
    }
    assertEquals(sum, union.getArea(), sum * 1e-9, "no overlaps");
    // small central wards, large outer ones
    Point centre = union.getCentroid();
    List<Ward> byDistance = new ArrayList<>(wards);
    byDistance.sort(Comparator.comparingDouble(w -> w.labelPoint().distance(centre)));
    double inner = medianArea(byDistance.subList(0, 10));
    double outer = medianArea(byDistance.subList(wards.size() - 10, wards.size()));
    assertTrue(outer > 3 * inner, "outer wards " + outer + " vs central " + inner);
    double area = union.getArea() / 1e6;
    assertTrue(area > 80 && area < 250, "city area km² " + area);
    assertTrue(g.extent().getMinX() > 380_000 && g.extent().getMaxX() < 430_000, "on the Plain");
  }

  private static double medianArea(List<Ward> ws) {
    double[] a = ws.stream().mapToDouble(w -> w.geometry().getArea()).sorted().toArray();
    return a[a.length / 2];
  }

  @Test
  void districtsAreFewAndContiguous() {
    Map<String, List<Ward>> byDistrict = new HashMap<>();
    for (Ward w : g.wards().wards()) {
      byDistrict.computeIfAbsent(w.districtCode(), k -> new ArrayList<>()).add(w);
    }
    assertTrue(byDistrict.size() >= 2 && byDistrict.size() <= 4, "districts " + byDistrict.size());
    for (List<Ward> ws : byDistrict.values()) {
      Geometry[] parts = ws.stream().map(Ward::geometry).toArray(Geometry[]::new);
      assertEquals(1, CoverageUnion.union(parts).getNumGeometries(), ws.get(0).districtName());
      assertEquals(1, ws.stream().map(Ward::districtName).distinct().count());
    }
  }

  @Test
  void populationsAndSchoolsArePlausible() {
    double pop = demo.population().values().values().stream().mapToDouble(d -> d).sum();
    assertTrue(pop > 300_000 && pop < 500_000, "population " + pop);
    for (Ward w : g.wards().wards()) {
      double p = demo.population().valueOf(w.code()).orElseThrow();
      double k = demo.children().valueOf(w.code()).orElseThrow();
      assertTrue(p >= 1500 && p <= 25_000, w.name() + " " + p);
      assertTrue(k / p >= 0.08 && k / p <= 0.32, w.name() + " child share " + k / p);
    }
    Map<Phase, Integer> phases = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (School s : g.schools().schools()) {
      phases.merge(s.phase(), 1, Integer::sum);
      assertTrue(names.add(s.name()), "duplicate school name " + s.name());
      Ward w = g.wards().wardAt(s.location().getCoordinate()).orElseThrow();
      assertEquals(w.districtName(), s.district(), s.name());
      assertTrue(s.open());
      if (s.phase() == Phase.PRIMARY && s.pupils() >= 0) {
        assertTrue(s.pupils() >= 150 && s.pupils() <= 750, s.name() + " " + s.pupils());
      }
      if (s.phase() == Phase.SECONDARY) {
        assertTrue(s.pupils() >= 600 && s.pupils() <= 1800, s.name() + " " + s.pupils());
      }
    }
    assertTrue(phases.get(Phase.PRIMARY) > 50, "primaries " + phases);
    assertTrue(phases.get(Phase.SECONDARY) >= 12, "secondaries " + phases);
    assertTrue(phases.getOrDefault(Phase.ALL_THROUGH, 0) >= 1, "all-through " + phases);
    assertTrue(phases.getOrDefault(Phase.NOT_APPLICABLE, 0) >= 3, "special/PRU " + phases);
  }

  @Test
  void vruListOverlapsOnlyPartlyWithTheTopRankedSchools() {
    List<VruListEntry> list = demo.vruList().entries();
    assertTrue(list.size() >= 8 && list.size() <= 15, "list size " + list.size());
    Set<Integer> tiers = new HashSet<>();
    for (VruListEntry e : list) {
      School s = g.schools().byUrn(e.urn()).orElseThrow();
      assertEquals(s.name(), e.name());
      tiers.add(Integer.parseInt(e.tier()));
    }
    assertEquals(Set.of(1, 2, 3), tiers);
    CountMatrix m = demo.cyp().matrix(FlowFilter.ALL);
    long[] totals = m.columnTotals();
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < totals.length; j++) {
      order.add(j);
    }
    order.sort(Comparator.comparingLong((Integer j) -> -totals[j]));
    Set<String> top = new HashSet<>();
    for (int k = 0; k < list.size() && k < order.size(); k++) {
      top.add(m.schoolUrns().get(order.get(k)));
    }
    long overlap = list.stream().filter(e -> top.contains(e.urn())).count();
    assertTrue(overlap >= 2, "some of the list is among the top: " + overlap);
    assertTrue(overlap <= list.size() - 3, "but not all of it: " + overlap);
  }
}
