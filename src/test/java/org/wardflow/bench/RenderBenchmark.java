package org.wardflow.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.wardflow.model.Geography;
import org.wardflow.render.Flow;
import org.wardflow.render.FlowDisplay;
import org.wardflow.render.RenderOptions;
import org.wardflow.render.RenderResult;
import org.wardflow.render.Renderer;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;
import org.wardflow.render.Viewport;
import org.wardflow.testutil.RenderTestData;

/**
 * The renderer at 1920×1080 on the 192 real West Midlands wards and 1,238 schools (choropleth,
 * outlines, district lines, symbols by phase, labels), alone and with 5,000 flows (about 40 %
 * published, the rest hidden and drawn dashed). "fast" renders into an INT_ARGB_PRE image — the
 * screen's format — with the raster fast paths; "java2d" draws through a plain Graphics2D, the path
 * SVG/PDF export take. Wall-clock time is JMH's score; the thread CPU time per render is printed at
 * the end of each trial ({@code cpu_ms_per_op}), which is what the 2-core machine shared with other
 * builds can measure reliably.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=RenderBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class RenderBenchmark {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  Geography geo;
  Viewport viewport;
  Style style;
  Scene base;
  Scene withFlows;
  BufferedImage image;
  long cpuNanos;
  long ops;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    geo =
        RenderTestData.load(
            RenderTestData.sharedFile(RenderTestData.WARDS_BNG),
            RenderTestData.sharedFile(RenderTestData.SCHOOLS));
    viewport = Viewport.fit(geo.wards().extent(), 1920, 1080, 0.03);
    style = Style.standard();
    List<Flow> flows = RenderTestData.syntheticFlows(geo, 5000, 5, 42);
    base = Scene.of(geo).withWardFills(RenderTestData.fillsFromFlows(geo, flows, 5));
    withFlows = base.withFlows(flows).withFlowDisplay(FlowDisplay.ALL);
    image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB_PRE);
    Renderer.prepare(geo, viewport);
  }

  @Setup(Level.Iteration)
  public void resetCounters() {
    cpuNanos = 0;
    ops = 0;
  }

  @TearDown(Level.Iteration)
  public void report() {
    System.out.printf(
        Locale.ROOT,
        " [cpu_ms_per_op=%.2f over %d renders]",
        cpuNanos / 1e6 / Math.max(1, ops),
        ops);
  }

  private RenderResult timed(Scene scene, boolean fast) {
    long t = MX.getCurrentThreadCpuTime();
    RenderResult r;
    if (fast) {
      r = Renderer.render(scene, style, viewport, image, RenderOptions.DEFAULT);
    } else {
      Graphics2D g = image.createGraphics();
      r = Renderer.render(scene, style, viewport, g);
      g.dispose();
    }
    cpuNanos += MX.getCurrentThreadCpuTime() - t;
    ops++;
    return r;
  }

  /** 192 wards + 1,238 schools + labels, raster fast path (target ≤ 25 ms). */
  @Benchmark
  public RenderResult wardsSchoolsFast() {
    return timed(base, true);
  }

  /** The same through plain Java2D. */
  @Benchmark
  public RenderResult wardsSchoolsJava2d() {
    return timed(base, false);
  }

  /** Wards, schools, labels and 5,000 flows, raster fast path (target ≤ 100 ms). */
  @Benchmark
  public RenderResult flows5000Fast() {
    return timed(withFlows, true);
  }

  /** The same through plain Java2D. */
  @Benchmark
  public RenderResult flows5000Java2d() {
    return timed(withFlows, false);
  }
}
