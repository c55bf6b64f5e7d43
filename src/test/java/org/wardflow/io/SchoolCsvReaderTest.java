package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

class SchoolCsvReaderTest {
  @TempDir Path dir;

  /** Headers exactly as the GIAS "edubasealldata" download has them (a subset, in its order). */
  static final String GIAS_HEADER =
      "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),"
          + "EstablishmentStatus (name),PhaseOfEducation (name),NumberOfPupils,Postcode,Easting,Northing";

  static final String GIAS_ROWS =
      String.join(
          "\n",
          "103120,330,Birmingham,1001,Bordesley Green East Nursery School,Local authority nursery school,Open,Nursery,73,B9 5QA,412817,286694",
          "140604,336,Wolverhampton,1100,Central Learning Partnership,Pupil referral unit,Open,Not applicable,,WV1 1AA,0,0",
          "100003,330,Birmingham,2000,\"St Thomas's, Aston\",Voluntary aided school,Closed,Primary,210,B6 4AA,407000,289000",
          "100004,330,Birmingham,2001,Café School,Academy converter,\"Open, but proposed to close\",Secondary,abc,B1 1AA,406000,287000",
          "100005,330,Birmingham,2002,Bad Coordinates,Academy converter,Open,Primary,100,B1 1AB,40x6000,287000",
          "103120,330,Birmingham,1001,Duplicate,Local authority nursery school,Open,Nursery,73,B9 5QA,412817,286694",
          "100006,330,Birmingham,2003,Far North,Academy converter,Open,Primary,100,ZE1 0AA,446000,1141000",
          "100007,330,Birmingham,2004,Off the grid,Academy converter,Open,Primary,100,,900000,287000",
          "100008,330,Birmingham,2005,Extra A,Academy converter,Open,Primary,100,B1 1AC,406100,287100",
          "100009,330,Birmingham,2006,Extra B,Academy converter,Open,Primary,100,B1 1AD,406200,287200",
          "100010,330,Birmingham,2007,Extra C,Academy converter,Open,Primary,100,B1 1AE,406300,287300",
          "");

  Path write(String name, String text, Charset cs, boolean bom) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.write(text.getBytes(cs));
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private static boolean has(ImportResult<?> r, Severity s, String location, String text) {
    for (Issue i : r.report().issues()) {
      if (i.severity() == s && i.location().equals(location) && i.message().contains(text)) {
        return true;
      }
    }
    return false;
  }

  void checkGias(ImportResult<SchoolLayer> r) {
    SchoolLayer s = r.value();
    assertEquals(10, s.size(), r.report().format());
    School nursery = s.byUrn("103120").orElseThrow();
    assertEquals("Bordesley Green East Nursery School", nursery.name());
    assertEquals(Phase.NURSERY, nursery.phase());
    assertEquals(73, nursery.pupils());
    assertEquals("Birmingham", nursery.district());
    assertEquals("B9 5QA", nursery.postcode());
    assertEquals(412_817, nursery.location().getX(), 0);
    assertEquals("Local authority nursery school", nursery.type());
    assertEquals("330", nursery.attributes().get("LA (code)"));

    assertNull(s.byUrn("140604").orElseThrow().location());
    assertTrue(has(r, Severity.WARNING, "line 3, URN 140604", "0,0"), r.report().format());

    School closed = s.byUrn("100003").orElseThrow();
    assertFalse(closed.open());
    assertEquals("St Thomas's, Aston", closed.name());
    assertTrue(r.report().issues().stream().anyMatch(i -> i.message().contains("100003 (Closed)")));

    School cafe = s.byUrn("100004").orElseThrow();
    assertEquals("Café School", cafe.name());
    assertTrue(cafe.open());
    assertEquals(-1, cafe.pupils());
    assertTrue(has(r, Severity.WARNING, "line 5, URN 100004", "'abc' is not a valid count"));

    assertNull(s.byUrn("100005").orElseThrow().location());
    assertTrue(has(r, Severity.WARNING, "line 6, URN 100005", "Easting '40x6000' is not a number"));

    assertTrue(
        has(r, Severity.WARNING, "line 7, URN 103120", "first at line 2"), r.report().format());
    assertEquals(1, r.report().countOf("skipped"));

    assertTrue(s.byUrn("100006").orElseThrow().hasLocation(), "Shetland is in GB: kept");
    assertTrue(has(r, Severity.WARNING, "line 8, URN 100006", "km from the middle"));
    assertNull(s.byUrn("100007").orElseThrow().location());
    assertTrue(has(r, Severity.WARNING, "line 9, URN 100007", "outside Great Britain"));
    assertEquals(3, r.report().countOf("no location"));
  }

