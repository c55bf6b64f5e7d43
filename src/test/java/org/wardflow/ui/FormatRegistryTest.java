package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportResult;

/** Files go to the reader for their type; everything else gets a clear error report. */
class FormatRegistryTest {
  @TempDir Path dir;

  private static final FileFormat WARDS =
      new FileFormat("Ward boundaries (GeoJSON)", List.of("GeoJSON", ".json"));

  private static String onlyError(LoadResult r) {
    assertFalse(r.ok());
    assertTrue(r.report().hasErrors());
    assertEquals(1, r.report().issues().size());
    return r.report().issues().get(0).message();
  }

  @Test
  void withoutReadersEveryFileIsReportedUnsupported() throws Exception {
    Path f = Files.writeString(dir.resolve("wards.geojson"), "{}");
    String msg = onlyError(new FormatRegistry().load(f));
    assertTrue(msg.contains("“wards.geojson”"), msg);
    assertTrue(msg.contains("“.geojson” files are not supported"), msg);
  }

  @Test
  void unknownTypesNameWhatIsSupported() throws Exception {
    Path f = Files.writeString(dir.resolve("Notes.TXT"), "x");
    FormatRegistry reg = new FormatRegistry().register(WARDS, p -> null);
    String msg = onlyError(reg.load(f));
    assertTrue(msg.contains("“.txt” files are not supported"), msg);
    assertTrue(msg.contains("Ward boundaries (GeoJSON) (*.geojson, *.json)"), msg);
    assertEquals(f, reg.load(f).report().file());
  }

  @Test
  void matchingFilesGoToTheirReader() throws Exception {
    Path f = Files.writeString(dir.resolve("WARDS.GEOJSON"), "{}");
    LoadResult expected =
        LoadResult.ofGeography(BuiltInGeography.create(), new ImportReport(f, "test"));
    FormatRegistry reg = new FormatRegistry().register(WARDS, p -> expected);
    assertSame(expected, reg.load(f));
    assertEquals(List.of(WARDS), reg.formats());
  }

  @Test
  void importExceptionsBecomeErrorReportsWithTheirMessage() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.json"), "{");
    String text = "bad.json line 1: the JSON ends before the first feature is complete.";
    FormatRegistry reg =
        new FormatRegistry()
            .register(
                WARDS,
                p -> {
                  throw new ImportException(p, text);
                });
    LoadResult r = reg.load(f);
    assertEquals(text, onlyError(r));
    assertEquals("Ward boundaries (GeoJSON)", r.report().kind());
  }

  @Test
  void unexpectedExceptionsBecomeOneParagraphInternalErrors() throws Exception {
    Path f = Files.writeString(dir.resolve("odd.geojson"), "{}");
    FormatRegistry reg =
        new FormatRegistry()
            .register(
                WARDS,
                p -> {
                  throw new IllegalStateException("index 3 out of bounds");
                });
    String msg = onlyError(reg.load(f));
    assertTrue(
        msg.startsWith("Wardflow could not read “odd.geojson” because of an internal error"));
    assertTrue(msg.contains("IllegalStateException: index 3 out of bounds"), msg);
    assertFalse(msg.contains("\n"), "one paragraph");
  }

  @Test
  void importerResultsAreAdapted() {
    ImportReport rep = new ImportReport(Path.of("w.geojson"), "wards");
    var geo = BuiltInGeography.create();
    assertSame(geo.wards(), LoadResult.of(new ImportResult<>(geo.wards(), rep)).wards());
    assertSame(geo.schools(), LoadResult.of(new ImportResult<>(geo.schools(), rep)).schools());
    LoadResult both = LoadResult.of(new ImportResult<>(geo, rep));
    assertTrue(both.wards() != null && both.schools() != null);
    assertSame(geo.info(), both.info());
    LoadResult none = LoadResult.of(new ImportResult<>(null, rep));
    assertFalse(none.ok());
    assertSame(rep, none.report());
  }

  @Test
  void missingFilesAndFoldersAreExplained() {
    assertTrue(
        onlyError(new FormatRegistry().load(dir.resolve("gone.geojson")))
            .contains("does not exist"));
    assertTrue(onlyError(new FormatRegistry().load(dir)).contains("is a folder"));
  }
}
