package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportResult;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

class FlowCsvWriterTest {
  @TempDir Path dir;

  private static FlowTable synthetic() {
    DatasetInfo info = new DatasetInfo("SYNTHETIC test", "test", "", false, true, Map.of());
    return FlowTable.builder(info)
        .add(TinyGeography.SE, "100002", null, "11-18", "all pupils", 5)
        .add(TinyGeography.SW, "100001", null, "4-10", "all pupils", 3)
        .add(TinyGeography.SE, "100002", null, "4-10", "all pupils", 2)
        .add(TinyGeography.SW, "100002", null, "11-18", "all pupils", 0)
        .build();
  }

  @Test
  void writesSortedSummedRowsWithTheFixedHeader() throws Exception {
    Path f = dir.resolve("pupil_flows.csv");
    assertEquals(2, FlowCsvWriter.write(synthetic(), f), "zero cells are not written");
    assertEquals(
        List.of(
            "ward_code,school_urn,count",
            TinyGeography.SW + ",100001,3",
            TinyGeography.SE + ",100002,7"),
        Files.readAllLines(f, StandardCharsets.UTF_8));
    byte[] first = Files.readAllBytes(f);
    FlowCsvWriter.write(synthetic(), f);
    assertArrayEquals(first, Files.readAllBytes(f), "same table, same bytes");
    assertFalse(new String(first, StandardCharsets.UTF_8).contains("\r"), "\\n line ends");
  }

  @Test
  void refusesRealTables() {
    FlowTable real =
        FlowTable.builder(DatasetInfo.ofFile("real", "x.csv", "")).add("E05000001", "1", 4).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FlowCsvWriter.write(real, dir.resolve("x.csv")));
    assertTrue(e.getMessage().contains("disclosure gate"));
  }

  @Test
  void writtenTablesReadBackEqualAndStaySyntheticWithTheirManifest() throws Exception {
    Path f = dir.resolve("cyp_flows.csv");
    FlowCsvWriter.write(synthetic(), f);
    ImportResult<FlowTable> plain =
        FlowCsvReader.read(
            f, TinyGeography.wards(), TinyGeography.schools(), FlowImportOptions.DEFAULT);
    assertFalse(plain.value().info().synthetic(), "no manifest: nothing says it is synthetic");

    new FlowManifest(
            "SYNTHETIC",
            true,
            false,
            "test",
            "test tables",
            Map.of("seed", "3"),
            Map.of("wards.geojson", "abc"),
            List.of(
                new FlowManifest.FileEntry(
                    "cyp_flows.csv", "CYP flows (test)", true, false, Sha256.of(f))))
        .write(dir.resolve("manifest.json"));
    ImportResult<FlowTable> r =
        FlowCsvReader.read(
            f, TinyGeography.wards(), TinyGeography.schools(), FlowImportOptions.DEFAULT);
    FlowTable t = r.value();
    assertTrue(t.info().synthetic());
    assertEquals("SYNTHETIC", t.info().label());
    assertTrue(t.info().title().startsWith("SYNTHETIC"), t.info().title());
    assertEquals("3", t.info().metadata().get("seed"));
    CountMatrix a = synthetic().matrix(FlowFilter.ALL);
    CountMatrix b = t.matrix(FlowFilter.ALL);
    assertEquals(a.total(), b.total());
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.columns(); j++) {
        int bi = b.wardCodes().indexOf(a.wardCodes().get(i));
        int bj = b.schoolUrns().indexOf(a.schoolUrns().get(j));
        assertEquals(a.get(i, j), bi < 0 || bj < 0 ? 0 : b.get(bi, bj));
      }
    }
    FlowManifest m = FlowManifest.read(dir.resolve("manifest.json"));
    assertEquals("abc", m.inputs().get("wards.geojson"));
    assertEquals(1, m.files().size());
  }
}
