package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

class GeoJsonReaderTest {
  @TempDir Path dir;

  /** Birmingham city centre reference point (STACK.md): BNG 406800, 286800. */
  static final double LON = -1.90130674;

  static final double LAT = 52.47908524;

  static String square(double x, double y, double d) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        x,
        y,
        x + d,
        y,
        x + d,
        y + d,
        x,
        y + d,
        x,
        y);
  }

  static String feature(String code, String name, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"WD25CD\":"
        + (code == null ? "null" : "\"" + code + "\"")
        + ",\"WD25NM\":\""
        + name
        + "\",\"LAD25CD\":\"E08000025\",\"LAD25NM\":\"Birmingham\"},\"geometry\":"
        + geometry
        + "}";
  }

  static String collection(String crs, List<String> features) {
    return "{\"type\":\"FeatureCollection\","
        + (crs == null
            ? ""
            : "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},")
        + "\"features\":[\n"
        + String.join(",\n", features)
        + "\n]}\n";
  }

  Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Five BNG squares 1 km apart around Birmingham. */
  static List<String> bngWards() {
    List<String> f = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      f.add(feature("E0501111" + i, "Ward " + i, square(406_000 + 1000 * i, 286_000, 900)));
    }
    return f;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:ogc:def:crs:EPSG::27700",
        "urn:ogc:def:crs:EPSG:6.6:27700",
        "urn:x-ogc:def:crs:EPSG:27700",
        "EPSG:27700",
        "epsg:27700",
        "http://www.opengis.net/def/crs/EPSG/0/27700",
        "http://www.opengis.net/gml/srs/epsg.xml#27700"
      })
  void bngCrsSpellingsAreRecognised(String crs) throws Exception {
    Path p = write("w.geojson", collection(crs, bngWards()));
    ImportResult<WardLayer> r = Readers.readWards(p);
    assertEquals(5, r.value().size());
    assertEquals(406_000, r.value().extent().getMinX(), 1e-9);
    assertEquals(Severity.INFO, r.report().worst(), r.report().format());
    assertTrue(r.report().issues().stream().anyMatch(i -> i.message().contains("EPSG:27700")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:ogc:def:crs:OGC:1.3:CRS84",
        "urn:ogc:def:crs:OGC::CRS84",
        "CRS84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "EPSG:4326",
        "urn:ogc:def:crs:EPSG::4326"
      })
  void wgs84CrsSpellingsAreReprojected(String crs) throws Exception {
    String g = square(LON - 0.001, LAT - 0.001, 0.002);
    Path p = write("w.geojson", collection(crs, List.of(feature("E05011111", "A", g))));
    Ward w = Readers.readWards(p).value().wards().get(0);
    Coordinate c = w.geometry().getCentroid().getCoordinate();
    assertEquals(406_800, c.x, 80);
    assertEquals(286_800, c.y, 120);
  }

  @Test
  void noCrsWithDegreesIsWgs84WithoutWarning() throws Exception {
    String g = square(LON - 0.001, LAT - 0.001, 0.002);
    Path p = write("w.geojson", collection(null, List.of(feature("E05011111", "A", g))));
    ImportResult<WardLayer> r = Readers.readWards(p);
    assertEquals(Severity.INFO, r.report().worst());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i -> i.message().contains("no crs member") && i.message().contains("detected")));
    assertEquals(406_800, r.value().extent().centre().x, 100);
  }

  @Test
  void noCrsWithMetresIsDetectedAsBngAndWarned() throws Exception {
    Path p = write("w.geojson", collection(null, bngWards()));
    ImportResult<WardLayer> r = Readers.readWards(p);
    assertEquals(406_000, r.value().extent().getMinX(), 1e-9);
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.severity() == Severity.WARNING
                        && i.message().contains("EPSG:27700")
                        && i.message().contains("detected from coordinate ranges")));
  }

  @Test
  void swappedLatLonIsDetected() throws Exception {
    String g = square(LAT - 0.001, LON - 0.001, 0.002);
    Path p = write("w.geojson", collection("EPSG:4326", List.of(feature("E05011111", "A", g))));
    ImportResult<WardLayer> r = Readers.readWards(p);
    assertEquals(406_800, r.value().extent().centre().x, 100);
    assertTrue(r.report().issues().stream().anyMatch(i -> i.message().contains("axes swapped")));
  }

  @Test
  void crsMemberContradictedByCoordinatesIsOverruledAndWarned() throws Exception {
    Path p = write("w.geojson", collection("urn:ogc:def:crs:OGC:1.3:CRS84", bngWards()));
    ImportResult<WardLayer> r = Readers.readWards(p);
    assertEquals(406_000, r.value().extent().getMinX(), 1e-9);
    assertEquals(Severity.WARNING, r.report().worst());
  }

  @Test
  void coordinatesInNoKnownRangeAreFatal() throws Exception {
    Path p =
        write("w.geojson", collection(null, List.of(feature("E1", "A", square(5e7, 5e7, 10)))));
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(p));
    assertTrue(e.getMessage().contains("w.geojson"));
    assertTrue(e.getMessage().contains("neither longitude/latitude nor British National Grid"));
  }

  @Test
  void invalidPolygonIsRepairedAndReported() throws Exception {
    List<String> f = bngWards();
    // A bow-tie: self-intersecting ring.
    f.add(
        feature(
            "E05099999",
            "Bowtie",
            "{\"type\":\"Polygon\",\"coordinates\":[[[407000,287000],[408000,288000],"
                + "[408000,287000],[407000,288000],[407000,287000]]]}"));
    ImportResult<WardLayer> r = Readers.readWards(write("w.geojson", collection("EPSG:27700", f)));
    Ward bow = r.value().byCode("E05099999").orElseThrow();
    assertTrue(bow.geometry().isValid());
    assertEquals(500_000, bow.geometry().getArea(), 1e-6);
    assertEquals(1, r.report().countOf("repaired"));
    Issue i =
        r.report().issues().stream()
            .filter(x -> x.message().contains("GeometryFixer"))
            .findFirst()
            .orElseThrow();
    assertEquals("feature 6 (line 7), E05099999", i.location());
    assertTrue(i.message().contains("self-intersection"), i.message());
  }

  @Test
  void nonPolygonNullEmptyAndUncodedFeaturesAreSkippedEachReported() throws Exception {
    List<String> f = bngWards();
    f.add(feature("E05000101", "Line", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"));
    f.add(feature("E05000102", "Null", "null"));
    f.add(feature("E05000103", "Empty", "{\"type\":\"Polygon\",\"coordinates\":[]}"));
    f.add(feature(null, "No code", square(409_000, 287_000, 100)));
    f.add(feature("E05000104", "Bad", "{\"type\":\"Polygon\",\"coordinates\":[[[1,\"x\"]]]}"));
    f.add(feature("E05000105", "Blob", "{\"type\":\"Blob\",\"coordinates\":[]}"));
    ImportResult<WardLayer> r = Readers.readWards(write("w.geojson", collection("EPSG:27700", f)));
    assertEquals(5, r.value().size());
    assertEquals(6, r.report().countOf("skipped"));
    List<String> msgs = r.report().issues().stream().map(Issue::toString).toList();
    assertTrue(
        msgs.stream().anyMatch(m -> m.contains("feature 6 (line 7), E05000101: is a LineString")),
        msgs.toString());
    assertTrue(
        msgs.stream().anyMatch(m -> m.contains("E05000102: has no geometry")), msgs.toString());
    assertTrue(
        msgs.stream().anyMatch(m -> m.contains("E05000103: has an empty geometry")),
        msgs.toString());
    assertTrue(
        msgs.stream().anyMatch(m -> m.contains("feature 9 (line 10): has no ward code")),
        msgs.toString());
    assertTrue(
        msgs.stream()
            .anyMatch(
                m ->
                    m.contains(
                        "E05000104: has malformed geometry coordinates ('x' is not a number)")),
        msgs.toString());
    assertTrue(
        msgs.stream().anyMatch(m -> m.contains("unknown geometry type \"Blob\"")), msgs.toString());
  }

  @Test
  void duplicateCodesKeepTheFirst() throws Exception {
    List<String> f = bngWards();
    f.add(feature("E05011110", "Second copy", square(420_000, 286_000, 100)));
    ImportResult<WardLayer> r = Readers.readWards(write("w.geojson", collection("EPSG:27700", f)));
    assertEquals("Ward 0", r.value().byCode("E05011110").orElseThrow().name());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.location().startsWith("feature 6")
                        && i.message().contains("first seen at feature 1")));
  }

  @Test
  void wardsOutsideGreatBritainOrFarFromTheRestAreReported() throws Exception {
    List<String> f = bngWards();
    f.add(feature("E05000201", "Far", square(560_000, 286_000, 900)));
    f.add(feature("E05000202", "Negative", square(-50_000, 286_000, 900)));
    ImportResult<WardLayer> r = Readers.readWards(write("w.geojson", collection("EPSG:27700", f)));
    assertEquals(7, r.value().size());
    assertEquals(2, r.report().countOf("outside extent"));
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.location().contains("E05000201")
                        && i.message().contains("km from the middle")));
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.location().contains("E05000202")
                        && i.message().contains("outside Great Britain")));
  }

  @Test
  void fieldDetectionAcceptsAnyYearAndCaseAndReportsTheChoice() throws Exception {
    String text =
        collection(
            "EPSG:27700",
            List.of(
                "{\"type\":\"Feature\",\"properties\":{\"wd19cd\":\"E1\",\"wd19nm\":\"Old\","
                    + "\"wd22cd\":\"E2\",\"wd22nm\":\"New\",\"lad22cd\":\"L\",\"lad22nm\":\"Town\"},"
                    + "\"geometry\":"
                    + square(406_000, 286_000, 100)
                    + "}"));
    ImportResult<WardLayer> r = Readers.readWards(write("w.geojson", text));
    Ward w = r.value().wards().get(0);
    assertEquals("E2", w.code());
    assertEquals("New", w.name());
    assertEquals("Town", w.districtName());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i -> i.message().contains("code wd22cd, name wd22nm, district lad22cd/lad22nm")));
  }

  @Test
  void userMappingIsUsedAndMissingFieldsAreNamed() throws Exception {
    String text =
        collection(
            "EPSG:27700",
            List.of(
                "{\"type\":\"Feature\",\"properties\":{\"id\":\"X1\",\"label\":\"Ward X\"},"
                    + "\"geometry\":"
                    + square(406_000, 286_000, 100)
                    + "}"));
    Path p = write("w.geojson", text);
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(p));
    assertTrue(e.getMessage().contains("no ward code field"), e.getMessage());
    assertTrue(e.getMessage().contains("id, label"), e.getMessage());
    Ward w = Readers.readWards(p, WardFieldMapping.of("ID", "Label")).value().wards().get(0);
    assertEquals("X1", w.code());
    assertEquals("Ward X", w.name());
    ImportException e2 =
        assertThrows(
            ImportException.class,
            () -> Readers.readWards(p, new WardFieldMapping("id", "label", "lad", null)));
    assertTrue(
        e2.getMessage().contains("the chosen field lad is not in the file"), e2.getMessage());
  }

  @Test
  void emptyCollectionSaysSo() throws Exception {
    Path p = write("none.geojson", collection("EPSG:27700", List.of()));
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(p));
    assertEquals(
        "Cannot read wards from none.geojson: the file contains no features.", e.getMessage());
    ImportException e2 = assertThrows(ImportException.class, () -> Readers.readSchools(p));
    assertTrue(e2.getMessage().contains("contains no features"), e2.getMessage());
  }

  @Test
  void singleFeatureAndFeatureIdAreRead() throws Exception {
    String text =
        "{\"type\":\"Feature\",\"id\":\"E05011111\",\"properties\":{\"name\":\"Solo\"},"
            + "\"geometry\":"
            + square(406_000, 286_000, 100)
            + "}";
    Path p = write("one.geojson", text);
    Ward w = Readers.readWards(p, WardFieldMapping.of("id", "name")).value().wards().get(0);
    assertEquals("E05011111", w.code());
  }

  @Test
  void truncatedJsonNamesLineAndColumn() throws Exception {
    String full = collection("EPSG:27700", bngWards());
    Path p = write("cut.geojson", full.substring(0, full.length() / 2));
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(p));
    assertTrue(
        e.getMessage().startsWith("Cannot read cut.geojson: the file ends unexpectedly at line"),
        e.getMessage());
    assertTrue(e.getMessage().contains("truncated"));
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void jsonThatIsNotGeoJsonIsExplained() throws Exception {
    ImportException e =
        assertThrows(ImportException.class, () -> Readers.readWards(write("a.json", "[1,2,3]")));
    assertTrue(e.getMessage().contains("starts with a list"), e.getMessage());
    ImportException e2 =
        assertThrows(
            ImportException.class,
            () -> Readers.readWards(write("b.json", "{\"type\":\"Topology\"}")));
    assertTrue(e2.getMessage().contains("\"Topology\""), e2.getMessage());
  }

  @Test
  void fileIsNotModified() throws Exception {
    Path p = write("w.geojson", collection("EPSG:27700", bngWards()));
    byte[] before = Files.readAllBytes(p);
    long modified = Files.getLastModifiedTime(p).toMillis();
    Readers.readWards(p);
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(p));
    assertEquals(modified, Files.getLastModifiedTime(p).toMillis());
  }

  @Test
  void pointGeoJsonReadsAsSchools() throws Exception {
    String text =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + String.format(
                Locale.ROOT,
                "{\"type\":\"Feature\",\"properties\":{\"URN\":\"1\",\"EstablishmentName\":\"A\","
                    + "\"PhaseOfEducation (name)\":\"Primary\"},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[%s,%s]}},",
                LON,
                LAT)
            + "{\"type\":\"Feature\",\"properties\":{\"URN\":\"2\"},\"geometry\":null}]}";
    Path p = write("s.geojson", text);
    assertEquals(List.of(Detection.Content.SCHOOLS), Readers.detect(p).contents());
    var r = Readers.readSchools(p);
    assertEquals(406_800, r.value().byUrn("1").orElseThrow().location().getX(), 1);
    assertEquals("A", r.value().byUrn("1").orElseThrow().name());
    assertNull(r.value().byUrn("2").orElseThrow().location());
    assertTrue(r.report().issues().stream().anyMatch(i -> i.location().contains("URN 2")));
  }
}
