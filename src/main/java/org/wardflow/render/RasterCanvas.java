package org.wardflow.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The raster fast path for lines: antialiased polylines of any (tapering) width rasterised straight
 * into the pixels of an {@code int} image, for ward boundaries and flows. Each pixel's coverage is
 * computed from its distance to the segment (a capsule with the width interpolated along it), so
 * lines are smooth at any angle; lines thinner than a pixel get a coverage tent of the right area.
 *
 * <p>Lines are added in classes of one colour. Within a class coverage is combined with max (the
 * union of the shapes, like Java2D filling one path) and the class is composited once, source-over,
 * classes in the order they were added — the semantics of the Java2D path's one {@code Path2D} per
 * class. Work runs tile by tile (64×64 pixels): segments are binned into the tiles they touch, and
 * each tile rasterises its segments class by class into a tile-sized coverage buffer that stays in
 * the CPU's L1 cache, then composites into the tile's pixels. Cost is proportional to the pixels
 * the lines cover, not to the image or the classes' bounding boxes — which is what makes thousands
 * of flows cheap.
 *
 * <p>Supports {@code TYPE_INT_ARGB_PRE} and {@code TYPE_INT_RGB} images with a packed sample model.
 * Not thread-safe: one canvas per render.
 */
final class RasterCanvas {
  private static final int TILE_SHIFT = 6;
  private static final int TILE = 1 << TILE_SHIFT;
  // per segment: ax, ay, bx, by, ra, rb, along, dash, flags
  private static final int F = 9;
  private static final int CAP_A = 1;
  private static final int CAP_B = 2;

  private final int[] data;
  private final int offset;
  private final int stride;
  private final int width;
  private final int height;
  private final boolean opaque;
  private final int tilesX;
  private final int tilesY;

  private double[] seg = new double[F * 1024];
  private int segCount;
  private int[] classEnd = new int[16];
  private int[] classArgb = new int[16];
  private int classCount;

  // tile-local scratch
  private final byte[] cov = new byte[TILE * TILE];
  private final int[] touched = new int[TILE * TILE];
  private int touchedCount;

  private RasterCanvas(int[] data, int offset, int stride, int width, int height, boolean opaque) {
    this.data = data;
    this.offset = offset;
    this.stride = stride;
    this.width = width;
    this.height = height;
    this.opaque = opaque;
    this.tilesX = (width + TILE - 1) >> TILE_SHIFT;
    this.tilesY = (height + TILE - 1) >> TILE_SHIFT;
  }

  /** True when the image can be drawn on by the fast path. */
  static boolean supports(BufferedImage img) {
    int t = img.getType();
    return (t == BufferedImage.TYPE_INT_ARGB_PRE || t == BufferedImage.TYPE_INT_RGB)
        && img.getRaster().getDataBuffer() instanceof DataBufferInt
        && img.getSampleModel() instanceof SinglePixelPackedSampleModel
        && img.getRaster().getParent() == null;
  }

  /** A canvas on the image's pixels (call {@link #supports} first). */
  static RasterCanvas on(BufferedImage img) {
    DataBufferInt db = (DataBufferInt) img.getRaster().getDataBuffer();
    SinglePixelPackedSampleModel sm = (SinglePixelPackedSampleModel) img.getSampleModel();
    return new RasterCanvas(
        db.getData(),
        db.getOffset(),
        sm.getScanlineStride(),
        img.getWidth(),
        img.getHeight(),
        img.getType() == BufferedImage.TYPE_INT_RGB);
  }

