package org.wardflow.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wardflow.io.ImportException;
import org.wardflow.io.Readers;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;
import org.wardflow.testutil.SharedData;

/**
 * Import speed on the real files: the 192 ONS 2025 wards from GeoJSON in WGS 84 (parse, CRS
 * decision, reprojection to BNG, validity checks, field detection) and the 1,238-row GIAS CSV
 * (encoding detection, parsing, coordinate checks). Run with {@code mvn -Pbench test-compile
 * exec:exec -Dbench=ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImportBenchmark {
  private Path wards;
  private Path gias;

  /** Locates the shared data. */
  @Setup
  public void setUp() {
    Path dir = SharedData.dirOrNull();
    if (dir == null) {
      throw new IllegalStateException("../shared/data is needed for this benchmark");
    }
    wards = dir.resolve("wm_wards_2025_bgc_wgs84.geojson");
    gias = dir.resolve("wm_gias_open_establishments_20250524.csv");
  }

  /** 192 wards, GeoJSON in WGS 84, reprojected to BNG. */
  @Benchmark
  public WardLayer wardsGeoJsonWgs84() throws ImportException {
    return Readers.readWards(wards).value();
  }

  /** 1,238 establishments from the GIAS CSV. */
  @Benchmark
  public SchoolLayer giasCsv() throws ImportException {
    return Readers.readSchools(gias).value();
  }
}