  @Test
  void giasInCp1252() throws Exception {
    Path p =
        write(
            "edubase.csv", GIAS_HEADER + "\n" + GIAS_ROWS, Charset.forName("windows-1252"), false);
    ImportResult<SchoolLayer> r = Readers.readSchools(p);
    checkGias(r);
    assertTrue(r.report().issues().stream().anyMatch(i -> i.message().contains("cp1252")));
  }

  @Test
  void giasInUtf8WithBomAndCrlf() throws Exception {
    String text = (GIAS_HEADER + "\n" + GIAS_ROWS).replace("\n", "\r\n");
    ImportResult<SchoolLayer> r =
        Readers.readSchools(write("e.csv", text, StandardCharsets.UTF_8, true));
    checkGias(r);
    assertTrue(
        r.report().issues().stream()
            .anyMatch(i -> i.message().contains("UTF-8 with byte-order mark")));
  }

  @Test
  void giasInUtf8WithoutBom() throws Exception {
    ImportResult<SchoolLayer> r =
        Readers.readSchools(
            write("e.csv", GIAS_HEADER + "\n" + GIAS_ROWS, StandardCharsets.UTF_8, false));
    checkGias(r);
  }

  @Test
  void excelUnicodeTextIsUtf16TabSeparated() throws Exception {
    String text = (GIAS_HEADER + "\n" + GIAS_ROWS).replace(",", "\t");
    // The quoted names contain commas in the CSV; as tab-separated text they are plain fields.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.write(text.replace("\"", "").getBytes(StandardCharsets.UTF_16LE));
    Path p = dir.resolve("unicode.txt");
    Files.write(p, out.toByteArray());
    ImportResult<SchoolLayer> r = Readers.readSchools(p);
    assertEquals(10, r.value().size(), r.report().format());
    assertEquals("Café School", r.value().byUrn("100004").orElseThrow().name());
    assertTrue(
        r.report().format().contains("UTF-16 (little-endian) with byte-order mark, tab-separated"));
  }

  @Test
  void snakeCaseVariant() throws Exception {
    String text =
        "\"urn\",\"la_name\",\"establishment_name\",\"establishment_type\",\"education_phase\","
            + "\"number_of_pupils\",\"easting\",\"northing\",\"longitude\",\"latitude\"\n"
            + "\"1\",\"Birmingham\",\"A\",\"Academy\",\"16 plus\",12,406800,286800,-1.9,52.5\n"
            + "\"2\",\"Birmingham\",\"B\",\"Academy\",\"All-through\",NA,407800,286800,-1.8,52.5\n";
    ImportResult<SchoolLayer> r =
        Readers.readSchools(write("s.csv", text, StandardCharsets.UTF_8, false));
    assertEquals(Phase.SIXTEEN_PLUS, r.value().byUrn("1").orElseThrow().phase());
    assertEquals(Phase.ALL_THROUGH, r.value().byUrn("2").orElseThrow().phase());
    assertEquals(406_800, r.value().byUrn("1").orElseThrow().location().getX(), 0);
    assertTrue(
        r.report().issues().stream()
            .anyMatch(i -> i.message().contains("easting/northing in EPSG:27700")));
  }