  /**
   * Adds a polyline to the current class.
   *
   * @param xy x, y pairs in pixels
   * @param n number of points used from {@code xy}
   * @param w0 width at the first point
   * @param w1 width at the last point (linear in between, by point index)
   * @param roundEnds round caps at the two ends (else butt ends)
   * @param dash dash and gap length in pixels, 0 for a solid line
   */
  void polyline(double[] xy, int n, double w0, double w1, boolean roundEnds, double dash) {
    double along = 0;
    for (int i = 0; i + 1 < n; i++) {
      double ax = xy[2 * i];
      double ay = xy[2 * i + 1];
      double bx = xy[2 * i + 2];
      double by = xy[2 * i + 3];
      double ra = (w0 + (w1 - w0) * i / (n - 1)) / 2;
      double rb = (w0 + (w1 - w0) * (i + 1) / (n - 1)) / 2;
      int flags = (roundEnds || i > 0 ? CAP_A : 0) | (roundEnds || i + 2 < n ? CAP_B : 0);
      add(ax, ay, bx, by, ra, rb, along, dash, flags);
      along += Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    }
  }

  private void add(
      double ax,
      double ay,
      double bx,
      double by,
      double ra,
      double rb,
      double along,
      double dash,
      int flags) {
    double reach = Math.max(Math.max(ra, rb) + 0.5, 1.0);
    if (Math.max(ax, bx) + reach < 0
        || Math.max(ay, by) + reach < 0
        || Math.min(ax, bx) - reach > width
        || Math.min(ay, by) - reach > height
        || !Double.isFinite(ax + ay + bx + by)) {
      return;
    }
    if ((segCount + 1) * F > seg.length) {
      seg = Arrays.copyOf(seg, seg.length * 2);
    }
    int o = segCount * F;
    seg[o] = ax;
    seg[o + 1] = ay;
    seg[o + 2] = bx;
    seg[o + 3] = by;
    seg[o + 4] = ra;
    seg[o + 5] = rb;
    seg[o + 6] = along;
    seg[o + 7] = dash;
    seg[o + 8] = flags;
    segCount++;
  }

  /**
   * Ends the current class: its lines will be composited with this colour (ARGB, not
   * premultiplied).
   */
  void flush(int argb) {
    int start = classCount == 0 ? 0 : classEnd[classCount - 1];
    if (segCount == start) {
      return;
    }
    if (classCount == classEnd.length) {
      classEnd = Arrays.copyOf(classEnd, classCount * 2);
      classArgb = Arrays.copyOf(classArgb, classCount * 2);
    }
    classEnd[classCount] = segCount;
    classArgb[classCount] = argb;
    classCount++;
  }

  /** Drops everything added since the last {@link #finish}. */
  void discard() {
    segCount = 0;
    classCount = 0;
  }

  /**
   * Draws every class added since the last call, tile by tile.
   *
   * @param cancelled checked between tile rows; when it fires the rest is dropped
   * @return false when cancelled
   */
  boolean finish(BooleanSupplier cancelled) {
    flushOpenSegments();
    int nTiles = tilesX * tilesY;
    // bin segments into tiles (CSR: counts, prefix sums, fill) keeping segment order
    int[] start = new int[nTiles + 1];
    int[] bounds = new int[segCount * 4];
    for (int s = 0; s < segCount; s++) {
      int o = s * F;
      double reach = Math.max(Math.max(seg[o + 4], seg[o + 5]) + 0.5, 1.0);
      int tx0 = clamp(floor(Math.min(seg[o], seg[o + 2]) - reach) >> TILE_SHIFT, tilesX);
      int tx1 = clamp(floor(Math.max(seg[o], seg[o + 2]) + reach) >> TILE_SHIFT, tilesX);
      int ty0 = clamp(floor(Math.min(seg[o + 1], seg[o + 3]) - reach) >> TILE_SHIFT, tilesY);
      int ty1 = clamp(floor(Math.max(seg[o + 1], seg[o + 3]) + reach) >> TILE_SHIFT, tilesY);
      bounds[4 * s] = tx0;
      bounds[4 * s + 1] = tx1;
      bounds[4 * s + 2] = ty0;
      bounds[4 * s + 3] = ty1;
      for (int ty = ty0; ty <= ty1; ty++) {
        for (int tx = tx0; tx <= tx1; tx++) {
          start[ty * tilesX + tx + 1]++;
        }
      }
    }
    for (int t = 0; t < nTiles; t++) {
      start[t + 1] += start[t];
    }
    int[] list = new int[start[nTiles]];
    int[] fill = Arrays.copyOf(start, nTiles);
    for (int s = 0; s < segCount; s++) {
      for (int ty = bounds[4 * s + 2]; ty <= bounds[4 * s + 3]; ty++) {
        for (int tx = bounds[4 * s]; tx <= bounds[4 * s + 1]; tx++) {
          list[fill[ty * tilesX + tx]++] = s;
        }
      }
    }
    boolean done = true;
    for (int ty = 0; ty < tilesY && done; ty++) {
      if (cancelled.getAsBoolean()) {
        done = false;
        break;
      }
      for (int tx = 0; tx < tilesX; tx++) {
        int t = ty * tilesX + tx;
        if (start[t] == start[t + 1]) {
          continue;
        }
        drawTile(tx << TILE_SHIFT, ty << TILE_SHIFT, list, start[t], start[t + 1]);
      }
    }
    segCount = 0;
    classCount = 0;
    return done;
  }

