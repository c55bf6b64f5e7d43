package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wardflow.cli.Cli;

/**
 * The malformed inputs in src/test/resources/malformed through {@code wardflow validate}: each
 * gives a one-paragraph message naming the file (and line/feature where there is one), the right
 * exit code, no stack trace, and no hang.
 */
class MalformedFilesTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Path resource(String name) throws Exception {
    return Path.of(MalformedFilesTest.class.getResource("/malformed/" + name).toURI());
  }

  static Run validate(String... args) {
    List<String> a = new ArrayList<>(List.of("validate"));
    a.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                Cli.run(
                    a.toArray(new String[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The single ERROR line of a report: one paragraph, no stack trace. */
  static String errorLine(Run r) {
    assertFalse(r.out().contains("Exception"), r.out());
    assertFalse(r.out().contains("\tat "), r.out());
    assertEquals("", r.err());
    List<String> errors = r.out().lines().filter(l -> l.trim().startsWith("ERROR")).toList();
    assertEquals(1, errors.size(), r.out());
    return errors.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated.geojson|Cannot read truncated.geojson: the file ends unexpectedly at line 6,"
            + " column 1",
        "wrong-geometry.geojson|Cannot use wrong-geometry.geojson: it has no polygon or point"
            + " features — 2 line features (feature 1 (line 4) is a LineString)",
        "garbage.bin|Cannot read garbage.bin: it contains binary data",
        "missing-columns.csv|Cannot read schools from missing-columns.csv: required column"
            + " Easting and Northing (or Longitude and Latitude) is missing. The columns found"
            + " are: URN, EstablishmentName, Postcode.",
        "empty.csv|Cannot read empty.csv: the file is empty (0 bytes)",
        "zero-dbf.shp|Cannot read zero-dbf.shp: its attribute table zero-dbf.dbf is empty (0"
            + " bytes)",
        "no-dbf.shp|Cannot read no-dbf.shp: its attribute table no-dbf.dbf is missing"
      })
  void eachMalformedFileGivesAClearErrorAndExitCode2(String file, String message) throws Exception {
    Run r = validate(resource(file).toString());
    assertEquals(Cli.ERRORS, r.exit(), r.out());
    String line = errorLine(r);
    assertTrue(line.contains(message), line);
    assertTrue(r.out().contains("1 with errors"), r.out());
  }

  @Test
  void nonNumericCoordinatesAreAWarningWithTheLineNumber() throws Exception {
    Run r = validate(resource("non-numeric-coords.csv").toString());
    assertEquals(Cli.WARNINGS, r.exit(), r.out());
    assertTrue(
        r.out()
            .contains(
                "WARNING line 3, URN 103121: Easting 'four hundred' is not a number; kept without"
                    + " a location"),
        r.out());
    assertTrue(r.out().contains("schools: 2"), r.out());
  }

  @Test
  void readingWrongGeometryAsWardsNamesEachFeature() throws Exception {
    Run r = validate("--as", "wards", resource("wrong-geometry.geojson").toString());
    assertEquals(Cli.ERRORS, r.exit());
    assertTrue(r.out().contains("none of its 2 features is a usable ward polygon"), r.out());
    assertTrue(
        r.out().contains("feature 1 (line 4), E05011118 is a LineString, not a polygon"), r.out());
  }

  @Test
  void binaryGarbageWithAGeoJsonNameIsExplained() throws Exception {
    Path g = dir.resolve("wards.geojson");
    Files.copy(resource("garbage.bin"), g);
    Run r = validate(g.toString());
    assertEquals(Cli.ERRORS, r.exit());
    assertTrue(
        errorLine(r)
            .contains("Cannot read wards.geojson: it contains binary data, not GeoJSON text"));
  }

  @Test
  void openingTheZeroByteDbfItselfPointsAtTheShapefile() throws Exception {
    Run r = validate(resource("zero-dbf.dbf").toString());
    assertEquals(Cli.ERRORS, r.exit());
    assertTrue(errorLine(r).contains("zero-dbf.dbf is empty (0 bytes)"));
  }

  @Test
  void exceptionMessagesAreSingleParagraphs() throws Exception {
    for (String f :
        List.of(
            "truncated.geojson",
            "garbage.bin",
            "empty.csv",
            "zero-dbf.shp",
            "no-dbf.shp",
            "missing-columns.csv")) {
      Path p = resource(f);
      for (ThrowingRead read : List.<ThrowingRead>of(Readers::readWards, Readers::readSchools)) {
        try {
          read.apply(p);
        } catch (ImportException e) {
          assertFalse(e.getMessage().contains("\n"), e.getMessage());
          assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
          assertEquals(p, e.file());
        }
      }
    }
  }

  interface ThrowingRead {
    Object apply(Path p) throws ImportException;
  }

  @Test
  void cleanFileExitsZeroAndWorstFileWins() throws Exception {
    Path clean = dir.resolve("clean.geojson");
    Files.writeString(
        clean,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"WD25CD\":\"E05011118\",\"WD25NM\":\"Acocks Green\"},\"geometry\":{\"type\":"
            + "\"Polygon\",\"coordinates\":[[[-1.82,52.43],[-1.81,52.43],[-1.81,52.44],"
            + "[-1.82,52.44],[-1.82,52.43]]]}}]}");
    Run ok = validate(clean.toString());
    assertEquals(Cli.OK, ok.exit(), ok.out());
    assertTrue(ok.out().contains("1 clean"), ok.out());

    Run warn = validate(clean.toString(), resource("non-numeric-coords.csv").toString());
    assertEquals(Cli.WARNINGS, warn.exit(), warn.out());

    Run all =
        validate(
            clean.toString(),
            resource("non-numeric-coords.csv").toString(),
            resource("truncated.geojson").toString());
    assertEquals(Cli.ERRORS, all.exit(), all.out());
    assertTrue(all.out().contains("3 files — 1 clean, 1 with warnings, 1 with errors"), all.out());
  }

  @Test
  void missingFileAndMissingArgumentsAreHandled() {
    Run r = validate(dir.resolve("nope.geojson").toString());
    assertEquals(Cli.ERRORS, r.exit());
    assertTrue(errorLine(r).contains("nope.geojson does not exist"), r.out());
    Run none = validate();
    assertEquals(Cli.USAGE, none.exit());
    assertTrue(none.err().contains("give at least one file"), none.err());
  }

  @Test
  void wardFiguresAreJoinedWithTheWardFileGiven() throws Exception {
    Path wards = dir.resolve("w.geojson");
    Files.writeString(
        wards,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"WD25CD\":\"E05011118\",\"WD25NM\":\"Acocks Green\"},\"geometry\":{\"type\":"
            + "\"Polygon\",\"coordinates\":[[[-1.82,52.43],[-1.81,52.43],[-1.81,52.44],"
            + "[-1.82,52.44],[-1.82,52.43]]]}}]}");
    Path figures = dir.resolve("pop.csv");
    Files.writeString(figures, "WD25CD,people\nE05011118,100\nE05099999,5\n");
    Run r = validate(figures.toString(), wards.toString());
    assertEquals(Cli.WARNINGS, r.exit(), r.out());
    assertTrue(r.out().contains("E05099999 (line 3)"), r.out());
    assertTrue(r.out().indexOf("pop.csv") < r.out().indexOf("w.geojson"), "argument order kept");
  }
}
