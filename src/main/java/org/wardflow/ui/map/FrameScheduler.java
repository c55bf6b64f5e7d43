package org.wardflow.ui.map;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.wardflow.render.Viewport;

/**
 * Paints frames off the caller's thread, newest first: each {@link #submit} supersedes every
 * earlier request, whose painter sees {@code cancelled} become true and whose pixels are dropped (a
 * stale frame). Completed frames go to a callback on the painting thread; the caller hands their
 * images back with {@link #recycle} so that buffers are reused. Uses no toolkit, so it is tested
 * without JavaFX.
 */
public final class FrameScheduler implements AutoCloseable {
  private static final int POOL_SIZE = 3;

  private final FramePainter painter;
  private final ExecutorService executor;
  private final Consumer<RenderedFrame> delivered;
  private final BiConsumer<FrameRequest, RuntimeException> failed;
  private final AtomicLong latest = new AtomicLong();
  private final AtomicLong cancelledFrames = new AtomicLong();
  private final AtomicLong paintedFrames = new AtomicLong();
  private final Deque<BufferedImage> pool = new ConcurrentLinkedDeque<>();

  /**
   * Creates a scheduler.
   *
   * @param painter draws the frames
   * @param executor runs painting (one thread is best: frames are sequential anyway)
   * @param delivered receives each completed, still-current frame (on the painting thread)
   * @param failed receives painter exceptions of still-current frames (on the painting thread)
   */
  public FrameScheduler(
      FramePainter painter,
      ExecutorService executor,
      Consumer<RenderedFrame> delivered,
      BiConsumer<FrameRequest, RuntimeException> failed) {
    this.painter = Objects.requireNonNull(painter, "painter");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.delivered = Objects.requireNonNull(delivered, "delivered");
    this.failed = Objects.requireNonNull(failed, "failed");
  }

  /** A single daemon thread named for map painting. */
  public static ExecutorService paintingThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "wardflow-map-painter");
          t.setDaemon(true);
          t.setPriority(Thread.NORM_PRIORITY - 1);
          return t;
        });
  }

  /**
   * Requests a frame; every earlier request becomes stale.
   *
   * @return the request submitted
   */
  public FrameRequest submit(Viewport viewport, double outputScale, MapScene scene) {
    FrameRequest r = new FrameRequest(latest.incrementAndGet(), viewport, outputScale, scene);
    try {
      executor.execute(() -> paint(r));
    } catch (RejectedExecutionException e) {
      cancelledFrames.incrementAndGet();
    }
    return r;
  }

  /** True when a newer request exists. */
  public boolean isStale(FrameRequest r) {
    return r.sequence() != latest.get();
  }

  /** Marks every submitted request stale (e.g. when the view goes away). */
  public void cancelAll() {
    latest.incrementAndGet();
  }

  /** Number of frames cancelled or dropped as stale so far. */
  public long cancelledFrames() {
    return cancelledFrames.get();
  }

  /** Number of frames painted and delivered so far. */
  public long paintedFrames() {
    return paintedFrames.get();
  }

  /** Returns a frame's image for reuse once its pixels have been copied. */
  public void recycle(RenderedFrame f) {
    recycle(f.image());
  }

  private void recycle(BufferedImage img) {
    if (pool.size() < POOL_SIZE) {
      pool.offerFirst(img);
    }
  }

  private BufferedImage obtain(int w, int h) {
    BufferedImage img;
    while ((img = pool.pollFirst()) != null) {
      if (img.getWidth() == w && img.getHeight() == h) {
        return img;
      }
    }
    return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
  }

  private void paint(FrameRequest r) {
    if (isStale(r)) {
      cancelledFrames.incrementAndGet();
      return;
    }
    long start = System.nanoTime();
    BufferedImage img = obtain(r.pixelWidth(), r.pixelHeight());
    Graphics2D g = img.createGraphics();
    try {
      g.setComposite(AlphaComposite.Clear);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.setComposite(AlphaComposite.SrcOver);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.scale(r.outputScale(), r.outputScale());
      g.clipRect(0, 0, r.viewport().width(), r.viewport().height());
      painter.paint(r, g, () -> isStale(r));
    } catch (RuntimeException e) {
      recycle(img);
      if (isStale(r)) {
        cancelledFrames.incrementAndGet();
      } else {
        failed.accept(r, e);
      }
      return;
    } finally {
      g.dispose();
    }
    if (isStale(r)) {
      cancelledFrames.incrementAndGet();
      recycle(img);
      return;
    }
    paintedFrames.incrementAndGet();
    delivered.accept(new RenderedFrame(r, img, System.nanoTime() - start));
  }

  /** Cancels outstanding frames and stops the executor. */
  @Override
  public void close() {
    cancelAll();
    executor.shutdownNow();
  }
}
