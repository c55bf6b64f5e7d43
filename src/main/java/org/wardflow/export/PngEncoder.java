package org.wardflow.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small, fast PNG encoder for page images (8-bit RGB): the rows filtered with the cheaper of
 * "Sub" and "Up" by the minimum-sum-of-absolute-differences rule and compressed at zlib level 2 in
 * horizontal bands on all cores — several times faster than the JDK's writer on large, mostly white
 * sheets, at a similar size. It writes the resolution ({@code pHYs}) and UTF-8 text ({@code iTXt})
 * chunks.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  private static final int LEVEL = 2;

  private PngEncoder() {}

  /**
   * Encodes an image.
   *
   * @param img an image of any type ({@code TYPE_INT_RGB} is read directly)
   * @param dpi resolution stored in the file
   * @param text keyword → text chunks (empty values skipped)
   */
  static byte[] encode(BufferedImage img, int dpi, Map<String, String> text) throws IOException {
    int w = img.getWidth();
    int h = img.getHeight();
    ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(1 << 16, w * h / 8));
    DataOutputStream out = new DataOutputStream(bos);
    out.write(SIGNATURE);
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(ihdr);
    d.writeInt(w);
    d.writeInt(h);
    d.writeByte(8); // bit depth
    d.writeByte(2); // colour type: truecolour
    d.writeByte(0); // deflate
    d.writeByte(0); // adaptive filtering
    d.writeByte(0); // no interlace
    chunk(out, "IHDR", ihdr.toByteArray());
    ByteArrayOutputStream phys = new ByteArrayOutputStream();
    d = new DataOutputStream(phys);
    int ppm = (int) Math.round(dpi / 0.0254);
    d.writeInt(ppm);
    d.writeInt(ppm);
    d.writeByte(1); // metre
    chunk(out, "pHYs", phys.toByteArray());
    for (Map.Entry<String, String> e : text.entrySet()) {
      if (e.getValue() == null || e.getValue().isEmpty()) {
        continue;
      }
      ByteArrayOutputStream t = new ByteArrayOutputStream();
      t.write(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
      t.write(0); // keyword end
      t.write(0); // uncompressed
      t.write(0); // method
      t.write("en-GB".getBytes(StandardCharsets.US_ASCII));
      t.write(0);
      t.write(0); // no translated keyword
      t.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      chunk(out, "iTXt", t.toByteArray());
    }
    byte[] idat = compress(img);
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    out.flush();
    return bos.toByteArray();
  }

  /**
   * The zlib stream of the filtered rows, compressed in horizontal bands in parallel: each band a
   * raw deflate stream ended by a sync flush (the last one finished), joined under one zlib header
   * and the Adler-32 of all the data — one valid stream, as pigz does.
   */
  private static byte[] compress(BufferedImage img) throws IOException {
    int h = img.getHeight();
    int bands =
        Math.max(1, Math.min(Math.min(Runtime.getRuntime().availableProcessors(), 8), h / 128));
    int per = (h + bands - 1) / bands;
    List<CompletableFuture<byte[][]>> jobs = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      int y0 = b * per;
      int y1 = Math.min(h, y0 + per);
      boolean last = y1 == h;
      jobs.add(CompletableFuture.supplyAsync(() -> band(img, y0, y1, last)));
      if (last) {
        break;
      }
    }
    ByteArrayOutputStream z = new ByteArrayOutputStream(Math.max(1 << 16, img.getWidth() * h / 8));
    z.write(0x78);
    z.write(0x5E);
    Adler32 adler = new Adler32();
    try {
      for (CompletableFuture<byte[][]> j : jobs) {
        byte[][] r = j.get();
        adler.update(r[0]);
        z.write(r[1]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("PNG encoding interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("PNG encoding failed: " + e.getCause(), e.getCause());
    }
    long a = adler.getValue();
    z.write((int) (a >>> 24));
    z.write((int) (a >>> 16));
    z.write((int) (a >>> 8));
    z.write((int) a);
    return z.toByteArray();
  }

  /** Filters rows y0..y1 and deflates them: {filtered bytes, raw deflate output}. */
  private static byte[][] band(BufferedImage img, int y0, int y1, boolean last) {
    int w = img.getWidth();
    int n = w * 3;
    byte[] filtered = new byte[(n + 1) * (y1 - y0)];
    boolean direct =
        img.getType() == BufferedImage.TYPE_INT_RGB
            && img.getRaster().getDataBuffer() instanceof DataBufferInt
            && img.getRaster().getParent() == null;
    int[] data = direct ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() : null;
    int offset = direct ? ((DataBufferInt) img.getRaster().getDataBuffer()).getOffset() : 0;
    int stride =
        direct ? ((SinglePixelPackedSampleModel) img.getSampleModel()).getScanlineStride() : w;
    int[] rowPixels = new int[w];
    byte[] prev = new byte[n];
    byte[] cur = new byte[n];
    if (y0 > 0) {
      rgb(img, y0 - 1, data, offset, stride, rowPixels, prev);
    }
    byte[] sub = new byte[n];
    byte[] up = new byte[n];
    int pos = 0;
    for (int y = y0; y < y1; y++) {
      rgb(img, y, data, offset, stride, rowPixels, cur);
      long sumSub = 0;
      long sumUp = 0;
      for (int i = 0; i < n; i++) {
        int c = cur[i] & 0xFF;
        int left = i >= 3 ? cur[i - 3] & 0xFF : 0;
        byte s = (byte) (c - left);
        byte u = (byte) (c - (prev[i] & 0xFF));
        sub[i] = s;
        up[i] = u;
        sumSub += Math.abs((int) s);
        sumUp += Math.abs((int) u);
      }
      boolean useUp = sumUp <= sumSub;
      filtered[pos++] = (byte) (useUp ? 2 : 1);
      System.arraycopy(useUp ? up : sub, 0, filtered, pos, n);
      pos += n;
      byte[] t = prev;
      prev = cur;
      cur = t;
    }
    Deflater d = new Deflater(LEVEL, true);
    try {
      d.setInput(filtered);
      if (last) {
        d.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1 << 12, filtered.length / 6));
      byte[] buf = new byte[1 << 16];
      while (true) {
        int k = last ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        out.write(buf, 0, k);
        if (last ? d.finished() : (k < buf.length && d.needsInput())) {
          break;
        }
      }
      return new byte[][] {filtered, out.toByteArray()};
    } finally {
      d.end();
    }
  }

  private static void rgb(
      BufferedImage img, int y, int[] data, int offset, int stride, int[] row, byte[] out) {
    int w = img.getWidth();
    int[] px;
    int base;
    if (data != null) {
      px = data;
      base = offset + y * stride;
    } else {
      img.getRGB(0, y, w, 1, row, 0, w);
      px = row;
      base = 0;
    }
    for (int x = 0, i = 0; x < w; x++, i += 3) {
      int p = px[base + x];
      out[i] = (byte) (p >>> 16);
      out[i + 1] = (byte) (p >>> 8);
      out[i + 2] = (byte) p;
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(data.length);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }
}
