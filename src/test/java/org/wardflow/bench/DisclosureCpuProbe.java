package org.wardflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PreparedTable;
import org.wardflow.disclosure.PublishTimings;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;

/**
 * A direct harness beside {@link DisclosureBenchmark} for a machine shared with other jobs: runs a
 * short sequence of threshold changes and prints, per publication, each phase in wall time and in
 * CPU time of the publishing thread, plus the process CPU time (which includes helper threads).
 *
 * <p>Run (see the README, Benchmarks): {@code java -cp target/test-classes:target/classes:$(deps)
 * org.wardflow.bench.DisclosureCpuProbe westMidlands|england [repeats]}.
 */
public final class DisclosureCpuProbe {
  private DisclosureCpuProbe() {}

  /**
   * Entry point.
   *
   * @param args scale ("westMidlands" or "england") and how often to repeat the k sequence
   */
  public static void main(String[] args) {
    String scale = args.length > 0 ? args[0] : "westMidlands";
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    PreparedTable.usePhaseClock(threads::getCurrentThreadCpuTime);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CountMatrix m =
        scale.equals("england")
            ? DisclosureSyntheticFlows.england(1)
            : DisclosureSyntheticFlows.westMidlands(1);
    PreparedTable table = PreparedTable.of(DisclosureSyntheticFlows.INFO, FlowFilter.ALL, m);
    table.setPatternCaching(false);
    System.out.printf("[%s] %d × %d, %d cells%n", scale, m.rows(), m.columns(), m.cellCount());
    int[] ks = {5, 6, 5, 6, 7, 5};
    for (int rep = 0; rep < repeats; rep++) {
      for (int step = 0; step < ks.length; step++) {
        boolean cold = step == 0;
        if (cold) {
          table.clearCaches();
        }
        long p0 = os.getProcessCpuTime();
        PublishedTable t = table.publish(DisclosurePolicy.DEFAULT.withK(ks[step]));
        long proc = os.getProcessCpuTime() - p0;
        PublishTimings w = table.lastTimings();
        PublishTimings c = table.lastCpuTimings();
        System.out.printf(
            "k=%d %s prim+sec %.1f ms (cpu %.1f) | audit %.1f (cpu %.1f) | prune %.1f (cpu %.1f)"
                + " | build %.1f (cpu %.1f) | process cpu %.0f ms | %s | %s%n",
            ks[step],
            cold ? "cold" : "incr",
            w.primaryAndSecondaryMillis(),
            c.primaryAndSecondaryMillis(),
            w.auditNanos() / 1e6,
            c.auditNanos() / 1e6,
            w.pruneNanos() / 1e6,
            c.pruneNanos() / 1e6,
            w.buildNanos() / 1e6,
            c.buildNanos() / 1e6,
            proc / 1e6,
            t.audit().describe(),
            "solved " + t.audit().solved() + ", reused " + t.audit().reusedFromCache());
      }
    }
  }
}
