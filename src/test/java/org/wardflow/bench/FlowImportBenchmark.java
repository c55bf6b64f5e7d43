package org.wardflow.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.wardflow.io.ImportResult;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.flows.FlowCsvReader;
import org.wardflow.io.flows.FlowImportOptions;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * Builds the ward × school table from 100,000 record-level rows (one per child) of the demo city:
 * read and parse the CSV, place each home in a ward by point-in-polygon (or look its ward code up),
 * reconcile URNs, band ages, turn dates into periods and aggregate. Run with {@code mvn -Pbench
 * test-compile exec:exec -Dbench=FlowImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FlowImportBenchmark {
  /** How homes are given: BNG coordinates (point-in-polygon) or ward codes. */
  @Param({"coordinates", "ward_code"})
  public String homes;

  private Geography geo;
  private Path file;

  /** Writes 100,000 rows to a temporary CSV. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    geo = DemoData.load().geography();
    List<Ward> wards = geo.wards().wards();
    List<School> schools = geo.schools().schools();
    Random rnd = new Random(1);
    file = Files.createTempFile("wardflow-records-", ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          homes.equals("coordinates")
              ? "person_id,home_easting,home_northing,school_urn,age,date,group\n"
              : "person_id,home_ward_code,school_urn,age,date,group\n");
      for (int i = 0; i < 100_000; i++) {
        Ward ward = wards.get(rnd.nextInt(wards.size()));
        String home;
        if (homes.equals("coordinates")) {
          double x = ward.labelPoint().getX() + rnd.nextGaussian() * 250;
          double y = ward.labelPoint().getY() + rnd.nextGaussian() * 250;
          home = String.format(Locale.ROOT, "%.1f,%.1f", x, y);
        } else {
          home = ward.code();
        }
        w.write(
            String.format(
                Locale.ROOT,
                "P%07d,%s,%s,%d,2024-%02d-%02d,involved in violence%n",
                i,
                home,
                schools.get(rnd.nextInt(schools.size())).urn(),
                10 + rnd.nextInt(12),
                1 + rnd.nextInt(12),
                1 + rnd.nextInt(28)));
      }
    }
  }

  /** Deletes the CSV. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Imports and aggregates the file. */
  @Benchmark
  public ImportResult<FlowTable> importRecordLevel() throws Exception {
    ImportResult<FlowTable> r =
        FlowCsvReader.readRecordLevel(file, geo.wards(), geo.schools(), FlowImportOptions.DEFAULT);
    if (r.report().countOf("rows read") != 100_000) {
      throw new IllegalStateException("not all rows read");
    }
    return r;
  }
}
