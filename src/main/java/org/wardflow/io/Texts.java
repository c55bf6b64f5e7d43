package org.wardflow.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Small helpers for reading files: encodings, binary sniffing, hashing, plain-language names. */
final class Texts {
  /** Windows-1252, the encoding of GIAS downloads. */
  static final Charset CP1252 = Charset.forName("windows-1252");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Texts() {}

  /** A detected text encoding. */
  record Encoding(Charset charset, int bomBytes) {
    boolean bom() {
      return bomBytes > 0;
    }

    String describe() {
      if (charset.equals(StandardCharsets.UTF_8)) {
        return bom() ? "UTF-8 with byte-order mark" : "UTF-8";
      }
      if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
        return "UTF-16 ("
            + (charset.equals(StandardCharsets.UTF_16LE) ? "little" : "big")
            + "-endian) with byte-order mark";
      }
      if (charset.equals(CP1252)) {
        return "Windows-1252 (cp1252)";
      }
      return charset.displayName(Locale.ROOT);
    }
  }

  /** The file name for messages ("wards.geojson"). */
  static String name(Path file) {
    Path n = file.getFileName();
    return n == null ? file.toString() : n.toString();
  }

  /** Checks that a file exists, is a regular file and is readable. */
  static void requireReadable(Path file, String what) throws ImportException {
    if (!Files.exists(file)) {
      throw new ImportException(
          file, "Cannot read " + what + ": " + file + " does not exist (check the path).");
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportException(
          file,
          "Cannot read " + what + ": " + file + " is not a regular file (a folder or device?).");
    }
    if (!Files.isReadable(file)) {
      throw new ImportException(
          file, "Cannot read " + what + ": " + file + " is not readable (check its permissions).");
    }
  }

  /** Up to {@code n} bytes from the start of a file. */
  static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }

  /**
   * True when bytes look like binary data rather than text: a NUL byte, or more than 5 % control
   * characters other than tab, CR, LF and form feed.
   */
  static boolean looksBinary(byte[] bytes) {
    if (bytes.length == 0) {
      return false;
    }
    int control = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
        control++;
      }
    }
    return control * 20 > bytes.length;
  }

  /**
   * Detects the encoding of a text file: a UTF-8 byte-order mark, else strict UTF-8 if every byte
   * sequence decodes, else Windows-1252 (what GIAS and Excel write on Windows).
   */
  static Encoding detectEncoding(Path file) throws IOException {
    byte[] head = head(file, 3);
    if (head.length == 3
        && head[0] == UTF8_BOM[0]
        && head[1] == UTF8_BOM[1]
        && head[2] == UTF8_BOM[2]) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (hasUtf16Bom(head)) {
      return new Encoding(
          head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2);
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      ByteBuffer bb = ByteBuffer.allocate(buf.length + 8);
      CharBuffer cb = CharBuffer.allocate(buf.length + 8);
      int n;
      while ((n = in.read(buf)) > 0) {
        bb.put(buf, 0, n);
        bb.flip();
        cb.clear();
        var r = dec.decode(bb, cb, false);
        if (r.isError()) {
          return new Encoding(CP1252, 0);
        }
        bb.compact();
      }
      bb.flip();
      cb.clear();
      if (dec.decode(bb, cb, true).isError() || dec.flush(cb).isError()) {
        return new Encoding(CP1252, 0);
      }
    } catch (CharacterCodingException e) {
      return new Encoding(CP1252, 0);
    }
    return new Encoding(StandardCharsets.UTF_8, 0);
  }

  /** Opens a text file in an encoding, skipping a UTF-8 byte-order mark. */
  static Reader open(Path file, Encoding enc) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(enc.bomBytes());
    CharsetDecoder dec =
        enc.charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
  }

  /** True when bytes start with a UTF-16 byte-order mark (Excel's "Unicode text"). */
  static boolean hasUtf16Bom(byte[] head) {
    return head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
  }

  /** Hex SHA-256 of a file. */
  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The extension of a file name in lower case, without the dot ("" when none). */
  static String extension(Path file) {
    String n = name(file);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension. */
  static String baseName(Path file) {
    String n = name(file);
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? n : n.substring(0, dot);
  }

  /** A plain reason for an I/O failure (no class names). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "an input/output error occurred" : m;
  }

  /** Joins names as {@code a, b and c}. */
  static String list(List<String> items) {
    if (items.isEmpty()) {
      return "(none)";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** Lists up to {@code max} items and says how many more there are. */
  static String abbreviate(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
  }

  /** Normalises a column name for matching: lower case, letters and digits only. */
  static String norm(String column) {
    StringBuilder sb = new StringBuilder(column.length());
    for (int i = 0; i < column.length(); i++) {
      char c = Character.toLowerCase(column.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A value shortened for quoting in a message. */
  static String quote(String value) {
    String v = value.length() > 40 ? value.substring(0, 37) + "..." : value;
    return "'" + v + "'";
  }
}
