package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKBReader;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.io.GeoPackageWriter;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;

/**
 * The published GeoPackage read back with NGA: the three layers with their feature counts, EPSG
 * 27700 registered and used by every geometry column, flows as lines from ward to school, and
 * hidden figures stored as empty values with status "suppressed" — never their counts.
 */
class PublishedGeoPackageTest {
  @TempDir static Path dir;
  static Geography geo;
  static PublishedTable table;
  static Path file;
  static PublishedGeoPackageWriter.Result result;

  @BeforeAll
  static void write() throws Exception {
    geo = ExportFixtures.geography();
    table = ExportFixtures.published();
    file = dir.resolve("published.gpkg");
    result =
        PublishedGeoPackageWriter.write(
            file,
            geo,
            table,
            new PublishedGeoPackageWriter.Options(
                "cyp", "OFFICIAL-SENSITIVE", Map.of("flows.csv", "f00d"), Clock.systemUTC()));
  }

  static List<Map<String, Object>> rows(GeoPackage gp, String t) throws java.io.IOException {
    FeatureDao dao = gp.getFeatureDao(t);
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    FeatureResultSet rs = dao.queryForAll();
    try {
      while (rs.moveToNext()) {
        FeatureRow row = rs.getRow();
        Map<String, Object> m = new HashMap<>();
        for (String c : row.getColumnNames()) {
          m.put(c, row.getValue(c));
        }
        m.put("__geom", row.getGeometry() == null ? null : row.getGeometry().getWkb());
        out.add(m);
      }
    } finally {
      rs.close();
    }
    return out;
  }

  @Test
  void layersCountsAndSrs() throws Exception {
    assertTrue(Files.isRegularFile(file));
    try (GeoPackage gp = GeoPackageManager.open(file.toFile(), false)) {
      assertTrue(
          gp.getFeatureTables()
              .containsAll(
                  List.of(
                      GeoPackageWriter.WARDS_TABLE,
                      GeoPackageWriter.SCHOOLS_TABLE,
                      PublishedGeoPackageWriter.FLOWS_TABLE)));
      assertEquals(geo.wards().size(), gp.getFeatureDao("wards").count());
      assertEquals(geo.schools().size(), gp.getFeatureDao("schools").count());
      assertEquals(table.cellCount(), gp.getFeatureDao("flows").count(), "one row per cell");
      assertEquals(table.cellCount(), result.flows());
      assertEquals(0, result.flowsWithoutGeometry());
      SpatialReferenceSystem srs =
          gp.getSpatialReferenceSystemDao().queryForId((long) Crs.BNG_SRID);
      assertNotNull(srs, "EPSG:27700 registered");
      assertEquals("EPSG", srs.getOrganization());
      assertTrue(srs.getDefinition().contains("British National Grid"));
      for (String t : List.of("wards", "schools", "flows")) {
        GeometryColumns gc = gp.getFeatureDao(t).getGeometryColumns();
        assertEquals(Crs.BNG_SRID, gc.getSrsId(), t + " in BNG");
        Contents c = gp.getContentsDao().queryForId(t);
        assertEquals(Crs.BNG_SRID, c.getSrsId());
        assertNotNull(c.getMinX(), t + " has bounds in gpkg_contents");
      }
      assertEquals(
          GeometryType.LINESTRING,
          gp.getFeatureDao("flows").getGeometryColumns().getGeometryType());
      AttributesDao info = gp.getAttributesDao(GeoPackageWriter.INFO_TABLE);
      Map<String, String> kv = new HashMap<>();
      AttributesResultSet rs = info.queryForAll();
      try {
        while (rs.moveToNext()) {
          kv.put((String) rs.getRow().getValue("key"), (String) rs.getRow().getValue("value"));
        }
      } finally {
        rs.close();
      }
      assertEquals("OFFICIAL-SENSITIVE", kv.get("protective_marking"));
      assertEquals(table.policy().statement(), kv.get("policy_statement"));
      assertEquals("f00d", kv.get("input_sha256 flows.csv"));
      assertEquals("Exploratory, not predictive", kv.get("caveat"));
    }
  }

