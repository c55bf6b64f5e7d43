package org.wardflow.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A painted frame waiting to be shown: its request and the pixels ({@code TYPE_INT_ARGB_PRE}, the
 * layout of JavaFX's {@code INT_ARGB_PRE}).
 *
 * @param request what was drawn
 * @param image the pixels, {@link FrameRequest#pixelWidth()} × {@link FrameRequest#pixelHeight()}
 * @param paintNanos how long painting took
 */
public record RenderedFrame(FrameRequest request, BufferedImage image, long paintNanos) {

  /** The pixel array of the image (row-major, no padding). */
  public int[] pixels() {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }
}
