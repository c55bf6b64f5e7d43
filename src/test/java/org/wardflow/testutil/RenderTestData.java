package org.wardflow.testutil;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;
import org.wardflow.render.Flow;
import org.wardflow.render.WardFills;
import org.wololo.geojson.Feature;
import org.wololo.geojson.FeatureCollection;
import org.wololo.geojson.GeoJSONFactory;
import org.wololo.jts2geojson.GeoJSONReader;

/**
 * Test-only loader of the real West Midlands geography for renderer tests and benchmarks: the BNG
 * ward GeoJSON ({@code wm_wards_2025_bgc_bng.geojson}) and the snake_case GIAS CSV. The production
 * importers live in {@code io}; this deliberately small reader exists so the renderer can be tested
 * against real shapes without depending on them. It fails loudly on anything unexpected.
 */
public final class RenderTestData {
  /** The 2025 ward boundaries in British National Grid. */
  public static final String WARDS_BNG = "wm_wards_2025_bgc_bng.geojson";

  /** GIAS open establishments, snake_case columns. */
  public static final String SCHOOLS = "wm_gias_open_establishments_20250524.csv";

  private static Geography cached;

  private RenderTestData() {}

  /** The real wards and schools (skips the test when the shared data is absent). */
  public static synchronized Geography westMidlands() {
    if (cached == null) {
      try {
        cached = load(SharedData.file(WARDS_BNG), SharedData.file(SCHOOLS));
      } catch (IOException e) {
        throw new AssertionError("cannot read shared data: " + e.getMessage(), e);
      }
    }
    return cached;
  }

  /**
   * Loads the real data from explicit paths (for benchmarks, which do not run under JUnit).
   *
   * @param wardsGeoJson the BNG ward GeoJSON
   * @param giasCsv the snake_case GIAS CSV
   */
  public static Geography load(Path wardsGeoJson, Path giasCsv) throws IOException {
    return new Geography(
        readWards(wardsGeoJson),
        readSchools(giasCsv),
        DatasetInfo.ofFile("West Midlands wards 2025", wardsGeoJson.toString(), ""));
  }

  /** Finds the shared data folder without JUnit (benchmarks); throws when absent. */
  public static Path sharedFile(String name) {
    Path dir = SharedData.dirOrNull();
    if (dir == null) {
      throw new IllegalStateException(
          "../shared/data not found; set WARDFLOW_SHARED_DATA to the shared data folder");
    }
    return dir.resolve(name);
  }

