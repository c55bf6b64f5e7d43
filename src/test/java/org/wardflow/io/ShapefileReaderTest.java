package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wardflow.io.TestShapefileWriter.ccwSquare;
import static org.wardflow.io.TestShapefileWriter.cwSquare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.TestShapefileWriter.Shape;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

class ShapefileReaderTest {
  @TempDir Path dir;

  private static final List<String> FIELDS = List.of("WD24CD", "WD24NM", "LAD24CD", "LAD24NM");

  private static String[] row(int i) {
    return new String[] {"E0500000" + i, "Ward " + i, "E08000025", "Birmingham"};
  }

  /** Ward 1: square with a square hole; ward 2: two squares; ward 3: a plain square. */
  private Path threeWards(int shapeType, String prj, boolean shx) throws IOException {
    Path shp = dir.resolve("wards.shp");
    List<Shape> shapes =
        List.of(
            Shape.of(cwSquare(400_000, 280_000, 1000), ccwSquare(400_250, 280_250, 500)),
            Shape.of(cwSquare(402_000, 280_000, 1000), cwSquare(404_000, 280_000, 1000)),
            Shape.of(cwSquare(406_000, 280_000, 1000)));
    TestShapefileWriter.write(
        shp, shapeType, shapes, FIELDS, List.of(row(1), row(2), row(3)), prj, shx);
    return shp;
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 15, 25})
  void polygonTypesRoundTripWithHolesAndParts(int type) throws Exception {
    Path shp = threeWards(type, TestShapefileWriter.ESRI_BNG_WKT, true);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    WardLayer w = r.value();
    assertEquals(3, w.size());
    Ward w1 = w.byCode("E05000001").orElseThrow();
    assertInstanceOf(Polygon.class, w1.geometry());
    assertEquals(1, ((Polygon) w1.geometry()).getNumInteriorRing());
    assertEquals(1_000_000 - 250_000, w1.geometry().getArea(), 1e-6);
    Ward w2 = w.byCode("E05000002").orElseThrow();
    assertInstanceOf(MultiPolygon.class, w2.geometry());
    assertEquals(2_000_000, w2.geometry().getArea(), 1e-6);
    assertEquals("Ward 3", w.byCode("E05000003").orElseThrow().name());
    assertEquals("Birmingham", w1.districtName());
    // ESRI's BNG WKT is recognised as EPSG:27700: no reprojection, coordinates unchanged.
    assertEquals(400_000, w1.geometry().getEnvelopeInternal().getMinX(), 1e-9);
    assertTrue(
        r.report().issues().stream().anyMatch(i -> i.message().contains("EPSG:27700")),
        r.report().format());
    assertEquals(Severity.INFO, r.report().worst(), r.report().format());
  }

  @Test
  void wgs84PrjIsReprojected() throws Exception {
    Path shp = dir.resolve("ll.shp");
    Coordinate[] ring = {
      new Coordinate(-1.91, 52.47),
      new Coordinate(-1.91, 52.49),
      new Coordinate(-1.89, 52.49),
      new Coordinate(-1.89, 52.47),
      new Coordinate(-1.91, 52.47)
    };
    TestShapefileWriter.write(
        shp,
        5,
        List.of(Shape.of(ring)),
        FIELDS,
        List.<String[]>of(row(1)),
        TestShapefileWriter.ESRI_WGS84_WKT,
        true);
    Ward w = Readers.readWards(shp).value().wards().get(0);
    Coordinate ref = CrsTransform.wgs84ToBng(-1.90130674, 52.47908524);
    assertEquals(406800, ref.x, 1);
    assertTrue(w.geometry().getEnvelopeInternal().contains(ref));
  }

  @Test
  void missingPrjIsDetectedAndReported() throws Exception {
    Path shp = threeWards(5, null, true);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(3, r.value().size());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i ->
                    i.severity() == Severity.WARNING
                        && i.message().contains("no wards.prj")
                        && i.message().contains("detected")),
        r.report().format());
  }

  @Test
  void missingShxIsReportedAndShapesAreReadInSequence() throws Exception {
    Path shp = threeWards(5, TestShapefileWriter.ESRI_BNG_WKT, false);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(3, r.value().size());
    assertTrue(
        r.report().issues().stream().anyMatch(i -> i.message().contains("no wards.shx index")));
  }

  @Test
  void missingDbfIsFatalWithAClearMessage() throws Exception {
    Path shp = dir.resolve("nodbf.shp");
    TestShapefileWriter.write(
        shp, 5, List.of(Shape.of(cwSquare(0, 0, 10))), FIELDS, null, null, true);
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(shp));
    assertTrue(e.getMessage().contains("nodbf.shp"), e.getMessage());
    assertTrue(e.getMessage().contains("nodbf.dbf is missing"), e.getMessage());
  }

  @Test
  void emptyDbfIsFatalWithAClearMessage() throws Exception {
    Path shp = threeWards(5, null, true);
    Files.write(dir.resolve("wards.dbf"), new byte[0]);
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(shp));
    assertTrue(e.getMessage().contains("wards.dbf is empty (0 bytes)"), e.getMessage());
  }

  @Test
  void truncatedShpKeepsCompleteRecordsAndReportsAnError() throws Exception {
    Path shp = threeWards(5, TestShapefileWriter.ESRI_BNG_WKT, true);
    byte[] b = Files.readAllBytes(shp);
    Files.write(shp, Arrays.copyOf(b, b.length - 30));
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(2, r.value().size());
    assertTrue(r.report().hasErrors());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(i -> i.location().equals("record 3") && i.message().contains("truncated")),
        r.report().format());
  }

  @Test
  void truncatedShpWithoutShxIsAlsoReported() throws Exception {
    Path shp = threeWards(5, TestShapefileWriter.ESRI_BNG_WKT, false);
    byte[] b = Files.readAllBytes(shp);
    Files.write(shp, Arrays.copyOf(b, b.length - 30));
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(2, r.value().size());
    assertTrue(r.report().hasErrors(), r.report().format());
  }

  @Test
  void headerOnlyShpIsTooShort() throws Exception {
    Path shp = threeWards(5, null, true);
    byte[] b = Files.readAllBytes(shp);
    Files.write(shp, Arrays.copyOf(b, 60));
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(shp));
    assertTrue(e.getMessage().contains("60 bytes"), e.getMessage());
  }

  @Test
  void ringsAgainstTheSpecAreNestedByContainment() throws Exception {
    // Outer ring counter-clockwise and hole clockwise: the opposite of the spec.
    Path shp = dir.resolve("inverted.shp");
    TestShapefileWriter.write(
        shp,
        5,
        List.of(Shape.of(ccwSquare(400_000, 280_000, 1000), cwSquare(400_250, 280_250, 500))),
        FIELDS,
        List.<String[]>of(row(1)),
        TestShapefileWriter.ESRI_BNG_WKT,
        true);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    Ward w = r.value().wards().get(0);
    assertEquals(750_000, w.geometry().getArea(), 1e-6);
    assertEquals(1, ((Polygon) w.geometry()).getNumInteriorRing());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i -> i.location().startsWith("record 1") && i.message().contains("orientation")));
  }

  @Test
  void nullShapesAreSkippedAndReported() throws Exception {
    Path shp = dir.resolve("nulls.shp");
    TestShapefileWriter.write(
        shp,
        5,
        List.of(new Shape(List.of()), Shape.of(cwSquare(400_000, 280_000, 100))),
        FIELDS,
        List.of(row(1), row(2)),
        TestShapefileWriter.ESRI_BNG_WKT,
        true);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(1, r.value().size());
    assertTrue(
        r.report().issues().stream()
            .anyMatch(
                i -> i.location().startsWith("record 1") && i.message().contains("Null shape")));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 11, 21, 8})
  void pointShapefilesReadAsSchools(int type) throws Exception {
    Path shp = dir.resolve("schools.shp");
    List<Shape> shapes = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      shapes.add(Shape.of(new Coordinate[] {new Coordinate(406_000 + i * 100, 286_000)}));
      rows.add(new String[] {"10000" + i, "School " + i, "Primary"});
    }
    TestShapefileWriter.write(
        shp,
        type,
        shapes,
        List.of("URN", "NAME", "PHASE"),
        rows,
        TestShapefileWriter.ESRI_BNG_WKT,
        true);
    assertEquals(List.of(Detection.Content.SCHOOLS), Readers.detect(shp).contents());
    SchoolLayer s = Readers.readSchools(shp).value();
    assertEquals(3, s.size());
    assertEquals(406_100, s.byUrn("100001").orElseThrow().location().getX(), 1e-9);
    assertEquals("School 2", s.byUrn("100002").orElseThrow().name());
  }

  @Test
  void polylinesAreRejectedPerFeatureAndTheFileFails() throws Exception {
    Path shp = dir.resolve("lines.shp");
    TestShapefileWriter.write(
        shp,
        3,
        List.of(Shape.of(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 10)})),
        FIELDS,
        List.<String[]>of(row(1)),
        TestShapefileWriter.ESRI_BNG_WKT,
        true);
    assertTrue(Readers.detect(shp).problem().contains("line"));
    ImportException e = assertThrows(ImportException.class, () -> Readers.readWards(shp));
    assertTrue(e.getMessage().contains("LineString, not a polygon"), e.getMessage());
  }

  @Test
  void openingTheDbfOpensTheShapefile() throws Exception {
    threeWards(5, TestShapefileWriter.ESRI_BNG_WKT, true);
    assertEquals(3, Readers.readWards(dir.resolve("wards.dbf")).value().size());
  }

  @Test
  void corruptPartCountsAreReportedPerRecord() throws Exception {
    Path shp = threeWards(5, TestShapefileWriter.ESRI_BNG_WKT, true);
    byte[] b = Files.readAllBytes(shp);
    // Record 1 content starts at byte 108; numPoints (LE int) sits 40 bytes in.
    java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(108 + 40, 1_000_000);
    Files.write(shp, b);
    ImportResult<WardLayer> r = Readers.readWards(shp);
    assertEquals(2, r.value().size());
    assertNull(r.value().byCode("E05000001").orElse(null));
    assertTrue(
        r.report().issues().stream()
            .anyMatch(i -> i.location().startsWith("record 1") && i.message().contains("corrupt")),
        r.report().format());
  }
}
