package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/** Round trip: a GeoPackage written here with NGA directly, read back through {@link Readers}. */
class GeoPackageReaderTest {
  static final String BNG_WKT =
      "PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\","
          + "SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]],"
          + "TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY[\"EPSG\",\"6277\"]],"
          + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
          + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4277\"]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
          + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],"
          + "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
          + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";

  @TempDir Path dir;
  Path gpkg;

  @BeforeEach
  void writeGeoPackage() throws Exception {
    gpkg = dir.resolve("area.gpkg");
    GeoPackageManager.create(gpkg.toFile());
    try (GeoPackage gp = GeoPackageManager.open(gpkg.toFile())) {
      SpatialReferenceSystem bng = new SpatialReferenceSystem();
      bng.setSrsName("OSGB 1936 / British National Grid");
      bng.setSrsId(27700);
      bng.setOrganization("EPSG");
      bng.setOrganizationCoordsysId(27700);
      bng.setDefinition(BNG_WKT);
      gp.getSpatialReferenceSystemDao().create(bng);
      SpatialReferenceSystem wgs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);

      table(gp, "roads", GeometryType.LINESTRING, bng, List.of("name"));
      table(gp, "wards", GeometryType.MULTIPOLYGON, bng, List.of("WD25CD", "WD25NM", "LAD25NM"));
      add(
          gp,
          "wards",
          "POLYGON((400000 280000, 401000 280000, 401000 281000, 400000 281000, 400000 280000))",
          27700,
          Map.of("WD25CD", "E05000001", "WD25NM", "One", "LAD25NM", "Town"));
      add(
          gp,
          "wards",
          "POLYGON((401000 280000, 402000 280000, 402000 281000, 401000 281000, 401000 280000))",
          27700,
          Map.of("WD25CD", "E05000002", "WD25NM", "Two", "LAD25NM", "Town"));
      add(gp, "wards", null, 27700, Map.of("WD25CD", "E05000003", "WD25NM", "No shape"));

      table(gp, "schools", GeometryType.POINT, wgs, List.of("URN", "EstablishmentName"));
      add(
          gp,
          "schools",
          "POINT(-1.90130674 52.47908524)",
          4326,
          Map.of("URN", "100001", "EstablishmentName", "Centre School"));
      add(
          gp,
          "schools",
          "POINT(0 0)",
          4326,
          Map.of("URN", "100002", "EstablishmentName", "At sea"));
    }
  }

  static void table(
      GeoPackage gp,
      String name,
      GeometryType type,
      SpatialReferenceSystem srs,
      List<String> cols) {
    GeometryColumns gc = new GeometryColumns();
    gc.setId(new TableColumnKey(name, "geom"));
    gc.setGeometryType(type);
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrs(srs);
    List<FeatureColumn> fc = new ArrayList<>();
    for (String c : cols) {
      fc.add(FeatureColumn.createColumn(c, GeoPackageDataType.TEXT));
    }
    gp.createFeatureTable(FeatureTableMetadata.create(gc, fc, new BoundingBox(-180, -90, 180, 90)));
  }

  static void add(GeoPackage gp, String table, String wkt, int srid, Map<String, String> values)
      throws Exception {
    FeatureDao dao = gp.getFeatureDao(table);
    FeatureRow r = dao.newRow();
    if (wkt != null) {
      Geometry g = new WKTReader().read(wkt);
      r.setGeometry(
          GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srid, new WKBWriter().write(g)));
    }
    values.forEach(r::setValue);
    dao.create(r);
  }

  @Test
  void wardsRoundTripFromTheFirstPolygonTable() throws Exception {
    ImportResult<WardLayer> r = Readers.readWards(gpkg);
    WardLayer w = r.value();
    assertEquals("wards", w.name());
    assertEquals(2, w.size());
    Ward one = w.byCode("E05000001").orElseThrow();
    assertEquals("One", one.name());
    assertEquals("Town", one.districtName());
    assertEquals(1_000_000, one.geometry().getArea(), 1e-6);
    assertEquals(400_000, one.geometry().getEnvelopeInternal().getMinX(), 1e-9);
    assertTrue(r.report().issues().stream().anyMatch(i -> i.message().contains("EPSG:27700")));
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.location().equals("feature fid=3, E05000003")
                        && i.message().contains("NULL")),
        r.report().format());
  }

  @Test
  void schoolsAreReprojectedFromWgs84() throws Exception {
    ImportResult<SchoolLayer> r = Readers.readSchools(gpkg);
    SchoolLayer s = r.value();
    assertEquals(2, s.size());
    assertEquals(406_800, s.byUrn("100001").orElseThrow().location().getX(), 1);
    assertEquals(286_800, s.byUrn("100001").orElseThrow().location().getY(), 1);
    assertEquals("Centre School", s.byUrn("100001").orElseThrow().name());
    // 0°, 0° is in the Gulf of Guinea: outside Great Britain, kept without a location.
    assertNull(s.byUrn("100002").orElseThrow().location());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.location().contains("100002")
                        && i.message().contains("outside Great Britain")));
  }

  @Test
  void layersAreListedAndDetected() throws Exception {
    List<GeoPackageReader.LayerInfo> l = GeoPackageReader.layers(gpkg);
    assertEquals(
        List.of("roads", "wards", "schools"),
        l.stream().map(GeoPackageReader.LayerInfo::table).toList());
    assertEquals(GeometryKind.POLYGON, l.get(1).kind());
    assertEquals("EPSG:27700", l.get(1).srs());
    assertEquals(3, l.get(1).features());
    assertEquals(
        List.of(Detection.Content.WARDS, Detection.Content.SCHOOLS),
        Readers.detect(gpkg).contents());
  }

  @Test
  void namedTablesAndWrongTablesAreExplained() throws Exception {
    assertEquals(2, Readers.readWards(gpkg, "WARDS", null).value().size());
    ImportException missing =
        assertThrows(ImportException.class, () -> Readers.readWards(gpkg, "parishes", null));
    assertTrue(
        missing.getMessage().contains("no feature table named 'parishes'"), missing.getMessage());
    assertTrue(missing.getMessage().contains("roads (LINESTRING"), missing.getMessage());
    ImportException wrong =
        assertThrows(ImportException.class, () -> Readers.readWards(gpkg, "roads", null));
    assertTrue(
        wrong.getMessage().contains("LINESTRING geometries, not polygons"), wrong.getMessage());
  }

  @Test
  void theFileIsNeverModified() throws Exception {
    byte[] before = Files.readAllBytes(gpkg);
    Readers.readWards(gpkg);
    Readers.readSchools(gpkg);
    Readers.detect(gpkg);
    assertArrayEquals(before, Files.readAllBytes(gpkg));
    try (var s = Files.list(dir)) {
      assertEquals(List.of("area.gpkg"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void garbageAndPlainSqliteAreNotGeoPackages() throws Exception {
    Path junk = dir.resolve("junk.gpkg");
    Files.write(junk, new byte[] {1, 2, 3, 0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(junk));
    assertTrue(e.getMessage().contains("junk.gpkg"), e.getMessage());
    assertTrue(e.getMessage().contains("SQLite header"), e.getMessage());

    Path db = dir.resolve("plain.gpkg");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("create table t(a)");
    }
    ImportException e2 = assertThrows(ImportException.class, () -> Readers.readWards(db));
    assertTrue(e2.getMessage().contains("not a GeoPackage"), e2.getMessage());

    Path cut = dir.resolve("cut.gpkg");
    byte[] b = Files.readAllBytes(gpkg);
    Files.write(cut, java.util.Arrays.copyOf(b, 2048));
    ImportException e3 = assertThrows(ImportException.class, () -> Readers.readWards(cut));
    assertTrue(e3.getMessage().startsWith("Cannot read cut.gpkg"), e3.getMessage());
  }
}