  private void flushOpenSegments() {
    int closed = classCount == 0 ? 0 : classEnd[classCount - 1];
    if (segCount > closed) {
      flush(0); // unterminated segments are dropped (transparent)
    }
  }

  /**
   * Composites a premultiplied ARGB image (a cached sprite) source-over with its top-left corner at
   * (x, y), clipped to the canvas. Sprites are small and many, so this plain loop beats the general
   * Java2D mask blit.
   */
  void blit(BufferedImage sprite, int x, int y) {
    DataBufferInt db = (DataBufferInt) sprite.getRaster().getDataBuffer();
    int[] src = db.getData();
    int sw = sprite.getWidth();
    int sh = sprite.getHeight();
    int sStride = ((SinglePixelPackedSampleModel) sprite.getSampleModel()).getScanlineStride();
    int sOff = db.getOffset();
    int x0 = Math.max(0, x);
    int y0 = Math.max(0, y);
    int x1 = Math.min(width, x + sw);
    int y1 = Math.min(height, y + sh);
    for (int py = y0; py < y1; py++) {
      int si = sOff + (py - y) * sStride + (x0 - x);
      int di = offset + py * stride + x0;
      for (int px = x0; px < x1; px++, si++, di++) {
        int sp = src[si];
        int sa = sp >>> 24;
        if (sa == 0) {
          continue;
        }
        if (sa == 255) {
          data[di] = sp;
          continue;
        }
        int inv = 255 - sa;
        int d = data[di];
        int r = ((sp >> 16) & 0xFF) + div255(((d >> 16) & 0xFF) * inv);
        int g = ((sp >> 8) & 0xFF) + div255(((d >> 8) & 0xFF) * inv);
        int b = (sp & 0xFF) + div255((d & 0xFF) * inv);
        int a = opaque ? 0xFF : sa + div255(((d >>> 24) & 0xFF) * inv);
        data[di] = (a << 24) | (r << 16) | (g << 8) | b;
      }
    }
  }

  /** x / 255 rounded, exact for 0 ≤ x ≤ 255 · 255. */
  static int div255(int x) {
    int t = x + 128;
    return (t + (t >> 8)) >> 8;
  }

  /** Floor to int without the (on some CPUs non-intrinsic) Math.floor. */
  static int floor(double v) {
    int i = (int) v;
    return v < i ? i - 1 : i;
  }

  /** Ceiling to int. */
  static int ceil(double v) {
    int i = (int) v;
    return v > i ? i + 1 : i;
  }

  private static int clamp(int v, int n) {
    return v < 0 ? 0 : v >= n ? n - 1 : v;
  }

  private void drawTile(int x0, int y0, int[] list, int from, int to) {
    int x1 = Math.min(width, x0 + TILE);
    int y1 = Math.min(height, y0 + TILE);
    int cls = 0;
    int k = from;
    while (k < to) {
      int s = list[k];
      while (s >= classEnd[cls]) {
        cls++;
      }
      int end = classEnd[cls];
      while (k < to && list[k] < end) {
        raster(list[k], x0, y0, x1, y1);
        k++;
      }
      composite(x0, y0, classArgb[cls]);
    }
  }

