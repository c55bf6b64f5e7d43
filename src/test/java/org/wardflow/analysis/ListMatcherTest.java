package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.ImportResult;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListReader;
import org.wardflow.model.Crs;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.testutil.SharedData;

/**
 * List matching on the real GIAS names of the West Midlands (1,238 open establishments, 24 May
 * 2025) with deliberate typos, old names, "St"/"Saint" and "C of E" variants, ambiguous names,
 * unknown and closed URNs.
 */
class ListMatcherTest {
  private static SchoolLayer layer;

  @TempDir static Path dir;

  @BeforeAll
  static void loadGias() throws IOException {
    Path f = SharedData.file("wm_gias_open_establishments_20250524.csv");
    List<School> schools = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : p) {
        String pupils = rec.get("number_of_pupils");
        double e = parse(rec.get("easting"));
        double n = parse(rec.get("northing"));
        schools.add(
            new School(
                rec.get("urn"),
                rec.get("establishment_name"),
                Phase.fromText(rec.get("education_phase")),
                rec.get("establishment_type"),
                true,
                pupils.isBlank() || pupils.equals("NA") ? -1 : (int) parse(pupils),
                e > 0 ? Crs.BNG_FACTORY.createPoint(new Coordinate(e, n)) : null,
                rec.get("la_name"),
                "",
                null));
      }
    }
    // the closed predecessor of Hamstead Hall Academy (invented URN for the test)
    schools.add(
        new School(
            "103522",
            "Hamstead Hall School",
            Phase.SECONDARY,
            "Community school",
            false,
            -1,
            null,
            "Birmingham",
            "",
            null));
    layer = new SchoolLayer("GIAS West Midlands", schools);
    assertEquals(1239, layer.size());
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  private static final String LIST =
      String.join(
          "\r\n",
          "VRU partner schools 2024/25,,,,,,,",
          ",,,,,,,",
          "URN,School name,LA,Priority,Tier,Notes,,",
          "103120,,,1,1,caf\u00e9 meetings,,", // 4 exact URN
          "103172,Bordesley Green Primery School,Birmingham,2,1,,,", // 5 URN + typo
          ",Kings Nortn Nursery Scool,Birmingham,3,1,,,", // 6 typos, no URN
          ",Saint Saviours Church of England Primary School,Birmingham,4,2,,,", // 7 Saint/C of E
          ",Hamstead Hall School,Birmingham,5,2,,,", // 8 old name
          ",Holy Family Catholic Primary School,,6,2,,,", // 9 ambiguous
          ",Holy Family RC Primary School,Coventry,7,2,,,", // 10 RC + LA
          ",Park Hill Primary,Sandwell,8,3,,,", // 11 LA decides
          "103522,Hamstead Hall School,Birmingham,9,3,,,", // 12 closed URN
          "999999,Kings Norton Girls School,Birmingham,10,3,,,", // 13 unknown URN
          ",Narnia Academy of Magic,Birmingham,11,3,,,", // 14 unmatched
          "103120,Bordesley Green East Nursery School,,12,3,,,", // 15 duplicate
          ",Lozells J & I School,Birmingham,13,3,,,", // 16 J & I
          "135907.0,E-ACT Heartlands Academy,Birmingham,14,3,,,", // 17 Excel decimal
          ",,,15,3,just a note,,", // 18 neither URN nor name
          ",St Marys RC Primary,Sandwell,16,3,,,", // 19 St + RC
          "");

  private static MatchReport matchList() throws Exception {
    Path f = dir.resolve("vru_list.csv");
    Files.write(f, LIST.getBytes(Charset.forName("windows-1252")));
    ImportResult<VruList> r = VruListReader.read(f);
    assertTrue(r.ok());
    assertTrue(
        r.report().issues().stream().anyMatch(i -> i.message().contains("Windows-1252")),
        r.report().format());
    return ListMatcher.match(r.value(), layer);
  }

  private static ListMatch at(MatchReport m, int line) {
    return m.atLine(line).orElseThrow(() -> new AssertionError("no entry at line " + line));
  }

  private static String urnAt(MatchReport m, int line) {
    ListMatch x = at(m, line);
    return x.school() == null ? null : x.school().urn();
  }

  @Test
  void matchesRealGiasNames() throws Exception {
    MatchReport m = matchList();
    assertEquals(15, m.matches().size(), m.format());

    assertEquals(MatchStatus.EXACT_URN, at(m, 4).status());
    assertEquals("103120", urnAt(m, 4));
    assertEquals("café meetings", at(m, 4).entry().note());

    assertEquals(MatchStatus.EXACT_URN, at(m, 5).status(), m.format());

    assertEquals(MatchStatus.FUZZY_NAME, at(m, 6).status(), m.format());
    assertEquals("103129", urnAt(m, 6)); // Kings Norton Nursery School
    // two typos ("Nortn", "Scool"): offered for confirmation, not counted until confirmed
    assertTrue(at(m, 6).score() >= ListMatcher.SUGGEST_SCORE, m.format());
    assertTrue(at(m, 6).score() < ListMatcher.ACCEPT_SCORE, m.format());
    assertFalse(at(m, 6).accepted());
    assertTrue(at(m, 6).needsConfirmation());
    assertTrue(at(m, 8).accepted()); // old name scores 1.0 on its core words
    assertTrue(at(m, 8).needsConfirmation());

    assertEquals(MatchStatus.NAME_EXACT, at(m, 7).status(), m.format());
    assertEquals("103406", urnAt(m, 7)); // St Saviour's C of E Primary School

    assertEquals(MatchStatus.FUZZY_NAME, at(m, 8).status(), m.format());
    assertEquals("139746", urnAt(m, 8)); // Hamstead Hall Academy, not the closed school

    assertEquals(MatchStatus.AMBIGUOUS, at(m, 9).status(), m.format());
    assertFalse(at(m, 9).accepted());
    assertTrue(
        at(m, 9).candidates().stream()
            .map(c -> c.school().urn())
            .toList()
            .containsAll(List.of("103421", "103726")));

    assertEquals("103726", urnAt(m, 10), m.format()); // Coventry's Holy Family
    assertTrue(at(m, 10).accepted());

    assertEquals("103910", urnAt(m, 11), m.format()); // Sandwell's Park Hill
    assertTrue(at(m, 11).accepted());

    ListMatch closed = at(m, 12);
    assertEquals(MatchStatus.CLOSED, closed.status());
    assertFalse(closed.accepted());
    assertEquals("139746", closed.candidates().get(0).school().urn(), m.format());
    assertTrue(closed.message().contains("perhaps its successor"), closed.message());

    ListMatch unknown = at(m, 13);
    assertEquals("136590", urnAt(m, 13), m.format()); // Kings Norton Girls' School
    assertEquals(MatchStatus.FUZZY_NAME, unknown.status());
    assertTrue(unknown.message().startsWith("URN 999999 is not in the school layer"));

    assertEquals(MatchStatus.UNMATCHED, at(m, 14).status(), m.format());
    assertNull(at(m, 14).school());

    assertEquals(MatchStatus.DUPLICATE, at(m, 15).status());
    assertTrue(at(m, 15).message().contains("line 4"));
    assertFalse(at(m, 15).accepted());

    assertEquals("103227", urnAt(m, 16), m.format()); // Lozells Junior and Infant School
    assertEquals(MatchStatus.EXACT_URN, at(m, 17).status());
    assertEquals("135907", at(m, 17).entry().urn());
    assertEquals("147795", urnAt(m, 19), m.format()); // St Mary's Catholic Primary, Sandwell
    assertTrue(m.atLine(18).isEmpty());

    String text = m.format();
    assertTrue(text.contains("line 12: Hamstead Hall School (URN 103522)"), text);
  }

  @Test
  void userConfirmsAndRejects() throws Exception {
    MatchReport m = matchList();
    int before = m.acceptedUrns().size();
    MatchReport c = m.confirm(12, "139746").confirm(9, "103421").confirm(6, "103129").reject(8);
    assertTrue(c.atLine(12).orElseThrow().accepted());
    assertTrue(c.atLine(9).orElseThrow().accepted());
    assertTrue(c.atLine(6).orElseThrow().accepted());
    assertFalse(c.atLine(8).orElseThrow().accepted());
    assertEquals(before + 3 - 1, c.acceptedUrns().size());
    assertTrue(c.needingConfirmation().size() < m.needingConfirmation().size());
    assertTrue(c.atLine(12).orElseThrow().message().startsWith("Confirmed by the user"));
  }

  @Test
  void jaroWinklerPublishedValues() {
    // Winkler (1990); also the standard textbook examples
    assertEquals(0.961, StringSimilarity.jaroWinkler("MARTHA", "MARHTA"), 0.0005);
    assertEquals(0.840, StringSimilarity.jaroWinkler("DWAYNE", "DUANE"), 0.0005);
    assertEquals(0.813, StringSimilarity.jaroWinkler("DIXON", "DICKSONX"), 0.0005);
    assertEquals(1.0, StringSimilarity.jaroWinkler("SAME", "SAME"), 0);
    assertEquals(0.0, StringSimilarity.jaroWinkler("ABC", "XYZ"), 0);
  }

  @Test
  void nameNormalisation() {
    assertEquals(
        SchoolNames.normalise("St Saviour's C of E Primary School"),
        SchoolNames.normalise("Saint Saviours Church of England Primary School"));
    assertEquals(
        SchoolNames.normalise("St. Mary's R.C. J&I School"),
        SchoolNames.normalise("Saint Marys Catholic Junior and Infant School"));
    assertEquals(List.of("hamstead", "hall"), SchoolNames.core("The Hamstead Hall Academy"));
    assertEquals("ce", SchoolNames.normalise("CofE"));
  }
}
