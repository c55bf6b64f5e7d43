package org.wardflow.io.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.GeoPackageWriter;

/**
 * The committed demo files under {@code maps/} are what the generator makes: regenerating
 * reproduces the CSVs and the manifest byte for byte and the GeoPackage feature by feature
 * (attributes and geometry WKB, read back through NGA — not the SQLite bytes, which hold timestamps
 * and page layout). Run with {@code -Dwardflow.regenerateDemo=true} to rewrite {@code maps/} after
 * a deliberate change to the generator.
 */
class DemoRegenerationTest {
  private static final Path MAPS = Path.of("maps");

  @Test
  void regeneratingReproducesTheCommittedFiles(@TempDir Path tmp) throws Exception {
    DemoData demo = DemoData.generate(DemoData.SEED);
    if (Boolean.getBoolean("wardflow.regenerateDemo")) {
      DemoFiles.write(demo, MAPS);
    }
    DemoFiles.write(demo, tmp);
    for (String csv : List.of(DemoFiles.PUPILS, DemoFiles.CYP, DemoFiles.VRU, DemoFiles.MANIFEST)) {
      assertTrue(Files.isRegularFile(MAPS.resolve(csv)), "committed file missing: maps/" + csv);
      assertArrayEquals(
          Files.readAllBytes(MAPS.resolve(csv)),
          Files.readAllBytes(tmp.resolve(csv)),
          "maps/"
              + csv
              + " differs from a fresh regeneration; run the test with"
              + " -Dwardflow.regenerateDemo=true after a deliberate generator change");
    }
    List<String> committed = dump(MAPS.resolve(DemoFiles.GPKG));
    List<String> fresh = dump(tmp.resolve(DemoFiles.GPKG));
    for (int i = 0; i < Math.min(committed.size(), fresh.size()); i++) {
      String a = committed.get(i);
      String b = fresh.get(i);
      assertEquals(
          a.length() > 300 ? a.substring(0, 300) + "…" : a,
          b.length() > 300 ? b.substring(0, 300) + "…" : b,
          "maps/demo.gpkg differs from a fresh regeneration at item " + i);
      assertEquals(a, b, "maps/demo.gpkg differs from a fresh regeneration at item " + i);
    }
    assertEquals(committed.size(), fresh.size(), "maps/demo.gpkg has another number of rows");
    assertTrue(committed.size() > 150, "the GeoPackage holds the wards and schools");
  }

  @Test
  void generatorIsDeterministicWithinARun() {
    DemoData a = DemoData.generate(7);
    DemoData b = DemoData.generate(7);
    assertEquals(a.geography().wards().size(), b.geography().wards().size());
    for (int i = 0; i < a.geography().wards().size(); i++) {
      assertTrue(
          a.geography()
              .wards()
              .wards()
              .get(i)
              .geometry()
              .equalsExact(b.geography().wards().wards().get(i).geometry()));
    }
    assertEquals(a.vruList(), b.vruList());
    DemoData c = DemoData.generate(8);
    assertTrue(
        !a.geography()
            .wards()
            .wards()
            .get(0)
            .geometry()
            .equalsExact(c.geography().wards().wards().get(0).geometry()),
        "another seed gives another city");
  }

  /** Every table's rows as text, with geometry WKB in hex, in row order. */
  static List<String> dump(Path gpkg) throws IOException {
    List<String> out = new ArrayList<>();
    try (GeoPackage gp = GeoPackageManager.open(gpkg.toFile(), false)) {
      out.add("srs 27700: " + gp.getSpatialReferenceSystemDao().queryForId(27700L).getDefinition());
      List<String> features = new ArrayList<>(gp.getFeatureTables());
      features.sort(null);
      out.add("feature tables " + features);
      for (String t : features) {
        FeatureDao dao = gp.getFeatureDao(t);
        out.add(t + " columns " + Arrays.toString(dao.getColumnNames()));
        out.add(t + " contents " + dao.getContents().getDescription());
        FeatureResultSet rs = dao.queryForAll();
        try {
          while (rs.moveToNext()) {
            FeatureRow row = rs.getRow();
            StringBuilder sb = new StringBuilder(t).append(':');
            for (String c : row.getColumnNames()) {
              if (c.equals(row.getGeometryColumnName())) {
                sb.append(" geom=")
                    .append(
                        row.getGeometry() == null
                            ? "null"
                            : java.util.HexFormat.of().formatHex(row.getGeometry().getWkb()));
              } else {
                sb.append(' ').append(c).append('=').append(row.getValue(c));
              }
            }
            out.add(sb.toString());
          }
        } finally {
          rs.close();
        }
      }
      AttributesDao info = gp.getAttributesDao(GeoPackageWriter.INFO_TABLE);
      AttributesResultSet rs = info.queryForAll();
      try {
        while (rs.moveToNext()) {
          out.add("info " + rs.getRow().getValue("key") + "=" + rs.getRow().getValue("value"));
        }
      } catch (RuntimeException e) {
        throw e;
      } finally {
        rs.close();
      }
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
    return out;
  }
}
