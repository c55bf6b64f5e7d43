package org.wardflow.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wardflow.model.DatasetInfo;

/**
 * Reads a VRU list of schools from CSV — including a spreadsheet "saved as CSV": UTF-8 with or
 * without a byte-order mark, UTF-16 with a mark, or Windows-1252; comma, semicolon or tab
 * separated; a title row or blank rows above the header; trailing blank columns; an Excel {@code
 * sep=} line.
 *
 * <p>Recognised columns (header names compared ignoring case, spaces and punctuation): URN ({@code
 * urn}, {@code school urn}, …), school name ({@code name}, {@code school}, {@code school name},
 * {@code establishment name}, …), {@code postcode}, local authority or district ({@code la}, {@code
 * la name}, {@code local authority}, {@code district}, …), {@code priority} (a number, 1 = first),
 * {@code tier} or {@code band}, and {@code notes}. Each school needs a URN or a name; rows with
 * neither are skipped and reported. Other columns are ignored (and named in the report).
 */
public final class VruListReader {
  private static final int HEADER_SEARCH_ROWS = 10;

  private enum Col {
    URN,
    NAME,
    POSTCODE,
    DISTRICT,
    PRIORITY,
    TIER,
    NOTE
  }

  private static final Map<String, Col> ALIASES = new HashMap<>();

  static {
    for (String s :
        List.of(
            "urn",
            "schoolurn",
            "establishmenturn",
            "urnnumber",
            "dfeurn",
            "uniquereferencenumber",
            "urnno")) {
      ALIASES.put(s, Col.URN);
    }
    for (String s :
        List.of(
            "name",
            "school",
            "schoolname",
            "establishmentname",
            "establishment",
            "nameofschool",
            "schoolacademy",
            "academy")) {
      ALIASES.put(s, Col.NAME);
    }
    for (String s : List.of("postcode", "postalcode", "schoolpostcode")) {
      ALIASES.put(s, Col.POSTCODE);
    }
    for (String s :
        List.of(
            "la",
            "laname",
            "localauthority",
            "localauthorityname",
            "district",
            "borough",
            "lea",
            "authority",
            "lad")) {
      ALIASES.put(s, Col.DISTRICT);
    }
    for (String s : List.of("priority", "rank", "order", "priorityorder", "priorityrank")) {
      ALIASES.put(s, Col.PRIORITY);
    }
    for (String s : List.of("tier", "band", "prioritytier", "priorityband", "level")) {
      ALIASES.put(s, Col.TIER);
    }
    for (String s : List.of("note", "notes", "comment", "comments")) {
      ALIASES.put(s, Col.NOTE);
    }
  }

  private VruListReader() {}

