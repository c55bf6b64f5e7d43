import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packs the rendered PNGs into {@code wardflow.ico} (Windows, PNG-compressed entries, Vista and
 * later) and {@code wardflow.icns} (macOS, PNG entries). Run by render-icons.sh as a single-file
 * program: {@code java IconContainers.java DIR}.
 */
public final class IconContainers {
  private IconContainers() {}

  /** Entry point: the folder holding wardflow-N.png. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    writeIco(dir, new int[] {16, 24, 32, 48, 64, 128, 256});
    Map<String, Integer> icns = new LinkedHashMap<>();
    icns.put("icp4", 16);
    icns.put("icp5", 32);
    icns.put("icp6", 64);
    icns.put("ic07", 128);
    icns.put("ic08", 256);
    icns.put("ic09", 512);
    writeIcns(dir, icns);
  }

  private static void writeIco(Path dir, int[] sizes) throws IOException {
    byte[][] pngs = new byte[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      pngs[i] = Files.readAllBytes(dir.resolve("wardflow-" + sizes[i] + ".png"));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // ICONDIR: reserved, type 1 (icon), count; all little-endian.
    le16(bytes, 0);
    le16(bytes, 1);
    le16(bytes, sizes.length);
    int offset = 6 + 16 * sizes.length;
    for (int i = 0; i < sizes.length; i++) {
      bytes.write(sizes[i] >= 256 ? 0 : sizes[i]); // width (0 means 256)
      bytes.write(sizes[i] >= 256 ? 0 : sizes[i]); // height
      bytes.write(0); // palette colours
      bytes.write(0); // reserved
      le16(bytes, 1); // colour planes
      le16(bytes, 32); // bits per pixel
      le32(bytes, pngs[i].length);
      le32(bytes, offset);
      offset += pngs[i].length;
    }
    for (byte[] png : pngs) {
      bytes.write(png);
    }
    Files.write(dir.resolve("wardflow.ico"), bytes.toByteArray());
  }

  private static void writeIcns(Path dir, Map<String, Integer> types) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body); // big-endian
    for (Map.Entry<String, Integer> e : types.entrySet()) {
      byte[] png = Files.readAllBytes(dir.resolve("wardflow-" + e.getValue() + ".png"));
      out.writeBytes(e.getKey());
      out.writeInt(8 + png.length);
      out.write(png);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(file);
    header.writeBytes("icns");
    header.writeInt(8 + body.size());
    header.write(body.toByteArray());
    Files.write(dir.resolve("wardflow.icns"), file.toByteArray());
  }

  private static void le16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
  }

  private static void le32(ByteArrayOutputStream out, int v) {
    le16(out, v & 0xffff);
    le16(out, (v >>> 16) & 0xffff);
  }
}
