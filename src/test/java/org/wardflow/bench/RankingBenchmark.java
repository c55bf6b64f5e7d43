package org.wardflow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wardflow.analysis.RankingInput;
import org.wardflow.analysis.RankingOptions;
import org.wardflow.analysis.RankingResult;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.analysis.SchoolRanker;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardIndicator;

/**
 * Ranking with 1,000 simulation draws at West Midlands scale: 192 wards × 1,238 schools, a sparse
 * synthetic CYP table (each school draws from ~12 nearby wards, small counts, k = 5 so many cells
 * are suppressed) and an all-pupils table for the exposure index. Target ≤ 200 ms per ranking.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=RankingBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {
  /** Measure ranked. */
  @Param({"CYP_COUNT", "RATE_PER_100_PUPILS", "EXPOSURE_INDEX"})
  public String measure;

  /** Whether school totals are published (if not, every school sums hidden cells per draw). */
  @Param({"true", "false"})
  public boolean schoolTotals;

  private RankingInput input;
  private RankingOptions options;

  /** Builds the synthetic West-Midlands-sized tables. */
  @Setup
  public void setup() {
    int wards = 192;
    int nSchools = 1238;
    Random r = new Random(42);
    List<School> schools = new ArrayList<>();
    FlowTable.Builder cyp = FlowTable.builder(synthetic("CYP"));
    FlowTable.Builder all = FlowTable.builder(synthetic("all pupils"));
    for (int s = 0; s < nSchools; s++) {
      String urn = Integer.toString(100_000 + s);
      boolean secondary = s % 6 == 0;
      int pupils = secondary ? 600 + r.nextInt(900) : 150 + r.nextInt(450);
      schools.add(
          new School(
              urn,
              "School " + s,
              secondary ? Phase.SECONDARY : Phase.PRIMARY,
              "",
              true,
              pupils,
              Crs.BNG_FACTORY.createPoint(new Coordinate(400_000 + s, 280_000)),
              "District " + (s % 7),
              "",
              null));
      int home = r.nextInt(wards);
      int nWards = secondary ? 25 : 8;
      for (int j = 0; j < nWards; j++) {
        String w = "E0500" + String.format("%04d", (home + j * 3) % wards);
        int a = 1 + r.nextInt(pupils / nWards * 2);
        all.add(w, urn, a);
        int c = (int) Math.round(-Math.log(1 - r.nextDouble()) * a * 0.02);
        if (c > 0) {
          cyp.add(w, urn, c);
        }
      }
    }
    Map<String, Double> ind = new HashMap<>();
    for (int w = 0; w < wards; w++) {
      ind.put("E0500" + String.format("%04d", w), 5 + 20 * r.nextDouble());
    }
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, true, schoolTotals, true, 5);
    PublishedTable pc = DisclosureGate.publish(cyp.build(), FlowFilter.ALL, p);
    PublishedTable pa = DisclosureGate.publish(all.build(), FlowFilter.ALL, p);
    input =
        RankingInput.of(pc, new SchoolLayer("schools", schools))
            .withAllPupils(pa)
            .withIndicator(new WardIndicator("rate", "per 1,000", synthetic("indicator"), ind));
    options =
        RankingOptions.defaults(SchoolMeasure.valueOf(measure))
            .withSmoothing(measure.equals("RATE_PER_100_PUPILS"));
  }

  private static DatasetInfo synthetic(String title) {
    return new DatasetInfo(title, "RankingBenchmark", "", false, true, Map.of());
  }

  /** One ranking with 1,000 draws. */
  @Benchmark
  public RankingResult rank() {
    return SchoolRanker.rank(input, options);
  }
}
