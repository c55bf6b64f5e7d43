package org.wardflow.io.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.wardflow.io.GeoPackageWriter;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

class GeoPackageWriterTest {
  @TempDir Path dir;

  private static Geography geography() {
    Geometry a = Crs.BNG_FACTORY.toGeometry(new Envelope(400_000, 401_000, 300_000, 301_000));
    Geometry b = Crs.BNG_FACTORY.toGeometry(new Envelope(401_000, 402_000, 300_000, 301_000));
    Geometry holed =
        a.difference(Crs.BNG_FACTORY.toGeometry(new Envelope(400_400, 400_600, 300_400, 300_600)));
    List<Ward> wards =
        List.of(
            Ward.of("X05000001", "Holed", "X08000001", "Testshire", holed, new LinkedHashMap<>()),
            Ward.of("X05000002", "Plain", "X08000001", "Testshire", b, new LinkedHashMap<>()));
    List<School> schools =
        List.of(
            new School(
                "990001",
                "Located School",
                Phase.SECONDARY,
                "Academy converter",
                true,
                900,
                Crs.BNG_FACTORY.createPoint(new Coordinate(400_100.5, 300_200.25)),
                "Testshire",
                "",
                new LinkedHashMap<>()),
            new School(
                "990002",
                "Nowhere School",
                Phase.PRIMARY,
                "Community school",
                false,
                -1,
                null,
                "Testshire",
                "",
                new LinkedHashMap<>()));
    return new Geography(
        new WardLayer("w", wards),
        new SchoolLayer("s", schools),
        DatasetInfo.ofFile("test", "", ""));
  }

  @Test
  void writesWardsSchoolsCrsAndMetadataThatReadBack() throws Exception {
    Geography g = geography();
    Map<String, Double> pop = new LinkedHashMap<>();
    pop.put("X05000001", 1234.0);
    Map<String, Double> rate = new LinkedHashMap<>();
    rate.put("X05000001", 1.5);
    rate.put("X05000002", 2.25);
    Map<String, WardIndicator> cols = new LinkedHashMap<>();
    DatasetInfo src = DatasetInfo.ofFile("t", "", "");
    cols.put("population", new WardIndicator("Population", "people", src, pop));
    cols.put("rate", new WardIndicator("Rate", "", src, rate));
    Path f = dir.resolve("out.gpkg");
    Files.writeString(f, "an older file that is replaced");
    GeoPackageWriter.write(
        f,
        g,
        new GeoPackageWriter.Options("FICTIONAL", "A test.", "24", cols, Map.of("seed", "5")));

    try (GeoPackage gp = GeoPackageManager.open(f.toFile(), false)) {
      assertEquals(
          GeoPackageWriter.BNG_WKT,
          gp.getSpatialReferenceSystemDao().queryForId(27700L).getDefinition());
      FeatureDao wards = gp.getFeatureDao(GeoPackageWriter.WARDS_TABLE);
      assertEquals(GeometryType.MULTIPOLYGON, wards.getGeometryType());
      assertEquals(27700L, wards.getSrsId());
      assertTrue(wards.getContents().getIdentifier().contains("FICTIONAL"));
      Map<String, FeatureRow> byCode = new HashMap<>();
      FeatureResultSet rs = wards.queryForAll();
      try {
        while (rs.moveToNext()) {
          FeatureRow row = rs.getRow();
          byCode.put((String) row.getValue("WD24CD"), row);
        }
      } finally {
        rs.close();
      }
      assertEquals(2, byCode.size());
      FeatureRow holed = byCode.get("X05000001");
      Geometry back = new WKBReader(Crs.BNG_FACTORY).read(holed.getGeometry().getWkb());
      assertTrue(
          back.equalsExact(
              Crs.BNG_FACTORY.createMultiPolygon(
                  new Polygon[] {(Polygon) g.wards().wards().get(0).geometry()})));
      assertEquals(1, ((Polygon) back.getGeometryN(0)).getNumInteriorRing(), "the hole survives");
      assertEquals("Holed", holed.getValue("WD24NM"));
      assertEquals("Testshire", holed.getValue("LAD24NM"));
      assertEquals(1234L, ((Number) holed.getValue("population")).longValue());
      assertEquals(1.5, ((Number) holed.getValue("rate")).doubleValue());
      assertNull(byCode.get("X05000002").getValue("population"), "no value → NULL");

      FeatureDao schools = gp.getFeatureDao(GeoPackageWriter.SCHOOLS_TABLE);
      assertEquals(GeometryType.POINT, schools.getGeometryType());
      FeatureResultSet srs = schools.queryForAll();
      try {
        int n = 0;
        while (srs.moveToNext()) {
          FeatureRow row = srs.getRow();
          n++;
          if ("990001".equals(row.getValue("urn"))) {
            Geometry p = new WKBReader(Crs.BNG_FACTORY).read(row.getGeometry().getWkb());
            assertArrayEquals(
                new double[] {400_100.5, 300_200.25},
                new double[] {p.getCoordinate().x, p.getCoordinate().y});
            assertEquals("Secondary", row.getValue("education_phase"));
            assertEquals(900L, ((Number) row.getValue("number_of_pupils")).longValue());
          } else {
            assertNull(row.getGeometry(), "no location → no geometry");
            assertNull(row.getValue("number_of_pupils"));
            assertEquals("Closed", row.getValue("establishment_status"));
          }
        }
        assertEquals(2, n);
      } finally {
        srs.close();
      }

      Map<String, String> info = new HashMap<>();
      AttributesResultSet ars = gp.getAttributesDao(GeoPackageWriter.INFO_TABLE).queryForAll();
      try {
        while (ars.moveToNext()) {
          info.put((String) ars.getRow().getValue("key"), (String) ars.getRow().getValue("value"));
        }
      } finally {
        ars.close();
      }
      assertEquals("FICTIONAL", info.get("label"));
      assertEquals("5", info.get("seed"));
      assertEquals("EPSG:27700", info.get("crs"));
    }
    assertEquals(
        List.of("out.gpkg"),
        Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(),
        "no temporary files left behind");
  }

  @Test
  void columnNamesAreMadeSafe() {
    assertEquals("children_aged_0_15", GeoPackageWriter.columnName("Children aged 0–15"));
    assertEquals("v_2021_population", GeoPackageWriter.columnName("2021 population"));
    assertEquals("value", GeoPackageWriter.columnName("—"));
  }
}
