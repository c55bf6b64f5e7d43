package org.wardflow.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file opened for reading with Commons CSV: detects the encoding (UTF-8 with or
 * without BOM, else Windows-1252) and the delimiter (comma, semicolon, tab or pipe), reads the
 * header, and yields rows with their line numbers. Rows shorter than the header read as blank in
 * the missing columns.
 */
final class CsvSource implements AutoCloseable {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  /** One data row. */
  record Row(long line, List<String> values) {
    /** The value at a column index, "" when the row is short or the index is -1. */
    String get(int i) {
      return i < 0 || i >= values.size() ? "" : values.get(i);
    }
  }

  private final Path file;
  private final Texts.Encoding encoding;
  private final char delimiter;
  private final List<String> header;
  private final CSVParser parser;
  private final Iterator<CSVRecord> it;

  private CsvSource(
      Path file, Texts.Encoding encoding, char delimiter, List<String> header, CSVParser parser) {
    this.file = file;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.header = header;
    this.parser = parser;
    this.it = parser.iterator();
  }

  /**
   * Opens a CSV file and reads its header.
   *
   * @throws ImportException when the file is empty, binary, or has no header
   */
  static CsvSource open(Path file) throws ImportException {
    Texts.requireReadable(file, "CSV file");
    String name = Texts.name(file);
    try {
      if (Files.size(file) == 0) {
        throw new ImportException(
            file,
            "Cannot read " + name + ": the file is empty (0 bytes), so it has no header row.");
      }
      byte[] head = Texts.head(file, 8192);
      if (!Texts.hasUtf16Bom(head) && Texts.looksBinary(head)) {
        throw new ImportException(
            file,
            "Cannot read "
                + name
                + ": it contains binary data, not comma-separated text (is it a spreadsheet such"
                + " as .xlsx, or damaged? Save it as CSV first).");
      }
      Texts.Encoding enc = Texts.detectEncoding(file);
      char delim =
          sniffDelimiter(
              new String(head, enc.bomBytes(), head.length - enc.bomBytes(), enc.charset()));
      Reader r = Texts.open(file, enc);
      CSVFormat fmt =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delim)
              .setIgnoreEmptyLines(true)
              .setTrim(false)
              .get();
      CSVParser p = CSVParser.parse(r, fmt);
      Iterator<CSVRecord> hi = p.iterator();
      if (!hi.hasNext()) {
        p.close();
        throw new ImportException(
            file, "Cannot read " + name + ": the file holds only blank lines, no header row.");
      }
      List<String> header = new ArrayList<>();
      for (String h : hi.next()) {
        header.add(h.trim());
      }
      while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
        header.remove(header.size() - 1);
      }
      return new CsvSource(file, enc, delim, header, p);
    } catch (UncheckedIOException e) {
      throw malformed(file, e.getCause());
    } catch (IOException e) {
      throw new ImportException(file, "Cannot read " + name + ": " + Texts.reason(e) + ".", e);
    }
  }

  private static ImportException malformed(Path file, IOException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    Matcher lm = LINE.matcher(m);
    String where = lm.find() ? " at line " + lm.group(1) : "";
    String what =
        m.toLowerCase(Locale.ROOT).contains("eof")
            ? "a quoted field is never closed (a missing \" character)"
            : GeoJsonReader.shortMessage(m);
    return new ImportException(
        file,
        "Cannot read " + Texts.name(file) + ": the CSV is malformed" + where + ": " + what + ".",
        e);
  }

  /** The delimiter occurring most often in the first line (outside quotes); comma by default. */
  static char sniffDelimiter(String text) {
    int end = 0;
    boolean quoted = false;
    int[] counts = new int[DELIMITERS.length];
    while (end < text.length()) {
      char c = text.charAt(end);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int i = 0; i < DELIMITERS.length; i++) {
          if (c == DELIMITERS[i]) {
            counts[i]++;
          }
        }
      }
      end++;
    }
    int best = 0;
    for (int i = 1; i < DELIMITERS.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return DELIMITERS[best];
  }

  /** The header names (trimmed; trailing blank names removed). */
  List<String> header() {
    return header;
  }

  /** The detected encoding. */
  Texts.Encoding encoding() {
    return encoding;
  }

  /** The detected delimiter. */
  char delimiter() {
    return delimiter;
  }

  /** "comma", "semicolon", "tab" or "pipe". */
  String delimiterName() {
    return switch (delimiter) {
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "comma";
    };
  }

  /** Describes encoding and delimiter for the report. */
  String describe() {
    return encoding.describe()
        + ", "
        + delimiterName()
        + "-separated, "
        + header.size()
        + " columns";
  }

  /** Column index by exact name, then ignoring case and punctuation; -1 when absent. */
  int index(String column) {
    if (column == null) {
      return -1;
    }
    int i = header.indexOf(column);
    if (i >= 0) {
      return i;
    }
    String n = Texts.norm(column);
    for (int j = 0; j < header.size(); j++) {
      if (Texts.norm(header.get(j)).equals(n) && !n.isEmpty()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The next row, or null at the end.
   *
   * @throws ImportException when the CSV is malformed (e.g. an unclosed quote)
   */
  Row next() throws ImportException {
    try {
      if (!it.hasNext()) {
        return null;
      }
      CSVRecord rec = it.next();
      long end = parser.getCurrentLineNumber();
      List<String> values = rec.toList();
      long newlines = 0;
      for (String v : values) {
        for (int i = 0; i < v.length(); i++) {
          if (v.charAt(i) == '\n') {
            newlines++;
          }
        }
      }
      return new Row(Math.max(2, end - newlines), values);
    } catch (UncheckedIOException e) {
      throw malformed(file, e.getCause());
    }
  }

  /** Reads every remaining row. */
  List<Row> rows() throws ImportException {
    List<Row> out = new ArrayList<>();
    Row r;
    while ((r = next()) != null) {
      out.add(r);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written; closing a reader cannot lose data.
    }
  }

  /** Reports a row whose number of fields differs from the header's. */
  void checkWidth(Row r, ImportReport report) {
    int n = r.values().size();
    if (n < header.size()) {
      report.warn(
          "line " + r.line(),
          "has "
              + n
              + " fields but the header has "
              + header.size()
              + "; the missing fields were read as blank");
    } else if (n > header.size()) {
      for (int i = header.size(); i < n; i++) {
        if (!r.values().get(i).isBlank()) {
          report.warn(
              "line " + r.line(),
              "has "
                  + n
                  + " fields but the header has "
                  + header.size()
                  + "; the extra fields were ignored");
          return;
        }
      }
    }
  }
}
