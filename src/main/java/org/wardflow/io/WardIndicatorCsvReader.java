package org.wardflow.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * Reads ward-level numbers from a CSV (a ward code column plus numeric columns, such as the Census
 * 2021 ward population file) into {@link WardIndicator}s, optionally joined against a {@link
 * WardLayer}: codes in the table that match no ward, and wards with no row, are both reported.
 * Statistical "no data" markers ({@code ..}, {@code x}, {@code c}, {@code -}, …) read as no-data.
 */
public final class WardIndicatorCsvReader {
  private static final Pattern GSS = Pattern.compile("^[EWSN]\\d{8}$");
  private static final Set<String> NO_DATA =
      Set.of("..", ".", "-", "x", "c", ":", "*", "n/a", "na", "z", "[c]", "[x]", "[z]", "null");

  private WardIndicatorCsvReader() {}

  /** The parsed table, before it becomes indicators. */
  record Table(
      Path file,
      List<String> header,
      int codeColumn,
      List<Integer> numericColumns,
      List<String> codes,
      List<Long> lines,
      List<double[]> values,
      String sha256) {}

  /**
   * Reads one numeric column.
   *
   * @param file the CSV (never modified)
   * @param codeColumn the ward code column, or null to detect it ({@code WDnnCD}, or a column of
   *     GSS codes such as {@code E05011118})
   * @param valueColumn the numeric column
   * @param wards the layer to join with, or null for no join
   * @param report receives what was read, skipped and unmatched
   * @throws ImportException when a column is missing or the file is not a readable CSV
   */
  public static WardIndicator read(
      Path file, String codeColumn, String valueColumn, WardLayer wards, ImportReport report)
      throws ImportException {
    Table t = load(file, codeColumn, report);
    int col = -1;
    for (int i = 0; i < t.header().size(); i++) {
      if (t.header().get(i).equalsIgnoreCase(valueColumn.trim())) {
        col = i;
      }
    }
    if (col < 0 || !t.numericColumns().contains(col)) {
      throw new ImportException(
          file,
          "Cannot read "
              + Texts.name(file)
              + ": "
              + (col < 0
                  ? "it has no column '" + valueColumn + "'"
                  : "column '" + valueColumn + "' is not numeric")
              + ". Its numeric columns are: "
              + Texts.abbreviate(names(t), 30)
              + ".");
    }
    Map<String, Integer> rows = join(t, wards, report);
    return indicator(t, col, rows);
  }

  /**
   * Reads every numeric column as an indicator, in column order.
   *
   * @param file the CSV (never modified)
   * @param codeColumn the ward code column, or null to detect it
   * @param wards the layer to join with, or null for no join
   * @param report receives what was read, skipped and unmatched
   * @throws ImportException when there is no code column or no numeric column
   */
  public static List<WardIndicator> readAll(
      Path file, String codeColumn, WardLayer wards, ImportReport report) throws ImportException {
    Table t = load(file, codeColumn, report);
    Map<String, Integer> rows = join(t, wards, report);
    List<WardIndicator> out = new ArrayList<>();
    for (int col : t.numericColumns()) {
      out.add(indicator(t, col, rows));
    }
    return out;
  }

  private static List<String> names(Table t) {
    List<String> n = new ArrayList<>();
    for (int c : t.numericColumns()) {
      n.add(t.header().get(c));
    }
    return n;
  }

  private static WardIndicator indicator(Table t, int col, Map<String, Integer> rows) {
    int k = t.numericColumns().indexOf(col);
    Map<String, Double> values = new LinkedHashMap<>();
    rows.forEach((code, row) -> values.put(code, t.values().get(row)[k]));
    String name = t.header().get(col);
    DatasetInfo info =
        new DatasetInfo(
            name,
            t.file().toAbsolutePath().toString(),
            t.sha256(),
            false,
            false,
            Map.of("column", name, "file", Texts.name(t.file())));
    return new WardIndicator(name, "", info, values);
  }

