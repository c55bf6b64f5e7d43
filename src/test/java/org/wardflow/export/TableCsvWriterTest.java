package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;

/** Table CSV for spreadsheets: BOM, CRLF, published values only, no formula injection. */
class TableCsvWriterTest {
  @TempDir Path dir;

  static List<CSVRecord> read(Path f) throws Exception {
    byte[] b = Files.readAllBytes(f);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), "UTF-8 BOM");
    String s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertTrue(s.contains("\r\n") && !s.replace("\r\n", "").contains("\n"), "CRLF line ends");
    try (Reader r = new StringReader(s);
        CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
      return p.getRecords();
    }
  }

  @Test
  void cellsAsPublished() throws Exception {
    Geography geo = ExportFixtures.geography();
    PublishedTable t = ExportFixtures.published();
    Path f = dir.resolve("cells.csv");
    TableCsvWriter.write(ReportTable.cells(t, geo), f, true);
    List<CSVRecord> rows = read(f);
    assertEquals(List.of("Ward code", "Ward", "URN", "School", "CYP"), rows.get(0).toList());
    int hidden = 0;
    for (int i = 1; i <= t.cellCount(); i++) {
      CSVRecord r = rows.get(i);
      String shown = t.get(r.get(0), r.get(2)).label(5);
      assertEquals(shown, r.get(4), r.toString());
      if (shown.equals("[c]")) {
        hidden++;
      }
    }
    assertTrue(hidden > 0);
    // then an empty line and the notes, so the meaning of [c] travels with the figures
    String notes = rows.subList(t.cellCount() + 1, rows.size()).toString();
    assertTrue(notes.contains("[c] hidden to protect small numbers"), notes);
  }

  @Test
  void spreadsheetFormulasAreNeutralised() throws Exception {
    ReportTable t =
        new ReportTable(
            "x",
            List.of(ReportTable.Column.text("Name", 1), ReportTable.Column.number("N")),
            List.of(
                List.of("=HYPERLINK(\"http://x\")", "-3"),
                List.of("+1", "12"),
                List.of("@SUM(A1)", "[c]"),
                List.of("Plain, with comma", "–")),
            List.of());
    Path f = dir.resolve("t.csv");
    TableCsvWriter.write(t, f, false);
    List<CSVRecord> rows = read(f);
    assertEquals(5, rows.size());
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(0));
    assertEquals("-3", rows.get(1).get(1), "a negative number stays a number");
    assertEquals("'+1", rows.get(2).get(0));
    assertEquals("'@SUM(A1)", rows.get(3).get(0));
    assertEquals("[c]", rows.get(3).get(1));
    assertEquals("Plain, with comma", rows.get(4).get(0));
    assertEquals("–", rows.get(4).get(1));
  }
}
