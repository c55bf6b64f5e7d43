package org.wardflow.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real open data in {@code ../shared/data} (read in place, never copied). Where it is
 * absent — a user's fresh clone — tests that need it are skipped with a clear message; with {@code
 * CI=true} its absence is a failure.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder, or null when absent. */
  public static Path dirOrNull() {
    String env = System.getenv("WARDFLOW_SHARED_DATA");
    for (Path p :
        new Path[] {
          env == null ? null : Path.of(env), Path.of("../shared/data"), Path.of("../../shared/data")
        }) {
      if (p != null && Files.isRegularFile(p.resolve("PROVENANCE.md"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    return null;
  }

  /**
   * A file from the shared data folder; skips the test when the folder is absent (fails when {@code
   * CI=true}).
   *
   * @param name file name, e.g. {@code wm_wards_2025_bgc_wgs84.geojson}
   */
  public static Path file(String name) {
    Path dir = dirOrNull();
    if (dir == null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(
            "../shared/data is missing but CI=true: the real-data tests must run in CI");
      }
      Assumptions.abort(
          "skipped: ../shared/data (real West Midlands open data) is not beside this clone");
    }
    Path f = dir.resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new AssertionError("shared data file missing: " + f);
    }
    return f;
  }
}