  @Test
  void missingColumnsNameThemAndListThoseFound() throws Exception {
    Path p = write("m.csv", "School,Town\nA,Brum\n", StandardCharsets.UTF_8, false);
    ImportException e = assertThrows(ImportException.class, () -> Readers.readSchools(p));
    assertEquals(
        "Cannot read schools from m.csv: required columns URN and Easting and Northing (or"
            + " Longitude and Latitude) are missing. The columns found are: School, Town. Map the"
            + " columns by hand for a file that is not a GIAS download.",
        e.getMessage());
    Path q = write("n.csv", "URN,Town\n1,Brum\n", StandardCharsets.UTF_8, false);
    ImportException e2 = assertThrows(ImportException.class, () -> Readers.readSchools(q));
    assertTrue(
        e2.getMessage()
            .contains(
                "required column Easting and Northing (or Longitude and Latitude)" + " is missing"),
        e2.getMessage());
    Path r = write("o.csv", "Easting,Northing\n406000,286000\n", StandardCharsets.UTF_8, false);
    ImportException e3 = assertThrows(ImportException.class, () -> Readers.readSchools(r));
    assertTrue(e3.getMessage().contains("required column URN is missing"), e3.getMessage());
  }

  @Test
  void anyCsvThroughAMappingWithLonLat() throws Exception {
    String text =
        "code;title;lng;lat;kind\nA1;First;-1.90130674;52.47908524;Secondary\nA2;Second;;;Primary\n";
    Path p = write("points.txt", text, StandardCharsets.UTF_8, false);
    PointCsvMapping m =
        PointCsvMapping.lonLat("lng", "lat").withId("code").withName("title").withPhase("kind");
    ImportResult<SchoolLayer> r = Readers.readSchools(p, m);
    assertEquals(406_800, r.value().byUrn("A1").orElseThrow().location().getX(), 1);
    assertEquals(Phase.SECONDARY, r.value().byUrn("A1").orElseThrow().phase());
    assertTrue(has(r, Severity.WARNING, "line 3, URN A2", "no coordinates"));
    assertTrue(
        r.report().issues().stream().anyMatch(i -> i.message().contains("semicolon-separated")));
  }

  @Test
  void mappingWithoutIdNumbersRowsAndMissingMappedColumnsAreNamed() throws Exception {
    String text = "E,N\n406800,286800\n406900,286900\n";
    Path p = write("xy.csv", text, StandardCharsets.UTF_8, false);
    SchoolLayer s = Readers.readSchools(p, PointCsvMapping.xy("E", "N", "EPSG:27700")).value();
    assertEquals(List.of("1", "2"), s.schools().stream().map(School::urn).toList());
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                Readers.readSchools(
                    p, PointCsvMapping.xy("X", "N", "EPSG:27700").withName("Name")));
    assertTrue(
        e.getMessage().contains("the mapped columns Name and X are not in the file"),
        e.getMessage());
    assertTrue(e.getMessage().contains("found are: E, N"), e.getMessage());
  }

  @Test
  void unterminatedQuoteIsAClearError() throws Exception {
    String text =
        GIAS_HEADER
            + "\n103120,330,Birmingham,1001,\"Unclosed,x,Open,Nursery,73,B9,412817,286694\n";
    Path p = write("q.csv", text, StandardCharsets.UTF_8, false);
    ImportException e = assertThrows(ImportException.class, () -> Readers.readSchools(p));
    assertTrue(
        e.getMessage().startsWith("Cannot read q.csv: the CSV is malformed"), e.getMessage());
    assertTrue(e.getMessage().contains("never closed"), e.getMessage());
  }

  @Test
  void suggestAndInspect() throws Exception {
    assertEquals(
        "URN", PointCsvMapping.suggest(List.of(GIAS_HEADER.split(","))).orElseThrow().idColumn());
    assertTrue(PointCsvMapping.suggest(List.of("a", "b")).isEmpty());
    String text = "id\tname\tx\ty\n1\tA\t-1.9\t52.48\n2\tB\t-1.8\t52.47\n";
    Path p = write("t.tsv", text, StandardCharsets.UTF_8, false);
    CsvInspector.CsvInspection in = CsvInspector.inspect(p);
    assertEquals('\t', in.delimiter());
    assertEquals(List.of("id", "name", "x", "y"), in.header());
    assertEquals(List.of("id", "x", "y"), in.numericColumns());
    PointCsvMapping m = in.suggestion().orElseThrow();
    assertEquals("EPSG:4326", m.crs(), "x/y values are degrees, so WGS 84 is suggested");
    assertEquals("id", m.idColumn());
    assertTrue(in.notes().get(0).contains("EPSG:4326"));
    assertEquals(2, in.sample().size());
  }
}