  /**
   * Reads a list.
   *
   * @param file the CSV file
   * @return the list and a report of what was read, repaired and skipped (line by line)
   * @throws ImportException when the file cannot be read or has no URN or school-name column
   */
  public static ImportResult<VruList> read(Path file) throws ImportException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ImportException(file, "The VRU list " + file + " does not exist.", e);
    } catch (IOException e) {
      throw new ImportException(
          file, "The VRU list " + file + " could not be read: " + e.getMessage() + ".", e);
    }
    ImportReport report = new ImportReport(file, "VRU list of schools (CSV)");
    String text = decode(bytes, report);
    if (text.isBlank()) {
      throw new ImportException(file, "The VRU list " + file + " is empty.");
    }
    String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char delimiter;
    int skipLines = 0;
    if (firstLine.toLowerCase(Locale.ROOT).startsWith("sep=") && firstLine.length() >= 5) {
      delimiter = firstLine.charAt(4);
      skipLines = 1;
      report.info("line 1", "Excel separator line 'sep=" + delimiter + "' read and skipped.");
    } else {
      delimiter =
          sniffDelimiter(text.lines().filter(l -> !l.isBlank()).limit(HEADER_SEARCH_ROWS).toList());
    }
    if (delimiter != ',') {
      report.info(
          "",
          "Values are separated by " + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'") + ".");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    List<VruListEntry> entries = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      List<Row> rows = new ArrayList<>();
      while (true) {
        long start = parser.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord r = it.next();
        rows.add(new Row((int) start, r.values()));
      }
      readRows(file, rows, skipLines, report, entries);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ImportException(
          file,
          "The VRU list "
              + file
              + " is not valid CSV (near line "
              + lineOf(e)
              + "): "
              + e.getMessage()
              + ". Save the spreadsheet again as 'CSV UTF-8 (comma delimited)'.",
          e);
    }
    report.count("schools read", entries.size());
    String title = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    DatasetInfo info = DatasetInfo.ofFile("VRU list " + title, file.toString(), sha256(bytes));
    return new ImportResult<>(new VruList(file, info, entries), report);
  }

  private record Row(int line, String[] values) {
    boolean blank() {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private static void readRows(
      Path file, List<Row> rows, int skipLines, ImportReport report, List<VruListEntry> out)
      throws ImportException {
    int headerAt = -1;
    Map<Col, Integer> cols = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    int blankHeaderCells = 0;
    for (int i = 0; i < rows.size() && i < HEADER_SEARCH_ROWS + skipLines; i++) {
      Row row = rows.get(i);
      if (row.line() <= skipLines || row.blank()) {
        continue;
      }
      Map<Col, Integer> found = new LinkedHashMap<>();
      List<String> other = new ArrayList<>();
      int blanks = 0;
      for (int c = 0; c < row.values().length; c++) {
        String h = row.values()[c];
        Col col = ALIASES.get(normalise(h));
        if (col != null && !found.containsKey(col)) {
          found.put(col, c);
        } else if (h == null || h.isBlank()) {
          blanks++;
        } else {
          other.add(h.trim());
        }
      }
      if (found.containsKey(Col.URN) || found.containsKey(Col.NAME)) {
        headerAt = i;
        cols = found;
        ignored = other;
        blankHeaderCells = blanks;
        break;
      }
      if (row.values().length >= 1 && urnLike(row.values()[0])) {
        // no header: a single column of URNs
        headerAt = i - 1;
        cols.put(Col.URN, 0);
        report.info("line " + row.line(), "No header row: the first column is read as URNs.");
        break;
      }
    }
    if (cols.isEmpty()) {
      String first =
          rows.stream()
              .filter(r -> !r.blank() && r.line() > skipLines)
              .findFirst()
              .map(r -> String.join(", ", r.values()))
              .orElse("");
      throw new ImportException(
          file,
          "The VRU list "
              + file
              + " has no URN or school-name column in its first "
              + HEADER_SEARCH_ROWS
              + " rows (first row: '"
              + first
              + "'). Add a header row with a column called 'URN' or 'School name'.");
    }
    for (int i = 0; i <= headerAt && i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i < headerAt && !row.blank() && row.line() > skipLines) {
        report.info("line " + row.line(), "Title row above the header skipped.");
      }
    }
    if (headerAt >= 0) {
      report.info(
          "line " + rows.get(headerAt).line(),
          "Header read: "
              + String.join(
                  ", ", cols.keySet().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList())
              + (ignored.isEmpty() ? "" : "; ignored columns: " + String.join(", ", ignored))
              + (blankHeaderCells > 0 ? "; " + blankHeaderCells + " blank columns ignored" : "")
              + ".");
    }
    int lastCol = cols.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int blanks = 0;
    Map<String, Integer> urnLine = new HashMap<>();
    for (int i = headerAt + 1; i < rows.size(); i++) {
      Row row = rows.get(i);
      String where = "line " + row.line();
      if (row.blank()) {
        blanks++;
        continue;
      }
      String urnRaw = cell(row, cols.get(Col.URN));
      String name = cell(row, cols.get(Col.NAME));
      String urn = cleanUrn(urnRaw, where, report);
      if (urn.isEmpty() && name.isEmpty()) {
        report.warn(where, "Skipped: no URN and no school name.");
        report.count("rows skipped", 1);
        continue;
      }
      int extra = 0;
      for (int c = lastCol + 1; c < row.values().length; c++) {
        if (row.values()[c] != null && !row.values()[c].isBlank()) {
          extra++;
        }
      }
      if (extra > 0 && headerAt >= 0 && row.values().length > rows.get(headerAt).values().length) {
        report.warn(where, extra + " value(s) beyond the last column of the header ignored.");
      }
      OptionalInt priority = OptionalInt.empty();
      String p = cell(row, cols.get(Col.PRIORITY));
      if (!p.isEmpty()) {
        try {
          double d = Double.parseDouble(p.replace(",", ""));
          if (d != Math.rint(d) || d < 1) {
            throw new NumberFormatException();
          }
          priority = OptionalInt.of((int) d);
        } catch (NumberFormatException e) {
          report.warn(where, "Priority '" + p + "' is not a whole number from 1 up: ignored.");
        }
      }
      if (!urn.isEmpty()) {
        Integer prev = urnLine.putIfAbsent(urn, row.line());
        if (prev != null) {
          report.warn(
              where, "URN " + urn + " is also on line " + prev + ": the school is counted once.");
        }
      }
      out.add(
          new VruListEntry(
              row.line(),
              urn,
              name,
              cell(row, cols.get(Col.POSTCODE)).toUpperCase(Locale.ROOT),
              cell(row, cols.get(Col.DISTRICT)),
              priority,
              cell(row, cols.get(Col.TIER)),
              cell(row, cols.get(Col.NOTE))));
    }
    if (blanks > 0) {
      report.info("", blanks + " blank line(s) skipped.");
      report.count("blank lines skipped", blanks);
    }
  }

  private static String cell(Row row, Integer col) {
    if (col == null || col >= row.values().length || row.values()[col] == null) {
      return "";
    }
    return row.values()[col].replace('\u00a0', ' ').trim();
  }

  /** Cleans a URN cell: spaces, a leading apostrophe, a trailing ".0" from a spreadsheet. */
  private static String cleanUrn(String raw, String where, ImportReport report) {
    if (raw.isEmpty()) {
      return "";
    }
    String u = raw.replace(" ", "").replace("'", "");
    if (u.matches("\\d+\\.0+")) {
      u = u.substring(0, u.indexOf('.'));
      report.info(where, "URN '" + raw + "' read as " + u + " (spreadsheet decimal removed).");
      report.count("repaired", 1);
    }
    if (!u.matches("\\d{5,7}")) {
      report.warn(where, "'" + raw + "' is not a URN (5–7 digits): the school is matched by name.");
      return "";
    }
    return u;
  }

  private static boolean urnLike(String s) {
    return s != null && s.trim().matches("\\d{6}(\\.0+)?");
  }

  private static String normalise(String header) {
    if (header == null) {
      return "";
    }
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The delimiter (comma, semicolon or tab) most used on any of the first lines. */
  private static char sniffDelimiter(List<String> lines) {
    int commas = 0;
    int semis = 0;
    int tabs = 0;
    for (String line : lines) {
      int c1 = 0;
      int c2 = 0;
      int c3 = 0;
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          if (c == ',') {
            c1++;
          } else if (c == ';') {
            c2++;
          } else if (c == '\t') {
            c3++;
          }
        }
      }
      commas = Math.max(commas, c1);
      semis = Math.max(semis, c2);
      tabs = Math.max(tabs, c3);
    }
    if (tabs > commas && tabs >= semis) {
      return '\t';
    }
    return semis > commas ? ';' : ',';
  }

  /** Decodes the bytes: a BOM decides; else strict UTF-8; else Windows-1252 (reported). */
  static String decode(byte[] b, ImportReport report) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      report.info("", "UTF-8 byte-order mark removed.");
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      report.info("", "Read as UTF-16 (little-endian).");
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      report.info("", "Read as UTF-16 (big-endian).");
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      report.info(
          "",
          "The file is not UTF-8: read as Windows-1252 (as Excel saves 'CSV (comma delimited)').");
      return new String(b, Charset.forName("windows-1252"));
    }
  }

  private static String lineOf(Exception e) {
    String m = String.valueOf(e.getMessage());
    java.util.regex.Matcher x = java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
    return x.find() ? x.group(1) : "?";
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      return "";
    }
  }
}
