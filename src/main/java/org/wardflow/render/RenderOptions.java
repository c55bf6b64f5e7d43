package org.wardflow.render;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Options of one render call.
 *
 * @param cancelled checked between layers and batches; when it returns true the render stops early
 *     and reports {@link RenderResult#completed()} false (the screen uses this to drop stale
 *     frames)
 * @param rasterFastPaths allow the raster fast paths when drawing onto a supported {@code
 *     BufferedImage} (they look the same as the Java2D path; off forces plain Java2D)
 */
public record RenderOptions(BooleanSupplier cancelled, boolean rasterFastPaths) {

  /** Never cancelled, fast paths allowed. */
  public static final RenderOptions DEFAULT = new RenderOptions(() -> false, true);

  /** Checks for null. */
  public RenderOptions {
    Objects.requireNonNull(cancelled, "cancelled");
  }

  /** Default options with a cancellation check. */
  public static RenderOptions cancellable(BooleanSupplier cancelled) {
    return new RenderOptions(cancelled, true);
  }

  /** These options with the fast paths on or off. */
  public RenderOptions withRasterFastPaths(boolean on) {
    return new RenderOptions(cancelled, on);
  }
}
