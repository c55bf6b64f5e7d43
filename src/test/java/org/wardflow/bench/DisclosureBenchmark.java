package org.wardflow.bench;

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
import org.openjdk.jmh.infra.Blackhole;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PreparedTable;
import org.wardflow.disclosure.PublishTimings;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;

/**
 * Republishing after a change of the threshold k (the live slider), on a West-Midlands-scale (192
 * wards × 1,238 schools) and an England-scale (7,000 × 24,000, ~2 M non-zero cells) synthetic
 * table. The suppression-pattern cache is off, so every call runs primary and secondary suppression
 * and the audit:
 *
 * <ul>
 *   <li>{@code kChangeIncrementalAudit}: k cycles 4 → 5 → 6 → 7 with the audit's component cache
 *       kept (components unchanged since an earlier k are not solved again);
 *   <li>{@code kChangeColdAudit}: every cache cleared first — the worst case.
 * </ul>
 *
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=DisclosureBenchmark}. The tear-down prints
 * the mean time of each phase (primary + secondary vs audit) over the measured calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DisclosureBenchmark {
  private static final int[] KS = {4, 5, 6, 7};

  /** Table scale. */
  @Param({"westMidlands", "england"})
  public String scale;

  private PreparedTable table;
  private int next;
  private long calls;
  private long primarySecondary;
  private long audit;
  private long prune;
  private long build;
  private long cpuPrimarySecondary;
  private long cpuAudit;

  /** Builds the synthetic table once. */
  @Setup(Level.Trial)
  public void setUp() {
    CountMatrix m =
        scale.equals("england")
            ? DisclosureSyntheticFlows.england(1)
            : DisclosureSyntheticFlows.westMidlands(1);
    table = PreparedTable.of(DisclosureSyntheticFlows.INFO, FlowFilter.ALL, m);
    table.setPatternCaching(false);
    PreparedTable.usePhaseClock(
        java.lang.management.ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
    int small = 0;
    for (int i = 0; i < m.cellCount(); i++) {
      small += m.value(i) < 5 ? 1 : 0;
    }
    System.out.printf(
        "%n[%s] %d wards × %d schools, %d non-zero cells (%d below 5), %d children%n",
        scale, m.rows(), m.columns(), m.cellCount(), small, m.total());
  }

  private PublishedTable publishNext() {
    int k = KS[next++ % KS.length];
    PublishedTable t = table.publish(DisclosurePolicy.DEFAULT.withK(k));
    PublishTimings pt = table.lastTimings();
    calls++;
    primarySecondary += pt.primaryNanos() + pt.secondaryNanos();
    audit += pt.auditNanos();
    prune += pt.pruneNanos();
    build += pt.buildNanos();
    PublishTimings cpu = table.lastCpuTimings();
    cpuPrimarySecondary += cpu.primaryNanos() + cpu.secondaryNanos();
    cpuAudit += cpu.auditNanos();
    return t;
  }

  /** Republish at the next k, component cache kept. */
  @Benchmark
  public void kChangeIncrementalAudit(Blackhole bh) {
    bh.consume(publishNext());
  }

  /** Republish at the next k with every cache cleared first. */
  @Benchmark
  public void kChangeColdAudit(Blackhole bh) {
    table.clearCaches();
    bh.consume(publishNext());
  }

  /** Prints the phase split. */
  @TearDown(Level.Trial)
  public void report() {
    if (calls > 0) {
      System.out.printf(
          "%n[%s] mean over %d calls: primary+secondary %.2f ms, audit %.2f ms, prune %.2f ms,"
              + " build %.2f ms; CPU of the publishing thread: primary+secondary %.2f ms,"
              + " audit %.2f ms; last: %s%n",
          scale,
          calls,
          primarySecondary / 1e6 / calls,
          audit / 1e6 / calls,
          prune / 1e6 / calls,
          build / 1e6 / calls,
          cpuPrimarySecondary / 1e6 / calls,
          cpuAudit / 1e6 / calls,
          table.publish(DisclosurePolicy.DEFAULT).summary().describe());
    }
  }
}
