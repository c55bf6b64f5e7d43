package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.ImportResult;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.WardLayer;

class AggregatedImportTest {
  @TempDir Path dir;
  final WardLayer wards = TinyGeography.wards();

  private ImportResult<FlowTable> read(String csv) throws ImportException, java.io.IOException {
    Path f = TinyGeography.write(dir, "flows.csv", csv);
    return FlowCsvReader.readAggregated(
        f, wards, TinyGeography.schools(), FlowImportOptions.DEFAULT);
  }

  private static Issue issue(ImportReport r, String text) {
    return r.issues().stream()
        .filter(i -> i.message().contains(text))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no issue containing \"" + text + "\":\n" + r.format()));
  }

  @Test
  void headersAreMatchedIgnoringCaseSpacesAndPunctuation() throws Exception {
    ImportResult<FlowTable> r =
        read("\uFEFF Ward Code ;SCHOOL-URN; Count \nE05000001;100001;4\nE05000002;100002;6\n");
    assertTrue(r.ok(), r.report().format());
    CountMatrix m = r.value().matrix(FlowFilter.ALL);
    assertEquals(10, m.total());
    assertEquals(2, r.report().countOf("rows kept"));
    assertTrue(r.report().format().contains("semicolon"), "delimiter is reported");
  }

  @Test
  void synonymsAndHandMappingAreAccepted() throws Exception {
    Path f =
        TinyGeography.write(
            dir, "f.csv", "Home ward,URN,Number of CYP\nE05000001,100001,3\nE05000003,100002,2\n");
    FlowImportOptions opt =
        FlowImportOptions.DEFAULT.withMapping(
            FlowCsvMapping.AUTO.with(FlowColumn.COUNT, "Number of CYP"));
    ImportResult<FlowTable> r = FlowCsvReader.read(f, wards, TinyGeography.schools(), opt);
    assertEquals(5, r.value().matrix(FlowFilter.ALL).total());
    assertEquals(
        FlowCsvShape.AGGREGATED, FlowCsvReader.detectShape(f, opt), "a count column → aggregated");
  }

  @Test
  void duplicateKeysAreSummedAndSaidSo() throws Exception {
    ImportResult<FlowTable> r =
        read(
            "ward_code,school_urn,count\n"
                + "E05000001,100001,4\n"
                + "E05000001,100001,5\n"
                + "e05000001 , 100001.0 ,2\n"
                + "E05000002,100001,1\n");
    CountMatrix m = r.value().matrix(FlowFilter.ALL);
    int row = m.wardCodes().indexOf("E05000001");
    int col = m.schoolUrns().indexOf("100001");
    assertEquals(11, m.get(row, col), "4 + 5 + 2 summed");
    Issue dup = issue(r.report(), "SUMMED");
    assertEquals(7, dup.people(), "the two repeated rows hold 5 + 2 people");
    assertEquals(Severity.WARNING, dup.severity());
    assertTrue(dup.message().contains("first at line 2"), dup.message());
    assertEquals("lines 3, 4", dup.location());
  }

  @Test
  void badCountsAreSkippedWithUnknownPeopleAndEveryRowAccounted() throws Exception {
    ImportResult<FlowTable> r =
        read(
            "ward_code,school_urn,count\n"
                + "E05000001,100001,3\n" // kept
                + "E05000001,100002,\n" // blank
                + "E05000002,100001,-2\n" // negative
                + "E05000002,100002,2.5\n" // fraction
                + "E05000003,100001,*\n" // suppressed
                + "E05000003,100002,<5\n" // suppressed
                + "E05000004,100001,lots\n" // not a number
                + "E05000004,100002,0\n" // zero: kept
                + "E05000004,100001,\"1,200\"\n" // thousands separator: repaired
                + "E05000002,100002,7.0\n"); // decimal whole number: repaired
    ImportReport rep = r.report();
    assertEquals(10, rep.countOf("rows read"));
    assertEquals(4, rep.countOf("rows kept"));
    assertEquals(6, rep.countOf("rows skipped"));
    assertEquals(rep.countOf("rows read"), rep.countOf("rows kept") + rep.countOf("rows skipped"));
    assertEquals(1210, rep.countOf("people kept"));
    assertEquals(0, rep.countOf("people skipped"));
    assertEquals(6, rep.countOf("rows skipped, people unknown"));
    assertEquals(-1, issue(rep, "Blank count").people());
    assertEquals(-1, issue(rep, "Negative count").people());
    assertTrue(issue(rep, "not a whole number").message().contains("\"2.5\""));
    assertEquals("lines 6, 7", issue(rep, "suppression").location());
    assertTrue(issue(rep, "suppression").message().contains("number of people unknown"));
    assertEquals(1207, issue(rep, "read as whole numbers").people());
    assertEquals(0, issue(rep, "Zero counts").people());
    assertEquals(1210, r.value().matrix(FlowFilter.ALL).total());
  }

  @Test
  void unknownWardsAndUrnsAreSkippedWithTheirPeople() throws Exception {
    ImportResult<FlowTable> r =
        read(
            "ward_code,school_urn,count\n"
                + "E05000001,100001,3\n"
                + "E05099999,100001,4\n"
                + "E05099999,100002,6\n"
                + "E01009513,100001,2\n"
                + "E05000001,999999,5\n"
                + ",100001,1\n"
                + "E05000002,,8\n");
    ImportReport rep = r.report();
    Issue ward = issue(rep, "E05099999");
    assertEquals(10, ward.people());
    assertEquals("lines 3, 4", ward.location());
    assertTrue(ward.message().endsWith("— 2 rows skipped (10 people)."), ward.message());
    assertTrue(issue(rep, "E01009513").message().contains("LSOA code"));
    assertEquals(5, issue(rep, "999999").people());
    assertEquals(1, issue(rep, "Blank ward code").people());
    assertEquals(8, issue(rep, "Blank school URN").people());
    assertEquals(29, rep.countOf("people read"));
    assertEquals(26, rep.countOf("people skipped"));
    assertEquals(3, rep.countOf("people kept"));
    assertTrue(
        issue(rep, "E05099999").message().contains("give a list of older ward codes"),
        "without a code list the report says how to find out more");
  }

  @Test
  void closedSchoolsAndSchoolsWithoutLocationAreKeptAndFlagged() throws Exception {
    ImportResult<FlowTable> r =
        read("ward_code,school_urn,count\nE05000001,100003,4\nE05000002,100004,6\n");
    assertEquals(10, r.value().matrix(FlowFilter.ALL).total(), "both kept");
    assertEquals(4, issue(r.report(), "is closed").people());
    assertEquals(6, issue(r.report(), "has no location").people());
    assertFalse(r.report().hasErrors());
  }

  @Test
  void dimensionsAreKeptAndBlankOnesReported() throws Exception {
    ImportResult<FlowTable> r =
        read(
            "ward_code,school_urn,count,period,age_band,group\n"
                + "E05000001,100001,3,2023,11-15,involved in violence\n"
                + "E05000001,100001,4,2024,11-15,involved in violence\n"
                + "E05000001,100001,5,2024,16-17,all pupils\n"
                + "E05000002,100002,6,,11-15,involved in violence\n");
    FlowTable t = r.value();
    assertEquals(4, t.recordCount(), "four distinct keys");
    assertEquals(6, issue(r.report(), "Blank period").people());
    assertEquals(
        4 + 5,
        t.matrix(new FlowFilter(java.util.Set.of("2024"), null, null)).total(),
        "the blank-period row (6) is outside any period filter");
    assertEquals(18, t.matrix(FlowFilter.ALL).total(), "but counted when unfiltered");
  }

  @Test
  void aFileThatCannotBeReadGivesOneClearParagraph() throws Exception {
    Path empty = TinyGeography.write(dir, "empty.csv", "");
    ImportException e1 =
        assertThrows(
            ImportException.class,
            () ->
                FlowCsvReader.read(
                    empty, wards, TinyGeography.schools(), FlowImportOptions.DEFAULT));
    assertTrue(e1.getMessage().contains("empty.csv") && e1.getMessage().contains("empty"));

    Path noCols = TinyGeography.write(dir, "nocols.csv", "colour,shape\nred,round\n");
    ImportException e2 =
        assertThrows(
            ImportException.class,
            () ->
                FlowCsvReader.readAggregated(
                    noCols, wards, TinyGeography.schools(), FlowImportOptions.DEFAULT));
    assertTrue(e2.getMessage().contains("nocols.csv"), e2.getMessage());
    assertTrue(e2.getMessage().contains("ward_code, school_urn, count"), e2.getMessage());
    assertTrue(e2.getMessage().contains("colour, shape"), "lists the headers found");

    Path quote =
        TinyGeography.write(
            dir, "quote.csv", "ward_code,school_urn,count\nE05000001,100001,3\n\"E05000002,1\n");
    ImportException e3 =
        assertThrows(
            ImportException.class,
            () ->
                FlowCsvReader.readAggregated(
                    quote, wards, TinyGeography.schools(), FlowImportOptions.DEFAULT));
    assertTrue(e3.getMessage().contains("quote.csv"), e3.getMessage());
    assertTrue(e3.getMessage().contains("line 2"), e3.getMessage());
    assertFalse(e3.getMessage().contains("\n"), "one paragraph");

    Path badMap = TinyGeography.write(dir, "m.csv", "ward_code,school_urn,count\n");
    ImportException e4 =
        assertThrows(
            ImportException.class,
            () ->
                FlowCsvReader.read(
                    badMap,
                    wards,
                    TinyGeography.schools(),
                    FlowImportOptions.DEFAULT.withMapping(
                        FlowCsvMapping.AUTO.with(FlowColumn.COUNT, "N people"))));
    assertTrue(e4.getMessage().contains("\"N people\""), e4.getMessage());
  }

  @Test
  void headerOnlyFileIsAnErrorInTheReportNotAnException() throws Exception {
    ImportResult<FlowTable> r = read("ward_code,school_urn,count\n");
    assertFalse(r.ok());
    assertTrue(r.report().hasErrors());
  }

  @Test
  void windows1252FilesAreRead() throws Exception {
    Path f =
        TinyGeography.write(
            dir,
            "cp.csv",
            "ward_code,school_urn,count,group\nE05000001,100001,3,Café group\n",
            Charset.forName("windows-1252"));
    ImportResult<FlowTable> r =
        FlowCsvReader.readAggregated(f, wards, TinyGeography.schools(), FlowImportOptions.DEFAULT);
    assertEquals(
        List.of("Café group"), r.value().dimensionValues(org.wardflow.model.FlowDimension.GROUP));
    assertNotNull(issue(r.report(), "Windows-1252"));
  }

  @Test
  void manyDistinctUnknownCodesAreSummarisedNotListedForever() throws Exception {
    StringBuilder sb = new StringBuilder("ward_code,school_urn,count\n");
    for (int i = 0; i < FlowCsvReader.MAX_ITEMISED + 10; i++) {
      sb.append(String.format("E05%06d,100001,2%n", 500_000 + i));
    }
    ImportResult<FlowTable> r = read(sb.toString());
    Issue more = issue(r.report(), "Further ward codes");
    assertEquals(20, more.people(), "10 further codes × 2 people");
    long itemised =
        r.report().issues().stream().filter(i -> i.message().startsWith("Ward code E05")).count();
    assertEquals(FlowCsvReader.MAX_ITEMISED, itemised);
    assertEquals(2L * (FlowCsvReader.MAX_ITEMISED + 10), r.report().countOf("people skipped"));
  }
}
