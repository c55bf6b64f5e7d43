package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportResult;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListEntry;
import org.wardflow.io.VruListReader;

class VruListReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static byte[] utf8Bom(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + 3];
    out[0] = (byte) 0xef;
    out[1] = (byte) 0xbb;
    out[2] = (byte) 0xbf;
    System.arraycopy(b, 0, out, 3, b.length);
    return out;
  }

  @Test
  void readsExcelCsvWithBomTrailingColumnsAndLineNumbers() throws Exception {
    Path f =
        write(
            "list.csv",
            utf8Bom(
                "School URN,School Name,Local Authority,Priority,Band,,\n"
                    + "103120,Bordesley Green East Nursery School,Birmingham,1,A,,\n"
                    + "\n"
                    + "\"103,172\",\"Bordesley Green Primary School, Small Heath\",Birmingham,2.0,A,,\n"
                    + ",St Saviour's C of E Primary School,Birmingham,x,B,,\n"
                    + "103120,Again,Birmingham,,B,,\n"
                    + ",,,,,,\n"));
    ImportResult<VruList> r = VruListReader.read(f);
    VruList list = r.value();
    assertEquals(4, list.size(), r.report().format());
    VruListEntry e1 = list.entries().get(0);
    assertEquals(2, e1.line());
    assertEquals("103120", e1.urn());
    assertEquals(OptionalInt.of(1), e1.priority());
    assertEquals("A", e1.tier());
    VruListEntry e2 = list.entries().get(1);
    assertEquals(4, e2.line()); // after a blank line
    assertEquals("", e2.urn()); // "103,172" is not a URN: matched by name instead
    assertEquals("Bordesley Green Primary School, Small Heath", e2.name());
    assertEquals(OptionalInt.of(2), e2.priority());
    assertEquals(5, list.entries().get(2).line());
    assertTrue(list.entries().get(2).priority().isEmpty());
    assertTrue(list.hasPriority() && list.hasTier() && list.ordered());
    String rep = r.report().format();
    assertTrue(rep.contains("byte-order mark"), rep);
    assertTrue(rep.contains("line 4: '103,172' is not a URN"), rep);
    assertTrue(rep.contains("line 5: Priority 'x' is not a whole number"), rep);
    assertTrue(rep.contains("line 6: URN 103120 is also on line 2"), rep);
    assertTrue(rep.contains("2 blank columns ignored"), rep);
    assertTrue(rep.contains("2 blank line(s) skipped"), rep);
    assertEquals(64, list.info().sha256().length());
  }

  @Test
  void readsWindows1252SemicolonsAndTitleRows() throws Exception {
    Path f =
        write(
            "semi.csv",
            ("Partner schools – 2025\r\n\r\nURN;Name;Notes\r\n103120;Caf\u00e9 School;d\u00e9j\u00e0\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ImportResult<VruList> r = VruListReader.read(f);
    assertEquals(1, r.value().size(), r.report().format());
    VruListEntry e = r.value().entries().get(0);
    assertEquals(4, e.line());
    assertEquals("Café School", e.name());
    assertEquals("déjà", e.note());
    assertTrue(r.report().format().contains("line 1: Title row above the header skipped"));
    assertTrue(r.report().format().contains("Windows-1252"));
  }

  @Test
  void excelSepLineAndHeaderlessUrns() throws Exception {
    Path f = write("sep.csv", "sep=;\nURN;School\n103120;A\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("103120", VruListReader.read(f).value().entries().get(0).urn());
    Path g = write("urns.csv", "103120\n103172.0\n\n".getBytes(StandardCharsets.UTF_8));
    ImportResult<VruList> r = VruListReader.read(g);
    assertEquals(
        List.of("103120", "103172"), r.value().entries().stream().map(VruListEntry::urn).toList());
    assertTrue(r.report().format().contains("No header row"));
    assertTrue(r.report().format().contains("spreadsheet decimal removed"));
  }

  @Test
  void clearMessagesForUnusableFiles() throws Exception {
    ImportException missing =
        assertThrows(ImportException.class, () -> VruListReader.read(dir.resolve("nope.csv")));
    assertTrue(missing.getMessage().contains("does not exist"));
    Path noCols = write("x.csv", "colour,size\nred,3\n".getBytes(StandardCharsets.UTF_8));
    ImportException e = assertThrows(ImportException.class, () -> VruListReader.read(noCols));
    assertTrue(e.getMessage().contains("no URN or school-name column"), e.getMessage());
    assertTrue(e.getMessage().contains("colour, size"), e.getMessage());
    Path empty = write("e.csv", new byte[0]);
    assertTrue(
        assertThrows(ImportException.class, () -> VruListReader.read(empty))
            .getMessage()
            .contains("is empty"));
    Path bad = write("q.csv", "URN,Name\n103120,\"unclosed\n".getBytes(StandardCharsets.UTF_8));
    ImportException q = assertThrows(ImportException.class, () -> VruListReader.read(bad));
    assertTrue(q.getMessage().contains("not valid CSV"), q.getMessage());
  }
}