  /** Codes to row indices, restricted to the layer when one is given; reports mismatches. */
  private static Map<String, Integer> join(Table t, WardLayer wards, ImportReport report) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < t.codes().size(); i++) {
      String code = t.codes().get(i);
      if (wards == null || wards.byCode(code).isPresent()) {
        rows.put(code, i);
      } else {
        unmatched.add(code + " (line " + t.lines().get(i) + ")");
      }
    }
    if (wards == null) {
      report.info("", "not joined to a ward layer: " + rows.size() + " ward codes read");
      return rows;
    }
    List<String> missing = new ArrayList<>();
    for (Ward w : wards.wards()) {
      if (!rows.containsKey(w.code())) {
        missing.add(w.code() + " " + w.name());
      }
    }
    if (!unmatched.isEmpty()) {
      report.warn(
          "",
          unmatched.size()
              + " ward code(s) in the table match no ward in layer "
              + wards.name()
              + " and were left out: "
              + Texts.abbreviate(unmatched, 20));
      report.count("unmatched rows", unmatched.size());
    }
    if (!missing.isEmpty()) {
      report.warn(
          "",
          missing.size()
              + " ward(s) of layer "
              + wards.name()
              + " have no row in the table (no data): "
              + Texts.abbreviate(missing, 20));
      report.count("wards without data", missing.size());
    }
    report.count("joined", rows.size());
    report.info(
        "", rows.size() + " of " + wards.size() + " wards of layer " + wards.name() + " joined");
    return rows;
  }

  static Table load(Path file, String codeColumn, ImportReport report) throws ImportException {
    String name = Texts.name(file);
    try (CsvSource csv = CsvSource.open(file)) {
      List<String> header = csv.header();
      report.info("", "read as " + csv.describe());
      List<CsvSource.Row> rows = csv.rows();
      int code = codeColumn == null ? detectCode(header, rows) : csv.index(codeColumn);
      if (code < 0) {
        throw new ImportException(
            file,
            "Cannot read ward figures from "
                + name
                + ": "
                + (codeColumn == null
                    ? "no ward code column was found (Wardflow looks for a column named like"
                        + " WD25CD, or holding codes such as E05011118)"
                    : "it has no column '" + codeColumn + "'")
                + ". The columns found are: "
                + Texts.abbreviate(header, 40)
                + ".");
      }
      report.info("", "ward codes from column " + header.get(code));
      List<Integer> numeric = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        if (c != code && isNumeric(rows, c)) {
          numeric.add(c);
        }
      }
      if (numeric.isEmpty()) {
        throw new ImportException(
            file,
            "Cannot read ward figures from "
                + name
                + ": no column holds numbers. The columns found are: "
                + Texts.abbreviate(header, 40)
                + ".");
      }
      List<String> numericNames = new ArrayList<>();
      for (int c : numeric) {
        numericNames.add(header.get(c));
      }
      report.info("", "numeric columns: " + Texts.abbreviate(numericNames, 30));
      List<String> codes = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      Map<String, Long> firstLine = new HashMap<>();
      int noData = 0;
      for (CsvSource.Row r : rows) {
        csv.checkWidth(r, report);
        String at = "line " + r.line();
        String c = r.get(code).trim();
        if (c.isEmpty()) {
          report.warn(at, "has no ward code; skipped");
          report.count("skipped", 1);
          continue;
        }
        Long first = firstLine.putIfAbsent(c, r.line());
        if (first != null) {
          report.warn(
              at + ", " + c,
              "repeats ward code " + c + " (first at line " + first + "); the first was kept");
          report.count("skipped", 1);
          continue;
        }
        double[] v = new double[numeric.size()];
        for (int k = 0; k < numeric.size(); k++) {
          String s = r.get(numeric.get(k)).trim();
          if (s.isEmpty() || NO_DATA.contains(s.toLowerCase(Locale.ROOT))) {
            v[k] = Double.NaN;
            noData++;
            continue;
          }
          Double d = SchoolAssembler.parseNumber(s);
          if (d == null) {
            report.warn(
                at + ", " + c,
                header.get(numeric.get(k))
                    + " "
                    + Texts.quote(s)
                    + " is not a number; read as no data");
            v[k] = Double.NaN;
          } else {
            v[k] = d;
          }
        }
        codes.add(c);
        lines.add(r.line());
        values.add(v);
      }
      if (noData > 0) {
        report.info("", noData + " blank or suppressed cell(s) read as no data");
      }
      report.count("rows", codes.size());
      String sha;
      try {
        sha = Texts.sha256(file);
      } catch (IOException e) {
        sha = "";
      }
      return new Table(file, header, code, numeric, codes, lines, values, sha);
    }
  }

  private static int detectCode(List<String> header, List<CsvSource.Row> rows) {
    var m = WardFieldMapping.detect(header);
    if (m.isPresent()) {
      return header.indexOf(m.get().codeField());
    }
    for (int c = 0; c < header.size(); c++) {
      int gss = 0;
      int nonBlank = 0;
      for (int i = 0; i < rows.size() && i < 200; i++) {
        String v = rows.get(i).get(c).trim();
        if (!v.isEmpty()) {
          nonBlank++;
          if (GSS.matcher(v).matches()) {
            gss++;
          }
        }
      }
      if (nonBlank > 0 && gss * 10 >= nonBlank * 9) {
        return c;
      }
    }
    return -1;
  }

  /** A column is numeric when at least 90 % of its non-blank, non-marker values are numbers. */
  private static boolean isNumeric(List<CsvSource.Row> rows, int c) {
    int num = 0;
    int other = 0;
    for (CsvSource.Row r : rows) {
      String v = r.get(c).trim();
      if (v.isEmpty() || NO_DATA.contains(v.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (SchoolAssembler.parseNumber(v) != null) {
        num++;
      } else {
        other++;
      }
    }
    return num > 0 && num * 10 >= (num + other) * 9;
  }
}
