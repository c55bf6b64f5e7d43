package org.wardflow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Crs;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

class WardIndicatorCsvReaderTest {
  @TempDir Path dir;

  static WardLayer layer(String... codes) {
    List<Ward> w = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      w.add(
          Ward.of(
              codes[i],
              "Ward " + codes[i],
              "",
              "",
              Crs.BNG_FACTORY.toGeometry(new Envelope(i * 10, i * 10 + 10, 0, 10)),
              null));
    }
    return new WardLayer("test", w);
  }

  Path csv(String text) throws Exception {
    Path p = dir.resolve("figures.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void joinReportsUnmatchedCodesBothWays() throws Exception {
    Path p =
        csv(
            "area,rate,note\n"
                + "E05000001,1.5,a\n"
                + "E05000002,..,b\n"
                + "E05000009,3,c\n"
                + "E05000001,4,dup\n"
                + "E05000003,\"1,234\",d\n"
                + ",7,blank\n");
    ImportReport r = new ImportReport(p, "t");
    WardIndicator wi =
        WardIndicatorCsvReader.read(
            p, null, "rate", layer("E05000001", "E05000002", "E05000003", "E05000004"), r);
    assertEquals(1.5, wi.valueOf("E05000001").orElseThrow());
    assertTrue(wi.valueOf("E05000002").isEmpty(), "'..' is no data");
    assertEquals(1234, wi.valueOf("E05000003").orElseThrow());
    assertTrue(wi.valueOf("E05000009").isEmpty(), "unmatched code left out");
    assertEquals(1, r.countOf("unmatched rows"));
    assertEquals(1, r.countOf("wards without data"));
    String text = r.format();
    assertTrue(text.contains("E05000009 (line 4)"), text);
    assertTrue(text.contains("E05000004 Ward E05000004"), text);
    assertTrue(
        text.contains("line 5, E05000001: repeats ward code E05000001 (first at line 2)"), text);
    assertTrue(text.contains("line 7: has no ward code"), text);
    assertTrue(text.contains("ward codes from column area"), text);
    assertEquals("rate", wi.name());
    assertEquals(64, wi.source().sha256().length());
  }

  @Test
  void missingOrTextColumnsAreExplained() throws Exception {
    Path p = csv("WD25CD,name,count\nE05000001,A,1\n");
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> WardIndicatorCsvReader.read(p, null, "rate", null, new ImportReport(p, "")));
    assertTrue(e.getMessage().contains("no column 'rate'"), e.getMessage());
    assertTrue(e.getMessage().contains("numeric columns are: count"), e.getMessage());
    ImportException e2 =
        assertThrows(
            ImportException.class,
            () -> WardIndicatorCsvReader.read(p, null, "name", null, new ImportReport(p, "")));
    assertTrue(e2.getMessage().contains("column 'name' is not numeric"), e2.getMessage());
    Path q = csv("a,b\nx,y\n");
    ImportException e3 =
        assertThrows(ImportException.class, () -> Readers.readWardIndicators(q, null));
    assertTrue(e3.getMessage().contains("no ward code column"), e3.getMessage());
  }

  @Test
  void nonNumericCellsAreReportedWithLineAndColumn() throws Exception {
    Path p =
        csv(
            "WD25CD,pop\nE05000001,10\nE05000002,12\nE05000003,lots\n"
                + "E05000004,9\n".repeat(1)
                + "E05000005,8\nE05000006,7\nE05000007,6\nE05000008,5\nE05000009,4\nE05000010,3\n");
    ImportResult<List<WardIndicator>> r = Readers.readWardIndicators(p, null);
    assertEquals(1, r.value().size());
    assertTrue(r.value().get(0).valueOf("E05000003").isEmpty());
    assertTrue(
        r.report().format().contains("line 4, E05000003: pop 'lots' is not a number"),
        r.report().format());
  }

  @Test
  void populationWithoutTotalSumsTheAgeGroups() throws Exception {
    Path p =
        csv(
            "WD25CD,Aged 15 years and under,Aged 16 to 64 years,Aged 65 years and over\n"
                + "E05000001,10,20,5\nE05000002,1,2,3\n");
    ImportResult<WardPopulation> r = Readers.readWardPopulation(p, layer("E05000001", "E05000002"));
    assertEquals(35, r.value().total().valueOf("E05000001").orElseThrow());
    assertEquals(41, r.value().totalResidents());
    assertEquals(10, r.value().children().valueOf("E05000001").orElseThrow());
    assertEquals("people", r.value().children().unit());
    Path q = csv("WD25CD,adults\nE05000001,3\n");
    ImportException e =
        assertThrows(ImportException.class, () -> Readers.readWardPopulation(q, null));
    assertTrue(e.getMessage().contains("no column of children"), e.getMessage());
  }
}
