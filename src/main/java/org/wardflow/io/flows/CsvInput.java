package org.wardflow.io.flows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text files the way spreadsheets save them: UTF-8 with or without a byte-order mark, or
 * Windows-1252 when the bytes are not valid UTF-8; delimiter comma, semicolon or tab.
 */
final class CsvInput {
  /** Windows-1252, what Excel on Windows writes for "CSV" without UTF-8. */
  static final Charset CP1252 = Charset.forName("windows-1252");

  private CsvInput() {}

  /** The encoding of a file: UTF-8 when the whole file decodes as UTF-8, else Windows-1252. */
  static Charset detectCharset(Path file) throws IOException {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf = new byte[1 << 16];
    ByteBuffer in = ByteBuffer.allocate(buf.length + 8);
    CharBuffer out = CharBuffer.allocate(buf.length + 8);
    try (InputStream s = Files.newInputStream(file)) {
      int n;
      while ((n = s.read(buf)) > 0) {
        in.put(buf, 0, n);
        in.flip();
        CoderResult r = dec.decode(in, out, false);
        if (r.isError()) {
          return CP1252;
        }
        in.compact();
        out.clear();
      }
      in.flip();
      CoderResult r = dec.decode(in, out, true);
      if (r.isError() || in.hasRemaining()) {
        return CP1252;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Opens a reader with the byte-order mark skipped.
   *
   * @param file the file
   * @param charset the encoding, or null to detect
   */
  static Reader open(Path file, Charset charset) throws IOException {
    Charset cs = charset == null ? detectCharset(file) : charset;
    InputStream s = Files.newInputStream(file);
    if (cs.equals(StandardCharsets.UTF_8)) {
      s = new java.io.BufferedInputStream(s);
      s.mark(3);
      byte[] bom = s.readNBytes(3);
      if (!(bom.length == 3
          && (bom[0] & 0xFF) == 0xEF
          && (bom[1] & 0xFF) == 0xBB
          && (bom[2] & 0xFF) == 0xBF)) {
        s.reset();
      }
    }
    return new BufferedReader(new InputStreamReader(s, cs), 1 << 16);
  }

  /**
   * The delimiter of the first non-blank line: the most frequent of comma, semicolon and tab
   * outside quotes (comma on a tie or when none occurs).
   */
  static char detectDelimiter(Path file, Charset charset) throws IOException {
    try (BufferedReader r = new BufferedReader(open(file, charset))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          return delimiterOf(line);
        }
      }
    }
    return ',';
  }

  static char delimiterOf(String line) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          comma++;
        } else if (c == ';') {
          semi++;
        } else if (c == '\t') {
          tab++;
        }
      }
    }
    if (semi > comma && semi >= tab) {
      return ';';
    }
    if (tab > comma && tab > semi) {
      return '\t';
    }
    return ',';
  }
}
