package org.wardflow.io.flows;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wardflow.io.ImportException;

/**
 * Ward codes of <em>other</em> boundary vintages (e.g. the 2013 wards, or the ONS list of every
 * ward code since 2015), so that reconciliation can say "code E05001178 is a 2016 ward code; your
 * boundaries are 2025" instead of just "unknown code". Immutable once built.
 */
public final class WardCodeVintages {
  /** No other vintages known. */
  public static final WardCodeVintages NONE = new WardCodeVintages(Map.of());

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern WD_HEADER = Pattern.compile("(?i)wd(\\d\\d)cd");

  /**
   * One known appearance of a code.
   *
   * @param vintage the boundary vintage, e.g. {@code 2016}
   * @param name the ward name in that vintage, may be empty
   * @param district the local authority name, may be empty
   */
  public record Entry(String vintage, String name, String district) {}

  private final Map<String, List<Entry>> byCode;

  private WardCodeVintages(Map<String, List<Entry>> byCode) {
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    byCode.forEach((k, v) -> m.put(k, List.copyOf(v)));
    this.byCode = Collections.unmodifiableMap(m);
  }

  /**
   * Builds a list from codes of one vintage.
   *
   * @param vintage e.g. {@code 2013}
   * @param namesByCode ward name per code (names may be empty)
   * @return the list
   */
  public static WardCodeVintages of(String vintage, Map<String, String> namesByCode) {
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    namesByCode.forEach(
        (code, name) ->
            m.computeIfAbsent(norm(code), k -> new ArrayList<>())
                .add(new Entry(vintage, name == null ? "" : name, "")));
    return new WardCodeVintages(m);
  }

  /**
   * Builds a list from a loaded ward layer of another vintage (e.g. the 2013 wards). The vintage is
   * the one given, else read from a {@code WDnnCD} attribute ({@code WD13CD} → 2013), else a year
   * in the layer's name, else "another vintage".
   *
   * @param layer the other vintage's wards
   * @param vintage its vintage, or null to infer it
   * @return the list
   */
  public static WardCodeVintages of(org.wardflow.model.WardLayer layer, String vintage) {
    String v = vintage;
    if (v == null || v.isBlank()) {
      for (org.wardflow.model.Ward w : layer.wards()) {
        for (String k : w.attributes().keySet()) {
          Matcher m = WD_HEADER.matcher(k);
          if (m.matches()) {
            v = "20" + m.group(1);
          }
        }
        break;
      }
    }
    if (v == null || v.isBlank()) {
      v = yearIn(layer.name()).orElse("another vintage");
    }
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    for (org.wardflow.model.Ward w : layer.wards()) {
      m.computeIfAbsent(norm(w.code()), k -> new ArrayList<>())
          .add(new Entry(v, w.name(), w.districtName()));
    }
    return new WardCodeVintages(m);
  }

  /** This list and another together. */
  public WardCodeVintages merge(WardCodeVintages other) {
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    byCode.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    other.byCode.forEach(
        (k, v) -> {
          List<Entry> list = m.computeIfAbsent(k, x -> new ArrayList<>());
          for (Entry e : v) {
            if (!list.contains(e)) {
              list.add(e);
            }
          }
        });
    return new WardCodeVintages(m);
  }

  /**
   * Reads a ward code list CSV such as the ONS-derived {@code ward_all_codes.csv} ({@code WDCD,
   * WDNM, LADNM, SOURCEFILE, ...}) or any CSV with a {@code WDnnCD} column. The vintage comes from
   * a {@code SOURCEFILE}/{@code year}/{@code vintage} column, else from the code header ({@code
   * WD13CD} → 2013), else from a year in the file name.
   *
   * @param file the CSV
   * @return the codes found
   * @throws ImportException when the file can't be read or has no ward code column
   */
  public static WardCodeVintages readCsv(Path file) throws ImportException {
    try (Reader in = CsvInput.open(file, null);
        CSVParser p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(in)) {
      List<String> headers = p.getHeaderNames();
      int code = -1;
      int name = -1;
      int district = -1;
      int vintageCol = -1;
      String headerVintage = null;
      for (int i = 0; i < headers.size(); i++) {
        String h = FlowColumn.normalise(headers.get(i));
        Matcher wd = WD_HEADER.matcher(h);
        if (code < 0 && (h.equals("wdcd") || h.equals("wardcode") || wd.matches())) {
          code = i;
          if (wd.matches()) {
            headerVintage = "20" + wd.group(1);
          }
        } else if (name < 0
            && (h.equals("wdnm") || h.equals("wardname") || h.matches("wd\\d\\dnm"))) {
          name = i;
        } else if (district < 0 && (h.equals("ladnm") || h.matches("lad\\d\\dnm"))) {
          district = i;
        } else if (vintageCol < 0
            && (h.equals("sourcefile") || h.equals("vintage") || h.equals("year"))) {
          vintageCol = i;
        }
      }
      if (code < 0) {
        throw new ImportException(
            file,
            file
                + ": no ward code column found in the ward code list (expected a header such as"
                + " WDCD, WD13CD or ward_code; found: "
                + String.join(", ", headers)
                + ").");
      }
      String fileVintage = yearIn(file.getFileName().toString()).orElse("another vintage");
      Map<String, List<Entry>> m = new LinkedHashMap<>();
      for (CSVRecord r : p) {
        if (r.size() <= code) {
          continue;
        }
        String c = norm(r.get(code));
        if (c.isEmpty()) {
          continue;
        }
        String v =
            vintageCol >= 0 && vintageCol < r.size() && !r.get(vintageCol).isBlank()
                ? r.get(vintageCol).trim()
                : headerVintage != null ? headerVintage : fileVintage;
        Entry e =
            new Entry(
                v,
                name >= 0 && name < r.size() ? r.get(name).trim() : "",
                district >= 0 && district < r.size() ? r.get(district).trim() : "");
        List<Entry> list = m.computeIfAbsent(c, k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
      return new WardCodeVintages(m);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ImportException(
          file, file + ": the ward code list could not be read (" + e.getMessage() + ").", e);
    }
  }

  /** The known appearances of a code (empty when unknown). */
  public List<Entry> lookup(String code) {
    return byCode.getOrDefault(norm(code), List.of());
  }

  /** Number of distinct codes known. */
  public int size() {
    return byCode.size();
  }

  /** A four-digit year in a text (e.g. a file name), if any. */
  static Optional<String> yearIn(String text) {
    Matcher m = YEAR.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String norm(String code) {
    return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
  }
}
