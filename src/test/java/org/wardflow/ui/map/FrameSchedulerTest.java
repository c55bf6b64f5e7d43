package org.wardflow.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wardflow.render.Viewport;

/** Background painting without a toolkit: stale frames, output scale, failures, buffer reuse. */
class FrameSchedulerTest {
  private static final Viewport VIEW = new Viewport(400_000, 285_000, 10, 200, 100);

  private final BlockingQueue<RenderedFrame> delivered = new LinkedBlockingQueue<>();
  private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
  private FrameScheduler scheduler;

  private FrameScheduler scheduler(FramePainter p) {
    scheduler =
        new FrameScheduler(
            p, FrameScheduler.paintingThread(), delivered::add, (r, e) -> failures.add(e));
    return scheduler;
  }

  @AfterEach
  void close() {
    if (scheduler != null) {
      scheduler.close();
    }
  }

  @Test
  void aNewerRequestCancelsTheFrameBeingPainted() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch secondSubmitted = new CountDownLatch(1);
    AtomicBoolean firstSawCancel = new AtomicBoolean();
    FramePainter painter =
        (req, g, cancelled) -> {
          if (req.sequence() == 1) {
            firstStarted.countDown();
            await(secondSubmitted);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!cancelled.getAsBoolean() && System.nanoTime() < until) {
              Thread.onSpinWait();
            }
            firstSawCancel.set(cancelled.getAsBoolean());
          }
          g.setColor(Color.RED);
          g.fillRect(0, 0, 10, 10);
        };
    FrameScheduler s = scheduler(painter);
    FrameRequest first = s.submit(VIEW, 1, MapScene.EMPTY);
    assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
    FrameRequest second = s.submit(VIEW.panByPixels(5, 0), 1, MapScene.EMPTY);
    secondSubmitted.countDown();
    RenderedFrame f = delivered.poll(5, TimeUnit.SECONDS);
    assertEquals(second, f.request(), "only the newest frame is delivered");
    assertTrue(firstSawCancel.get(), "the stale painter saw cancelled = true");
    assertTrue(s.isStale(first));
    assertFalse(s.isStale(second));
    assertEquals(1, s.cancelledFrames());
    assertEquals(1, s.paintedFrames());
    assertEquals(0, delivered.size());
  }

  @Test
  void queuedStaleRequestsAreSkippedWithoutPainting() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> painted = new CopyOnWriteArrayList<>();
    FrameScheduler s =
        scheduler(
            (req, g, cancelled) -> {
              painted.add(req.sequence());
              if (req.sequence() == 1) {
                started.countDown();
                await(release);
              }
            });
    s.submit(VIEW, 1, MapScene.EMPTY);
    assertTrue(started.await(5, TimeUnit.SECONDS));
    for (int i = 0; i < 5; i++) {
      s.submit(VIEW.panByPixels(i, 0), 1, MapScene.EMPTY);
    }
    release.countDown();
    RenderedFrame f = delivered.poll(5, TimeUnit.SECONDS);
    assertEquals(6, f.request().sequence());
    assertEquals(List.of(1L, 6L), painted, "requests 2–5 were never painted");
  }

  @Test
  void framesArePaintedAtTheOutputScale() throws Exception {
    AtomicReference<Double> scaleSeen = new AtomicReference<>();
    FrameScheduler s =
        scheduler(
            (req, g, cancelled) -> {
              scaleSeen.set(g.getTransform().getScaleX());
              g.setColor(Color.BLUE);
              g.fillRect(0, 0, req.viewport().width(), req.viewport().height());
            });
    s.submit(VIEW, 2, MapScene.EMPTY);
    RenderedFrame f = delivered.poll(5, TimeUnit.SECONDS);
    assertEquals(400, f.image().getWidth());
    assertEquals(200, f.image().getHeight());
    assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, f.image().getType());
    assertEquals(2.0, scaleSeen.get());
    assertEquals(0xFF0000FF, f.pixels()[399 + 199 * 400], "logical drawing covers every pixel");
    assertEquals(VIEW.metresPerPixel() / 2, f.request().deviceViewport().metresPerPixel());
  }

  @Test
  void fractionalOutputScalesRoundTheImageUp() {
    FrameRequest r = new FrameRequest(1, new Viewport(0, 0, 1, 801, 601), 1.25, MapScene.EMPTY);
    assertEquals(1002, r.pixelWidth());
    assertEquals(752, r.pixelHeight());
  }

  @Test
  void painterFailuresAreReportedAndBuffersReused() throws Exception {
    FrameScheduler s =
        scheduler(
            (req, g, cancelled) -> {
              if (req.sequence() == 2) {
                throw new IllegalStateException("boom");
              }
            });
    s.submit(VIEW, 1, MapScene.EMPTY);
    RenderedFrame f1 = delivered.poll(5, TimeUnit.SECONDS);
    s.recycle(f1);
    s.submit(VIEW, 1, MapScene.EMPTY);
    long until = System.currentTimeMillis() + 5000;
    while (failures.isEmpty() && System.currentTimeMillis() < until) {
      Thread.sleep(10);
    }
    assertEquals("boom", failures.get(0).getMessage());
    s.submit(VIEW, 1, MapScene.EMPTY);
    RenderedFrame f3 = delivered.poll(5, TimeUnit.SECONDS);
    assertSame(f1.image(), f3.image(), "the recycled buffer is painted again");
    assertEquals(0, f3.pixels()[0], "and cleared to transparent first");
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