  /**
   * A deterministic synthetic flow table for renderer tests and benchmarks (not the project's
   * generator): each school's pupils are spread over nearby wards with exponential distance decay,
   * a small share become flows, and counts 1..k-1 are published as hidden (primary suppression).
   * Returns exactly {@code n} flows when the geography allows.
   *
   * @param geo the geography
   * @param n number of flows wanted
   * @param k disclosure threshold (counts below it are hidden)
   * @param seed random seed
   */
  public static List<Flow> syntheticFlows(Geography geo, int n, int k, long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    List<Ward> wards = geo.wards().wards();
    List<School> schools = new ArrayList<>();
    for (School s : geo.schools().schools()) {
      if (s.hasLocation()) {
        schools.add(s);
      }
    }
    Map<Long, Integer> counts = new LinkedHashMap<>();
    int guard = 0;
    while (counts.size() < n && guard++ < 200) {
      for (int si = 0; si < schools.size() && counts.size() < n; si++) {
        School s = schools.get(si);
        double pupils = Math.max(50, s.pupils());
        double[] w = new double[wards.size()];
        double sum = 0;
        for (int wi = 0; wi < wards.size(); wi++) {
          double d = wards.get(wi).labelPoint().distance(s.location());
          w[wi] = Math.exp(-d / 1800.0);
          sum += w[wi];
        }
        int draws = 1 + (int) (pupils * 0.004 * (0.5 + rnd.nextDouble()));
        for (int t = 0; t < draws; t++) {
          double u = rnd.nextDouble() * sum;
          int wi = 0;
          while (wi < w.length - 1 && (u -= w[wi]) > 0) {
            wi++;
          }
          long key = (long) wi * 1_000_000L + si;
          int size = 1 + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * pupils / 120.0);
          counts.merge(key, size, Integer::sum);
          if (counts.size() >= n) {
            break;
          }
        }
      }
    }
    List<Flow> flows = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : counts.entrySet()) {
      Ward w = wards.get((int) (e.getKey() / 1_000_000L));
      School s = schools.get((int) (e.getKey() % 1_000_000L));
      int c = e.getValue();
      PublishedValue v =
          c < k
              ? PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY)
              : PublishedValue.published(c);
      flows.add(new Flow(w.code(), s.urn(), v));
    }
    return flows;
  }

  /** A 5-class sequential palette (ColorBrewer YlOrBr, light end), for test choropleths. */
  public static final int[] PALETTE = {0xFFFFF4D6, 0xFFFEE2A8, 0xFFFDC276, 0xFFF59A4A, 0xFFD9702B};

  /**
   * A test choropleth of published ward totals of the flows: quantile classes in {@link #PALETTE},
   * wards whose total includes a hidden flow and is below k hatched, wards with no flow no-data.
   */
  public static WardFills fillsFromFlows(Geography geo, List<Flow> flows, int k) {
    Map<String, Integer> total = new LinkedHashMap<>();
    Map<String, Boolean> anyHidden = new LinkedHashMap<>();
    for (Flow f : flows) {
      total.merge(f.wardCode(), f.value().value(), Integer::sum);
      if (f.hidden()) {
        anyHidden.put(f.wardCode(), true);
      }
    }
    java.util.Set<String> suppressed = new java.util.HashSet<>();
    List<Integer> values = new ArrayList<>();
    for (Map.Entry<String, Integer> e : total.entrySet()) {
      if (e.getValue() < k && anyHidden.containsKey(e.getKey())) {
        suppressed.add(e.getKey());
      } else {
        values.add(e.getValue());
      }
    }
    java.util.Collections.sort(values);
    Map<String, Integer> argb = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : total.entrySet()) {
      if (suppressed.contains(e.getKey())) {
        continue;
      }
      int rank = java.util.Collections.binarySearch(values, e.getValue());
      int cls = Math.min(PALETTE.length - 1, rank * PALETTE.length / Math.max(1, values.size()));
      argb.put(e.getKey(), PALETTE[cls]);
    }
    java.util.Set<String> noData = new java.util.HashSet<>();
    for (Ward w : geo.wards().wards()) {
      if (!total.containsKey(w.code())) {
        noData.add(w.code());
      }
    }
    return new WardFills(argb, suppressed, noData);
  }

  static WardLayer readWards(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    FeatureCollection fc = (FeatureCollection) GeoJSONFactory.create(json);
    GeoJSONReader reader = new GeoJSONReader();
    List<Ward> wards = new ArrayList<>();
    int n = 0;
    for (Feature f : fc.getFeatures()) {
      n++;
      Map<String, Object> p = f.getProperties();
      Geometry g = reader.read(f.getGeometry(), Crs.BNG_FACTORY);
      if (!g.isValid()) {
        throw new AssertionError(file + ": feature " + n + " has an invalid geometry");
      }
      Point label = null;
      if (p.get("BNG_E") instanceof Number e && p.get("BNG_N") instanceof Number nn) {
        Point candidate =
            Crs.BNG_FACTORY.createPoint(new Coordinate(e.doubleValue(), nn.doubleValue()));
        label = g.covers(candidate) ? candidate : null;
      }
      Map<String, Object> attrs = new LinkedHashMap<>(p);
      wards.add(
          new Ward(
              (String) p.get("WD25CD"),
              (String) p.get("WD25NM"),
              (String) p.get("LAD25CD"),
              (String) p.get("LAD25NM"),
              g,
              label,
              attrs));
    }
    return new WardLayer(file.getFileName().toString(), wards);
  }

  static SchoolLayer readSchools(Path file) throws IOException {
    List<School> schools = new ArrayList<>();
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r, fmt)) {
      for (CSVRecord rec : parser) {
        double e = parseOrZero(rec.get("easting"));
        double n = parseOrZero(rec.get("northing"));
        Point loc = e > 0 && n > 0 ? Crs.BNG_FACTORY.createPoint(new Coordinate(e, n)) : null;
        String pupils = rec.get("number_of_pupils");
        schools.add(
            new School(
                rec.get("urn"),
                rec.get("establishment_name"),
                Phase.fromText(rec.get("education_phase")),
                rec.get("establishment_type"),
                true,
                pupils.isBlank() ? -1 : (int) Double.parseDouble(pupils),
                loc,
                rec.get("la_name"),
                "",
                null));
      }
    }
    return new SchoolLayer(file.getFileName().toString(), schools);
  }

  private static double parseOrZero(String s) {
    return s == null || s.isBlank() ? 0 : Double.parseDouble(s);
  }
}