  @Test
  void flowsArePublishedValuesOnlyAsLines() throws Exception {
    WKBReader wkb = new WKBReader(Crs.BNG_FACTORY);
    try (GeoPackage gp = GeoPackageManager.open(file.toFile(), false)) {
      int hidden = 0;
      for (Map<String, Object> r : rows(gp, "flows")) {
        String ward = (String) r.get("ward_code");
        String urn = (String) r.get("school_urn");
        PublishedValue v = table.get(ward, urn);
        Object value = r.get("cyp");
        if (v.isPublished()) {
          assertEquals("published", r.get("status"));
          assertEquals((long) v.value(), ((Number) value).longValue(), ward + " → " + urn);
        } else {
          hidden++;
          assertEquals("suppressed", r.get("status"), ward + " → " + urn);
          assertNull(value, "a hidden cell has no value: " + ward + " → " + urn);
        }
        Geometry g = wkb.read((byte[]) r.get("__geom"));
        assertTrue(g instanceof LineString, "a line");
        LineString line = (LineString) g;
        assertEquals(
            geo.schools().byUrn(urn).orElseThrow().location().getCoordinate(),
            line.getEndPoint().getCoordinate(),
            "ends at the school");
        assertTrue(
            geo.wards().byCode(ward).orElseThrow().geometry().covers(line.getStartPoint()),
            "starts in the ward");
      }
      assertTrue(hidden > 0);
      // the hidden cells' raw counts are nowhere among the flow values
      for (Map<String, Object> r : rows(gp, "flows")) {
        if ("suppressed".equals(r.get("status"))) {
          int raw = ExportFixtures.raw((String) r.get("ward_code"), (String) r.get("school_urn"));
          assertFalse(
              r.containsValue((long) raw) || r.containsValue(raw), "raw " + raw + " leaked");
        }
      }
    }
  }

  @Test
  void totalsOnWardsAndSchools() throws Exception {
    try (GeoPackage gp = GeoPackageManager.open(file.toFile(), false)) {
      int hidden = 0;
      for (Map<String, Object> r : rows(gp, "wards")) {
        String code = (String) r.get("WD25CD");
        PublishedValue v = table.wardTotal(code);
        if (v.isPublished()) {
          assertEquals((long) v.value(), ((Number) r.get("cyp_total")).longValue(), code);
          assertEquals("published", r.get("cyp_status"));
        } else {
          hidden++;
          assertNull(r.get("cyp_total"), code);
          assertEquals("suppressed", r.get("cyp_status"), code);
        }
        assertNotNull(r.get("__geom"), "ward polygon");
      }
      assertTrue(hidden >= 1, "the island ward's total of 3 is hidden");
      for (Map<String, Object> r : rows(gp, "schools")) {
        PublishedValue v = table.schoolTotal((String) r.get("urn"));
        assertEquals(
            v.isPublished() ? "published" : "suppressed", r.get("cyp_status"), r.get("urn") + "");
        assertEquals(v.isPublished() ? (Object) (long) v.value() : null, r.get("cyp_total"));
      }
    }
  }

  @Test
  void aSchoolWithoutLocationKeepsItsRowsWithoutLines(@TempDir Path tmp) throws Exception {
    Geography g = ExportFixtures.geography();
    List<org.wardflow.model.School> schools = new java.util.ArrayList<>(g.schools().schools());
    org.wardflow.model.School s = schools.get(1);
    schools.set(
        1,
        new org.wardflow.model.School(
            s.urn(),
            s.name(),
            s.phase(),
            s.type(),
            true,
            s.pupils(),
            null,
            s.district(),
            "",
            null));
    Geography noLoc =
        new Geography(g.wards(), new org.wardflow.model.SchoolLayer("s", schools), g.info());
    Path f = tmp.resolve("noloc.gpkg");
    PublishedGeoPackageWriter.Result r =
        PublishedGeoPackageWriter.write(
            f, noLoc, table, PublishedGeoPackageWriter.Options.defaults());
    long cells = 0;
    for (int i = 0; i < table.cellCount(); i++) {
      if (table.schoolUrns().get(table.column(i)).equals(s.urn())) {
        cells++;
      }
    }
    assertTrue(cells > 0);
    assertEquals(cells, r.flowsWithoutGeometry(), "cells of the unlocated school have no line");
    try (GeoPackage gp = GeoPackageManager.open(f.toFile(), false)) {
      assertEquals(table.cellCount(), gp.getFeatureDao("flows").count(), "but keep their rows");
    }
  }
}