  private void raster(int s, int tx0, int ty0, int tx1, int ty1) {
    int o = s * F;
    if (seg[o + 4] < 0.5 && seg[o + 5] < 0.5) {
      rasterThin(s, tx0, ty0, tx1, ty1);
      return;
    }
    double ax = seg[o];
    double ay = seg[o + 1];
    double bx = seg[o + 2];
    double by = seg[o + 3];
    double ra = seg[o + 4];
    double rb = seg[o + 5];
    double along = seg[o + 6];
    double dash = seg[o + 7];
    int flags = (int) seg[o + 8];
    boolean capA = (flags & CAP_A) != 0;
    boolean capB = (flags & CAP_B) != 0;
    double dx = bx - ax;
    double dy = by - ay;
    double l2 = dx * dx + dy * dy;
    double len = Math.sqrt(l2);
    // distance beyond which coverage is 0: r + 0.5 for wide lines, 1 for the sub-pixel tent
    double reach = Math.max(Math.max(ra, rb) + 0.5, 1.0);
    double minX = Math.min(ax, bx) - reach;
    double maxX = Math.max(ax, bx) + reach;
    int ys = Math.max(ty0, ceil(Math.min(ay, by) - reach - 0.5));
    int ye = Math.min(ty1 - 1, floor(Math.max(ay, by) + reach - 0.5));
    double invL2 = l2 > 1e-12 ? 1 / l2 : 0;
    double invLen = len > 1e-6 ? 1 / len : 0;
    boolean degenerate = len <= 1e-6;
    boolean steep = Math.abs(dy) > 1e-6;
    double slope = steep ? dx / dy : 0;
    double halfSpan = steep ? reach * len / Math.abs(dy) : 0;
    double dr = rb - ra;
    for (int y = ys; y <= ye; y++) {
      double qy = y + 0.5 - ay;
      double xa;
      double xb;
      if (steep) {
        double xc = ax + qy * slope;
        xa = Math.max(minX, xc - halfSpan);
        xb = Math.min(maxX, xc + halfSpan);
      } else {
        xa = minX;
        xb = maxX;
      }
      // pixels whose centre x + 0.5 lies in [xa, xb]
      int xs = Math.max(tx0, ceil(xa - 0.5));
      int xe = Math.min(tx1 - 1, floor(xb - 0.5));
      int row = (y - ty0) << TILE_SHIFT;
      for (int x = xs; x <= xe; x++) {
        double qx = x + 0.5 - ax;
        double t = (qx * dx + qy * dy) * invL2;
        double d;
        if (t < 0 || degenerate) {
          if (!capA) {
            continue;
          }
          t = 0;
          d = Math.sqrt(qx * qx + qy * qy);
        } else if (t > 1) {
          if (!capB) {
            continue;
          }
          t = 1;
          double ex = qx - dx;
          double ey = qy - dy;
          d = Math.sqrt(ex * ex + ey * ey);
        } else {
          // within the segment's span the distance is to the line: linear, no square root
          d = Math.abs(qx * dy - qy * dx) * invLen;
        }
        if (d >= reach) {
          continue;
        }
        if (dash > 0 && (((long) ((along + t * len) / dash)) & 1L) == 1L) {
          continue;
        }
        double r = ra + dr * t;
        double c = r < 0.5 ? 2 * r * (1 - d) : r + 0.5 - d; // hairlines: a tent of area 2r
        if (c <= 0) {
          continue;
        }
        int v = c >= 1 ? 255 : (int) (c * 255 + 0.5);
        if (v == 0) {
          continue;
        }
        int idx = row + (x - tx0);
        int old = cov[idx] & 0xFF;
        if (old == 0) {
          touched[touchedCount++] = idx;
          cov[idx] = (byte) v;
        } else if (v > old) {
          cov[idx] = (byte) v;
        }
      }
    }
  }

