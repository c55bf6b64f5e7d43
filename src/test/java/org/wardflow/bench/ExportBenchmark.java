package org.wardflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.Attributions;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.ExportOptions;
import org.wardflow.export.ExportResult;
import org.wardflow.export.LayoutSpec;
import org.wardflow.export.LegendSpec;
import org.wardflow.export.MapExporter;
import org.wardflow.export.MapPage;
import org.wardflow.export.PublishedScenes;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.render.Flow;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;
import org.wardflow.testutil.RenderTestData;

/**
 * Exporting the West Midlands map — the 192 real wards and 1,238 schools, a choropleth of published
 * ward totals and 5,000 flows from a synthetic table published at k = 5 (primary and secondary
 * suppression: hidden flows dashed) — as an A4 landscape briefing page: a 300-dpi PNG (layout, map
 * rendered at 300 dpi, PNG encoding, file and manifest written) and a vector PDF (embedded font,
 * text as text). Target ≤ 1 s each. JMH's score is wall-clock time; the thread CPU time per export
 * is printed after each iteration ({@code cpu_ms_per_op}), which is what a 2-core machine shared
 * with other builds measures reliably.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=ExportBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Thread)
public class ExportBenchmark {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  MapPage page;
  Path dir;
  long cpuNanos;
  long processNanos;
  long ops;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    Geography geo =
        RenderTestData.load(
            RenderTestData.sharedFile(RenderTestData.WARDS_BNG),
            RenderTestData.sharedFile(RenderTestData.SCHOOLS));
    // 5,000 ward → school cells with raw counts (k = 1 leaves them all as counts) ...
    List<Flow> cells = RenderTestData.syntheticFlows(geo, 5000, 1, 42);
    FlowTable.Builder b =
        FlowTable.builder(
            new DatasetInfo(
                "SYNTHETIC benchmark flows",
                "ExportBenchmark",
                "",
                false,
                true,
                java.util.Map.of()));
    for (Flow f : cells) {
      b.add(f.wardCode(), f.schoolUrn(), f.value().value());
    }
    // ... published through the disclosure gate at k = 5
    PublishedTable t = DisclosureGate.publish(b.build(), FlowFilter.ALL, DisclosurePolicy.DEFAULT);
    PublishedScenes.Choropleth ch =
        PublishedScenes.wardTotals(
            t, geo, ClassificationMethod.JENKS, 5, ColorBrewer.defaultSequential());
    Scene scene = PublishedScenes.scene(geo, t, ch);
    if (scene.flows().size() < 4500) {
      throw new IllegalStateException("expected about 5,000 flows, got " + scene.flows().size());
    }
    LayoutSpec layout =
        LayoutSpec.builder()
            .title("Children and young people by home ward and school, West Midlands")
            .subtitle("SYNTHETIC flows for benchmarking · published at k = 5")
            .legend(new LegendSpec("CYP living in ward", ch.classes(), "CYP, home ward → school"))
            .policy(t.policy())
            .datasets(geo.info(), t.info())
            .sources(Attributions.forGeography(geo, 2025))
            .date(LocalDate.of(2025, 6, 11))
            .build();
    Envelope extent = geo.wards().extent();
    page = new MapPage(layout, scene, Style.standard(), extent);
    dir = Files.createTempDirectory("wardflow-export-bench");
    System.out.printf(
        Locale.ROOT,
        "%n[flows %d: %d published, %d hidden]%n",
        scene.flows().size(),
        scene.flows().stream().filter(f -> !f.hidden()).count(),
        scene.flows().stream().filter(Flow::hidden).count());
  }

  @Setup(Level.Iteration)
  public void resetCounters() {
    cpuNanos = 0;
    processNanos = 0;
    ops = 0;
  }

  @TearDown(Level.Iteration)
  public void report() {
    System.out.printf(
        Locale.ROOT,
        " [cpu_ms_per_op=%.1f thread, %.1f process (all threads, GC, JIT) over %d exports]",
        cpuNanos / 1e6 / Math.max(1, ops),
        processNanos / 1e6 / Math.max(1, ops),
        ops);
  }

  @TearDown(Level.Trial)
  public void clean() throws Exception {
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  private ExportResult timed(ExportOptions o, String name) throws Exception {
    long t = MX.getCurrentThreadCpuTime();
    long p = OS.getProcessCpuTime();
    ExportResult r = MapExporter.export(page, o, dir.resolve(name));
    cpuNanos += MX.getCurrentThreadCpuTime() - t;
    processNanos += OS.getProcessCpuTime() - p;
    ops++;
    return r;
  }

  /** A4 landscape PNG at 300 dpi (3,508 × 2,480 px), written with its manifest. */
  @Benchmark
  public ExportResult pngA4At300Dpi() throws Exception {
    return timed(ExportOptions.of(ExportFormat.PNG).withDpi(300), "wm.png");
  }

  /** A4 landscape vector PDF with embedded font, written with its manifest. */
  @Benchmark
  public ExportResult pdfA4Vector() throws Exception {
    return timed(ExportOptions.of(ExportFormat.PDF), "wm.pdf");
  }
}
