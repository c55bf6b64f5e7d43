package org.wardflow.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small, fast PNG encoder for page images (8-bit RGB): the rows filtered with the cheaper of
 * "Sub" and "Up" by the minimum-sum-of-absolute-differences rule and compressed at zlib level 3 —
 * several times faster than the JDK's writer on large, mostly white sheets, at a similar size. It
 * writes the resolution ({@code pHYs}) and UTF-8 text ({@code iTXt}) chunks.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

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
    ByteArrayOutputStream idat = new ByteArrayOutputStream(Math.max(1 << 16, w * h / 8));
    Deflater deflater = new Deflater(2);
    try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
      writeRows(img, z);
    } finally {
      deflater.end();
    }
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    out.flush();
    return bos.toByteArray();
  }

  private static void writeRows(BufferedImage img, OutputStream z) throws IOException {
    int w = img.getWidth();
    int h = img.getHeight();
    boolean direct =
        img.getType() == BufferedImage.TYPE_INT_RGB
            && img.getRaster().getDataBuffer() instanceof DataBufferInt
            && img.getRaster().getParent() == null;
    int[] data = direct ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() : null;
    int offset = direct ? ((DataBufferInt) img.getRaster().getDataBuffer()).getOffset() : 0;
    int stride =
        direct
            ? ((java.awt.image.SinglePixelPackedSampleModel) img.getSampleModel())
                .getScanlineStride()
            : w;
    int[] rowPixels = new int[w];
    byte[] prev = new byte[w * 3];
    byte[] cur = new byte[w * 3];
    byte[] sub = new byte[w * 3 + 1];
    byte[] up = new byte[w * 3 + 1];
    for (int y = 0; y < h; y++) {
      int[] px;
      int base;
      if (direct) {
        px = data;
        base = offset + y * stride;
      } else {
        img.getRGB(0, y, w, 1, rowPixels, 0, w);
        px = rowPixels;
        base = 0;
      }
      for (int x = 0, i = 0; x < w; x++, i += 3) {
        int p = px[base + x];
        cur[i] = (byte) (p >>> 16);
        cur[i + 1] = (byte) (p >>> 8);
        cur[i + 2] = (byte) p;
      }
      sub[0] = 1;
      up[0] = 2;
      long sumSub = 0;
      long sumUp = 0;
      int n = w * 3;
      for (int i = 0; i < n; i++) {
        int c = cur[i] & 0xFF;
        int left = i >= 3 ? cur[i - 3] & 0xFF : 0;
        int above = prev[i] & 0xFF;
        byte s = (byte) (c - left);
        byte u = (byte) (c - above);
        sub[i + 1] = s;
        up[i + 1] = u;
        sumSub += Math.abs((int) s);
        sumUp += Math.abs((int) u);
      }
      z.write(sumUp <= sumSub ? up : sub);
      byte[] t = prev;
      prev = cur;
      cur = t;
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
