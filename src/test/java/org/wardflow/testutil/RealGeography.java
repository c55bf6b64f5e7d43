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
import org.locationtech.jts.geom.Geometry;
import org.wardflow.io.CrsTransform;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;
import org.wololo.geojson.Feature;
import org.wololo.geojson.FeatureCollection;
import org.wololo.geojson.GeoJSONFactory;
import org.wololo.jts2geojson.GeoJSONReader;

/**
 * Test-only loader of the real West Midlands files in {@code ../shared/data} (the production
 * readers are another package's job): 2025 wards (BNG GeoJSON), the GIAS snake_case extract, the
 * Census 2021 ward population, and the 2013 ward codes. Loaded once per JVM.
 */
public final class RealGeography {
  private static Geography geography;
  private static WardIndicator children;
  private static WardIndicator population;
  private static org.wardflow.io.synth.SyntheticFlows synthetic;

  private RealGeography() {}

  /** The 192 wards (2025) and the GIAS schools with a location. */
  public static synchronized Geography load() {
    if (geography == null) {
      try {
        WardLayer wards = wards(SharedData.file("wm_wards_2025_bgc_bng.geojson"));
        SchoolLayer schools = schools(SharedData.file("wm_gias_open_establishments_20250524.csv"));
        geography =
            new Geography(
                wards, schools, DatasetInfo.ofFile("West Midlands (real, test loader)", "", ""));
      } catch (IOException e) {
        throw new AssertionError("could not read shared data", e);
      }
    }
    return geography;
  }

  /** SYNTHETIC flows for the real geography with the default parameters (made once per JVM). */
  public static synchronized org.wardflow.io.synth.SyntheticFlows syntheticFlows() {
    if (synthetic == null) {
      synthetic =
          org.wardflow.io.synth.SyntheticFlowGenerator.generate(
              load(), children(), population(), org.wardflow.io.synth.SyntheticParameters.DEFAULT);
    }
    return synthetic;
  }

  /** Children aged 0–15 per 2025 ward (Census 2021, derived). */
  public static synchronized WardIndicator children() {
    if (children == null) {
      readPopulation();
    }
    return children;
  }

  /** Usual residents per 2025 ward (Census 2021, derived). */
  public static synchronized WardIndicator population() {
    if (population == null) {
      readPopulation();
    }
    return population;
  }

  /** Codes and names of the 2013 wards. */
  public static Map<String, String> wardCodes2013() {
    try {
      String json =
          Files.readString(
              SharedData.file("wm_wards_2013_bgc_wgs84.geojson"), StandardCharsets.UTF_8);
      FeatureCollection fc = (FeatureCollection) GeoJSONFactory.create(json);
      Map<String, String> m = new LinkedHashMap<>();
      for (Feature f : fc.getFeatures()) {
        m.put((String) f.getProperties().get("WD13CD"), (String) f.getProperties().get("WD13NM"));
      }
      return m;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The 2013 ward polygons (BNG), for placing test points in old wards. */
  public static List<Ward> wards2013() {
    try {
      String json =
          Files.readString(
              SharedData.file("wm_wards_2013_bgc_wgs84.geojson"), StandardCharsets.UTF_8);
      FeatureCollection fc = (FeatureCollection) GeoJSONFactory.create(json);
      GeoJSONReader r = new GeoJSONReader();
      List<Ward> out = new ArrayList<>();
      CrsTransform t = new CrsTransform(Crs.WGS84, Crs.BNG);
      for (Feature f : fc.getFeatures()) {
        Geometry g = t.applyInPlace(r.read(f.getGeometry(), Crs.BNG_FACTORY));
        out.add(
            Ward.of(
                (String) f.getProperties().get("WD13CD"),
                (String) f.getProperties().get("WD13NM"),
                "",
                "",
                g,
                new LinkedHashMap<>()));
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static WardLayer wards(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    FeatureCollection fc = (FeatureCollection) GeoJSONFactory.create(json);
    GeoJSONReader r = new GeoJSONReader();
    List<Ward> wards = new ArrayList<>();
    for (Feature f : fc.getFeatures()) {
      Map<String, Object> p = f.getProperties();
      Geometry g = r.read(f.getGeometry(), Crs.BNG_FACTORY);
      if (!g.isValid()) {
        g = org.locationtech.jts.geom.util.GeometryFixer.fix(g);
      }
      wards.add(
          Ward.of(
              (String) p.get("WD25CD"),
              (String) p.get("WD25NM"),
              (String) p.get("LAD25CD"),
              (String) p.get("LAD25NM"),
              g,
              new LinkedHashMap<>(Map.of("WD25CD", p.get("WD25CD")))));
    }
    return new WardLayer(file.getFileName().toString(), wards);
  }

  private static SchoolLayer schools(Path file) throws IOException {
    List<School> schools = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord rec : p) {
        double e = parse(rec.get("easting"));
        double n = parse(rec.get("northing"));
        if (!(e > 0 && n > 0)) {
          continue;
        }
        String pupils = rec.get("number_of_pupils");
        schools.add(
            new School(
                rec.get("urn"),
                rec.get("establishment_name"),
                Phase.fromText(rec.get("education_phase")),
                rec.get("establishment_type"),
                true,
                pupils == null || pupils.isBlank() || pupils.equals("NA")
                    ? -1
                    : (int) Math.round(Double.parseDouble(pupils)),
                Crs.BNG_FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(e, n)),
                rec.get("la_name"),
                "",
                new LinkedHashMap<>()));
      }
    }
    return new SchoolLayer(file.getFileName().toString(), schools);
  }

  /** Every URN and establishment name in the GIAS file (including rows without a location). */
  public static List<String[]> giasUrnsAndNames() {
    List<String[]> out = new ArrayList<>();
    try (Reader in =
            Files.newBufferedReader(
                SharedData.file("wm_gias_open_establishments_20250524.csv"),
                StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord rec : p) {
        out.add(new String[] {rec.get("urn"), rec.get("establishment_name")});
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void readPopulation() {
    Map<String, Double> kids = new LinkedHashMap<>();
    Map<String, Double> pop = new LinkedHashMap<>();
    try (Reader in =
            Files.newBufferedReader(
                SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv"),
                StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord rec : p) {
        kids.put(rec.get("WD25CD"), Double.parseDouble(rec.get("Aged 15 years and under")));
        pop.put(rec.get("WD25CD"), Double.parseDouble(rec.get("total_usual_residents")));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    DatasetInfo src = DatasetInfo.ofFile("Census 2021 (derived to 2025 wards)", "shared data", "");
    children = new WardIndicator("Children aged 0–15", "people", src, kids);
    population = new WardIndicator("Usual residents", "people", src, pop);
  }
}