  /**
   * Hairlines (width below a pixel) walk the segment's major axis: per column (or row) only the two
   * or three pixels within a pixel's perpendicular distance of the line are visited, with the same
   * tent coverage as the general case. Ends are butt (consecutive pieces meet at their shared end;
   * the class's max-union hides any overlap).
   */
  private void rasterThin(int s, int tx0, int ty0, int tx1, int ty1) {
    int o = s * F;
    double ax = seg[o];
    double ay = seg[o + 1];
    double bx = seg[o + 2];
    double by = seg[o + 3];
    double ra = seg[o + 4];
    double rb = seg[o + 5];
    double along = seg[o + 6];
    double dash = seg[o + 7];
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.sqrt(dx * dx + dy * dy);
    if (len < 1e-9) {
      return;
    }
    boolean xMajor = Math.abs(dx) >= Math.abs(dy);
    // along the major axis u, across it v; the line is v = va + (u - ua) * slope
    double ua = xMajor ? ax : ay;
    double va = xMajor ? ay : ax;
    double du = xMajor ? dx : dy;
    double dv = xMajor ? dy : dx;
    double slope = dv / du;
    double cos = Math.abs(du) / len; // perpendicular distance = |v - vLine| * cos
    double halfV = 1 / cos; // |v - vLine| below which d < 1
    int u0 = ceil(Math.min(ua, ua + du) - 0.5);
    int u1 = floor(Math.max(ua, ua + du) - 0.5);
    int uLo = xMajor ? tx0 : ty0;
    int uHi = (xMajor ? tx1 : ty1) - 1;
    int vLo = xMajor ? ty0 : tx0;
    int vHi = (xMajor ? ty1 : tx1) - 1;
    u0 = Math.max(u0, uLo);
    u1 = Math.min(u1, uHi);
    double dr = rb - ra;
    for (int u = u0; u <= u1; u++) {
      double pu = u + 0.5;
      double t = (pu - ua) / du;
      if (dash > 0 && (((long) ((along + t * len) / dash)) & 1L) == 1L) {
        continue;
      }
      double vLine = va + (pu - ua) * slope;
      double w2 = 2 * (ra + dr * t); // tent height = width
      int v0 = Math.max(vLo, ceil(vLine - halfV - 0.5));
      int v1 = Math.min(vHi, floor(vLine + halfV - 0.5));
      for (int v = v0; v <= v1; v++) {
        double d = Math.abs(v + 0.5 - vLine) * cos;
        double c = w2 * (1 - d);
        if (c <= 0) {
          continue;
        }
        int val = (int) (c * 255 + 0.5);
        if (val == 0) {
          continue;
        }
        int idx =
            xMajor ? ((v - ty0) << TILE_SHIFT) + (u - tx0) : ((u - ty0) << TILE_SHIFT) + (v - tx0);
        int old = cov[idx] & 0xFF;
        if (old == 0) {
          touched[touchedCount++] = idx;
          cov[idx] = (byte) val;
        } else if (val > old) {
          cov[idx] = (byte) val;
        }
      }
    }
  }

  private void composite(int tx0, int ty0, int argb) {
    int a = (argb >>> 24) & 0xFF;
    int sr = (argb >> 16) & 0xFF;
    int sg = (argb >> 8) & 0xFF;
    int sb = argb & 0xFF;
    for (int k = 0; k < touchedCount; k++) {
      int idx = touched[k];
      int alpha = div255((cov[idx] & 0xFF) * a);
      cov[idx] = 0;
      if (alpha == 0) {
        continue;
      }
      int p = offset + (ty0 + (idx >> TILE_SHIFT)) * stride + tx0 + (idx & (TILE - 1));
      int inv = 255 - alpha;
      int d = data[p];
      int r = div255(sr * alpha + ((d >> 16) & 0xFF) * inv);
      int g = div255(sg * alpha + ((d >> 8) & 0xFF) * inv);
      int b = div255(sb * alpha + (d & 0xFF) * inv);
      int da = opaque ? 0xFF : alpha + div255(((d >>> 24) & 0xFF) * inv);
      data[p] = (da << 24) | (r << 16) | (g << 8) | b;
    }
    touchedCount = 0;
  }
}
