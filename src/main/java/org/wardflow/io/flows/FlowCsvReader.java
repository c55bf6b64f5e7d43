package org.wardflow.io.flows;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.io.CrsTransform;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.ImportResult;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * Reads a ward → school flow table from CSV and reconciles it with the loaded wards and schools.
 *
 * <p>Two shapes ({@link FlowCsvShape}): an <em>aggregated</em> table ({@code ward_code, school_urn,
 * count[, period, age_band, group]}) and a <em>record-level</em> file (one row per child: home ward
 * code or home coordinates, school URN, optional age, date, group and person id) which is
 * aggregated on import. Record-level identifiers, coordinates, ages and dates are used only to
 * build the counts and are never stored in the table or written to the report; homes given as
 * coordinates are placed in wards by point-in-polygon ({@link WardLayer#indexAt}: STRtree and
 * prepared geometries).
 *
 * <p>Reconciliation: every row is either kept or skipped for one stated reason, and the report says
 * how many people each finding affects (rows read = kept + skipped, and likewise people). Ward
 * codes not in the boundaries are explained where possible ("a 2016 ward code; your boundaries are
 * 2025", "an LSOA code"); unknown URNs are skipped; closed schools and schools without a location
 * are kept and flagged; blank, negative, fractional and suppressed counts are skipped; duplicate
 * keys are <strong>summed</strong> and reported.
 *
 * <p>Files that cannot be read at all (missing, empty, no required columns, broken quoting) raise
 * an {@link ImportException} with one plain paragraph naming the file and line.
 */
public final class FlowCsvReader {
  /** At most this many distinct unknown ward codes or URNs are reported one by one. */
  static final int MAX_ITEMISED = 40;

  private static final Pattern WD_ATTR = Pattern.compile("(?i)wd(\\d\\d)cd");

  private FlowCsvReader() {}

  /**
   * Reads a flow CSV of either shape: a file with a count column is aggregated, otherwise
   * record-level.
   *
   * @param file the CSV
   * @param wards the loaded ward boundaries
   * @param schools the loaded schools
   * @param options how to read it
   * @return the table and its reconciliation report
   * @throws ImportException when the file cannot be read at all
   */
  public static ImportResult<FlowTable> read(
      Path file, WardLayer wards, SchoolLayer schools, FlowImportOptions options)
      throws ImportException {
    return readAs(detectShape(file, options), file, wards, schools, options);
  }

  /** Reads an aggregated flow CSV; see {@link #read}. */
  public static ImportResult<FlowTable> readAggregated(
      Path file, WardLayer wards, SchoolLayer schools, FlowImportOptions options)
      throws ImportException {
    return readAs(FlowCsvShape.AGGREGATED, file, wards, schools, options);
  }

  /** Reads a record-level CSV and aggregates it; see {@link #read}. */
  public static ImportResult<FlowTable> readRecordLevel(
      Path file, WardLayer wards, SchoolLayer schools, FlowImportOptions options)
      throws ImportException {
    return readAs(FlowCsvShape.RECORD_LEVEL, file, wards, schools, options);
  }

  /**
   * Decides the shape from the header row: aggregated when a count column is mapped or detected.
   *
   * @throws ImportException when the file cannot be read or is empty
   */
  public static FlowCsvShape detectShape(Path file, FlowImportOptions options)
      throws ImportException {
    List<String> headers = headers(file);
    FlowCsvMapping m = options.mapping().completedFrom(headers);
    return m.has(FlowColumn.COUNT) ? FlowCsvShape.AGGREGATED : FlowCsvShape.RECORD_LEVEL;
  }

  /**
   * The header row of a CSV (for a column-mapping dialog).
   *
   * @throws ImportException when the file cannot be read or is empty
   */
  public static List<String> headers(Path file) throws ImportException {
    checkReadable(file);
    try {
      Charset cs = CsvInput.detectCharset(file);
      char delim = CsvInput.detectDelimiter(file, cs);
      try (Reader in = CsvInput.open(file, cs);
          CSVParser p = format(delim).parse(in)) {
        Iterator<CSVRecord> it = p.iterator();
        if (!it.hasNext()) {
          throw empty(file);
        }
        return it.next().toList();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(
          file, file + ": the file could not be read as CSV (" + safeMessage(e) + ").", e);
    }
  }

  private static CSVFormat format(char delim) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delim)
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .get();
  }

  private static void checkReadable(Path file) throws ImportException {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file, file + ": no such file.");
    }
    if (!Files.isReadable(file)) {
      throw new ImportException(file, file + ": the file is not readable (check permissions).");
    }
  }

  private static ImportException empty(Path file) {
    return new ImportException(
        file,
        file
            + ": the file is empty — expected a header row such as "
            + "ward_code,school_urn,count (aggregated) or ward_code,school_urn (one row per child).");
  }

  private static String safeMessage(Exception e) {
    // Commons CSV messages carry line numbers, never cell contents; IO messages carry paths.
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private record Key(String ward, String urn, String period, String ageBand, String group) {
    /**
     * A well-mixed hash: the record default (31·h + …) collides badly for sequential ward codes and
     * URNs, which turned the aggregation map's buckets into trees.
     */
    @Override
    public int hashCode() {
      int h = ward.hashCode();
      h = h * 0x9E3779B1 + urn.hashCode();
      h = h * 0x9E3779B1 + java.util.Objects.hashCode(period);
      h = h * 0x9E3779B1 + java.util.Objects.hashCode(ageBand);
      h = h * 0x9E3779B1 + java.util.Objects.hashCode(group);
      return h ^ (h >>> 15);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && ward.equals(k.ward)
          && urn.equals(k.urn)
          && java.util.Objects.equals(period, k.period)
          && java.util.Objects.equals(ageBand, k.ageBand)
          && java.util.Objects.equals(group, k.group);
    }
  }

  private static ImportResult<FlowTable> readAs(
      FlowCsvShape shape, Path file, WardLayer wards, SchoolLayer schools, FlowImportOptions opt)
      throws ImportException {
    checkReadable(file);
    boolean recordLevel = shape == FlowCsvShape.RECORD_LEVEL;
    ImportReport report =
        new ImportReport(
            file,
            recordLevel
                ? "flow table (record-level CSV, aggregated on import)"
                : "flow table (aggregated CSV)");
    Charset cs;
    char delim;
    String sha;
    try {
      cs = CsvInput.detectCharset(file);
      delim = CsvInput.detectDelimiter(file, cs);
      sha = Sha256.of(file);
    } catch (IOException e) {
      throw new ImportException(file, file + ": the file could not be read (" + e + ").", e);
    }
    if (cs.equals(CsvInput.CP1252)) {
      report.info("", "The file is not valid UTF-8; it was read as Windows-1252.");
    }
    if (delim != ',') {
      report.info("", "Delimiter detected: " + (delim == ';' ? "semicolon" : "tab") + ".");
    }
    Reconciliation rec = new Reconciliation(recordLevel);
    Map<Key, long[]> cells = new LinkedHashMap<>();
    Map<String, String> meta = new LinkedHashMap<>();
    long line = 1;
    try (Reader in = CsvInput.open(file, cs);
        CSVParser p = format(delim).parse(in)) {
      Iterator<CSVRecord> it = p.iterator();
      if (!it.hasNext()) {
        throw empty(file);
      }
      List<String> headers = it.next().toList();
      line = p.getCurrentLineNumber();
      FlowCsvMapping mapping = opt.mapping().completedFrom(headers);
      List<FlowColumn> missing = new ArrayList<>();
      Map<FlowColumn, Integer> pos = mapping.resolve(headers, missing);
      if (!missing.isEmpty()) {
        List<String> names = new ArrayList<>();
        missing.forEach(c -> names.add(FlowValues.quote(mapping.header(c).orElse(""))));
        throw new ImportException(
            file,
            file
                + ": the column mapping names "
                + String.join(", ", names)
                + " but the header row has no such column (it has: "
                + String.join(", ", headers)
                + ").");
      }
      requireColumns(file, shape, pos, headers);
      report.info("", "Columns: " + mapping.describe() + ".");
      meta.put("shape", recordLevel ? "record-level (aggregated on import)" : "aggregated");
      meta.put("columns", mapping.describe());
      Context ctx = new Context(file, wards, schools, opt, rec, cells, pos, recordLevel);
      if (recordLevel) {
        meta.put("periods", opt.periods().name().toLowerCase(java.util.Locale.ROOT));
        meta.put("age_bands", opt.ageBands().toString());
        meta.put("identifiers", "discarded on import");
        ctx.placement = placement(pos, opt);
        report.info("", ctx.placement.describe());
      }
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException e) {
          throw new ImportException(
              file,
              file
                  + ": malformed CSV after line "
                  + line
                  + " — probably a double quote that is never closed. Nothing after that"
                  + " point could be read; fix the quoting and import again.",
              e);
        }
        line = p.getCurrentLineNumber();
        rec.rowsRead++;
        if (r.size() < headers.size() && !blankRow(r)) {
          rec.note(
              "short",
              Severity.WARNING,
              () -> "Rows with fewer fields than the header: missing fields read as blank",
              line,
              -1);
        }
        if (recordLevel) {
          ctx.recordRow(r, line);
        } else {
          ctx.aggregatedRow(r, line);
        }
      }
      if (recordLevel) {
        ctx.finishRecordLevel();
      }
    } catch (IOException e) {
      throw new ImportException(
          file, file + ": reading stopped at line " + line + " (" + safeMessage(e) + ").", e);
    } catch (UncheckedIOException e) {
      throw new ImportException(
          file, file + ": reading stopped at line " + line + " (" + safeMessage(e) + ").", e);
    }

    rec.writeTo(report, distinctCells(cells));
    if (rec.rowsRead == 0) {
      report.error("", "The file has a header row but no data rows.");
    } else if (rec.rowsKept == 0) {
      report.error("", "No row could be used: see the reasons above.");
    }

    Optional<Map.Entry<FlowManifest, FlowManifest.FileEntry>> manifest =
        FlowManifest.describing(file);
    boolean synthetic = manifest.map(e -> e.getValue().synthetic()).orElse(false);
    boolean fictional = manifest.map(e -> e.getValue().fictional()).orElse(false);
    String title = file.getFileName().toString();
    if (manifest.isPresent()) {
      FlowManifest.FileEntry e = manifest.get().getValue();
      title = e.title().isBlank() ? title : e.title();
      meta.putAll(manifest.get().getKey().parameters());
      String label = manifest.get().getKey().label();
      report.info(
          "",
          "A Wardflow manifest beside the file marks it "
              + (label.isBlank() ? "as generated" : label)
              + (e.sha256().isEmpty() || e.sha256().equals(sha)
                  ? "."
                  : "; the file has changed since the manifest was written."));
      if (synthetic && !title.contains("SYNTHETIC")) {
        title = "SYNTHETIC " + title;
      }
    }
    DatasetInfo info = new DatasetInfo(title, file.toString(), sha, fictional, synthetic, meta);
    FlowTable.Builder b = FlowTable.builder(info);
    for (Map.Entry<Key, long[]> e : cells.entrySet()) {
      Key k = e.getKey();
      long n = e.getValue()[0];
      if (n > Integer.MAX_VALUE) {
        report.error(
            "",
            "The count for ward "
                + k.ward()
                + " → school "
                + k.urn()
                + " exceeds "
                + Integer.MAX_VALUE
                + " after summing; the table cannot hold it.");
        n = Integer.MAX_VALUE;
      }
      b.add(k.ward(), k.urn(), k.period(), k.ageBand(), k.group(), (int) n);
    }
    FlowTable table = rec.rowsKept == 0 ? null : b.build();
    return new ImportResult<>(table, report);
  }

  private static int distinctCells(Map<Key, long[]> cells) {
    Set<Long> pairs = new HashSet<>();
    Map<String, Integer> w = new HashMap<>();
    Map<String, Integer> s = new HashMap<>();
    for (Key k : cells.keySet()) {
      long a = w.computeIfAbsent(k.ward(), x -> w.size());
      long c = s.computeIfAbsent(k.urn(), x -> s.size());
      pairs.add(a << 32 | c);
    }
    return pairs.size();
  }

  private static boolean blankRow(CSVRecord r) {
    for (String v : r) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static void requireColumns(
      Path file, FlowCsvShape shape, Map<FlowColumn, Integer> pos, List<String> headers)
      throws ImportException {
    boolean urn = pos.containsKey(FlowColumn.SCHOOL_URN);
    boolean ward = pos.containsKey(FlowColumn.WARD_CODE);
    String found = " The header row has: " + String.join(", ", headers) + ".";
    if (shape == FlowCsvShape.AGGREGATED) {
      List<String> need = new ArrayList<>();
      if (!ward) {
        need.add("ward_code");
      }
      if (!urn) {
        need.add("school_urn");
      }
      if (!pos.containsKey(FlowColumn.COUNT)) {
        need.add("count");
      }
      if (!need.isEmpty()) {
        throw new ImportException(
            file,
            file
                + ": not an aggregated flow table — no "
                + String.join(", ", need)
                + " column."
                + found
                + " Map the columns by hand, or see resources/flows_aggregated_template.csv.");
      }
    } else {
      boolean bng = pos.containsKey(FlowColumn.EASTING) && pos.containsKey(FlowColumn.NORTHING);
      boolean wgs = pos.containsKey(FlowColumn.LONGITUDE) && pos.containsKey(FlowColumn.LATITUDE);
      if (!urn || !(ward || bng || wgs)) {
        throw new ImportException(
            file,
            file
                + ": not a record-level flow file — it needs a school_urn column and either a"
                + " home ward_code column or home coordinates (easting/northing or"
                + " longitude/latitude)."
                + found
                + " Map the columns by hand, or see resources/flows_record_level_template.csv.");
      }
    }
  }

  /** How record-level homes are placed. */
  private record Placement(boolean byWard, boolean hasEn, boolean hasLonLat, CoordinateSystem crs) {
    boolean hasCoordinates() {
      return hasEn || hasLonLat;
    }

    String describe() {
      StringBuilder sb = new StringBuilder("Homes placed by ");
      if (byWard) {
        sb.append("home ward code");
        if (hasCoordinates()) {
          sb.append(", or by home coordinates where the code is blank or not in the boundaries");
        }
      } else {
        sb.append("home coordinates (point-in-polygon)");
      }
      if (hasLonLat) {
        sb.append(
            crs == CoordinateSystem.BNG
                ? "; longitude/latitude columns read as British National Grid (as chosen)"
                : "; longitude/latitude read as WGS 84");
      }
      if (hasEn) {
        sb.append(
            crs == CoordinateSystem.WGS84
                ? "; easting/northing columns read as WGS 84 degrees (as chosen)"
                : crs == CoordinateSystem.AUTO
                    ? "; easting/northing read as British National Grid metres (rows in degrees"
                        + " as WGS 84)"
                    : "; easting/northing read as British National Grid metres");
      }
      return sb.append('.').toString();
    }
  }

  private static Placement placement(Map<FlowColumn, Integer> pos, FlowImportOptions opt) {
    return new Placement(
        pos.containsKey(FlowColumn.WARD_CODE),
        pos.containsKey(FlowColumn.EASTING) && pos.containsKey(FlowColumn.NORTHING),
        pos.containsKey(FlowColumn.LONGITUDE) && pos.containsKey(FlowColumn.LATITUDE),
        opt.coordinates());
  }

  /** State of one import. */
  private static final class Context {
    final Path file;
    final WardLayer wards;
    final SchoolLayer schools;
    final FlowImportOptions opt;
    final Reconciliation rec;
    final Map<Key, long[]> cells;
    final Map<FlowColumn, Integer> pos;
    final boolean recordLevel;
    final String boundaryVintage;
    Placement placement;
    final Set<String> itemisedWards = new HashSet<>();
    final Set<String> itemisedUrns = new HashSet<>();
    final Set<String> personIds = new HashSet<>();
    final Map<String, Boolean> wardKnown = new HashMap<>();

    Context(
        Path file,
        WardLayer wards,
        SchoolLayer schools,
        FlowImportOptions opt,
        Reconciliation rec,
        Map<Key, long[]> cells,
        Map<FlowColumn, Integer> pos,
        boolean recordLevel) {
      this.file = file;
      this.wards = wards;
      this.schools = schools;
      this.opt = opt;
      this.rec = rec;
      this.cells = cells;
      this.pos = pos;
      this.recordLevel = recordLevel;
      this.boundaryVintage = boundaryVintage(wards, opt);
    }

    String field(CSVRecord r, FlowColumn c) {
      Integer i = pos.get(c);
      if (i == null || i >= r.size()) {
        return "";
      }
      String v = r.get(i);
      return v == null ? "" : v.trim();
    }

    // ---------------------------------------------------------------- aggregated rows

    void aggregatedRow(CSVRecord r, long line) {
      if (blankRow(r)) {
        rec.skip("blank", Severity.INFO, () -> "Empty rows (every field blank)", line, 0);
        return;
      }
      FlowValues.Count c = FlowValues.count(field(r, FlowColumn.COUNT));
      String raw = field(r, FlowColumn.COUNT);
      switch (c.kind()) {
        case BLANK -> {
          rec.skip("count:blank", Severity.WARNING, () -> "Blank count", line, -1);
          return;
        }
        case NEGATIVE -> {
          rec.skip(
              "count:negative",
              Severity.WARNING,
              () -> "Negative count: a count of people cannot be below zero",
              line,
              -1);
          return;
        }
        case NON_INTEGER -> {
          rec.skip(
              "count:fraction",
              Severity.WARNING,
              () -> "Count is not a whole number (e.g. " + FlowValues.quote(raw) + ")",
              line,
              -1);
          return;
        }
        case MARKER -> {
          rec.skip(
              "count:marker",
              Severity.WARNING,
              () ->
                  "Count is a suppression or not-available marker (e.g. "
                      + FlowValues.quote(raw)
                      + "): the table was already suppressed; the true number is unknown",
              line,
              -1);
          return;
        }
        case TOO_LARGE -> {
          rec.skip("count:large", Severity.ERROR, () -> "Count too large to be real", line, -1);
          return;
        }
        case UNREADABLE -> {
          rec.skip(
              "count:text",
              Severity.WARNING,
              () -> "Count is not a number (e.g. " + FlowValues.quote(raw) + ")",
              line,
              -1);
          return;
        }
        case REPAIRED ->
            rec.note(
                "count:repaired",
                Severity.INFO,
                () ->
                    "Counts written as decimals or with thousands separators (e.g. "
                        + FlowValues.quote(raw)
                        + ") read as whole numbers",
                line,
                c.value());
        case OK -> {
          // nothing to say
        }
      }
      long n = c.value();
      String ward = resolveWardCode(r, line, n);
      if (ward == null) {
        return;
      }
      String urn = resolveUrn(r, line, n);
      if (urn == null) {
        return;
      }
      if (n == 0) {
        rec.note(
            "count:zero", Severity.INFO, () -> "Zero counts kept as explicit zero cells", line, 0);
      }
      String period = field(r, FlowColumn.PERIOD);
      String band = field(r, FlowColumn.AGE_BAND);
      String group = groupOf(r);
      noteBlankDimensions(line, n, period, band, group);
      Key k = new Key(ward, urn, nullIfBlank(period), nullIfBlank(band), nullIfBlank(group));
      long[] cell = cells.get(k);
      if (cell == null) {
        cells.put(k, new long[] {n, line});
      } else {
        cell[0] += n;
        long first = cell[1];
        rec.note(
            "duplicate",
            Severity.WARNING,
            () ->
                "Repeated ward × school"
                    + (pos.containsKey(FlowColumn.PERIOD)
                            || pos.containsKey(FlowColumn.AGE_BAND)
                            || pos.containsKey(FlowColumn.GROUP)
                        ? " × period × age band × group"
                        : "")
                    + " keys (first at line "
                    + first
                    + "): their counts were SUMMED",
            line,
            n);
      }
      rec.kept(n);
    }

    private void noteBlankDimensions(long line, long n, String period, String band, String group) {
      if (pos.containsKey(FlowColumn.PERIOD) && period.isEmpty()) {
        rec.note(
            "dim:period",
            Severity.INFO,
            () -> "Blank period: kept without a period (counted only when no period filter is on)",
            line,
            n);
      }
      if (pos.containsKey(FlowColumn.AGE_BAND) && band.isEmpty()) {
        rec.note(
            "dim:age",
            Severity.INFO,
            () ->
                "Blank age band: kept without an age band (counted only when no age filter is"
                    + " on)",
            line,
            n);
      }
      if (pos.containsKey(FlowColumn.GROUP) && group.isEmpty()) {
        rec.note(
            "dim:group",
            Severity.INFO,
            () -> "Blank group: kept without a group (counted only when no group filter is on)",
            line,
            n);
      }
    }

    private String groupOf(CSVRecord r) {
      String g = field(r, FlowColumn.GROUP);
      if (g.isEmpty() && !pos.containsKey(FlowColumn.GROUP) && opt.group() != null) {
        return opt.group();
      }
      return g;
    }

    // ---------------------------------------------------------------- ward codes and URNs

    /** The ward code of a row if it is in the boundaries, else null (the row is skipped). */
    private String resolveWardCode(CSVRecord r, long line, long people) {
      String raw = field(r, FlowColumn.WARD_CODE);
      String code = FlowValues.wardCode(raw);
      if (code.isEmpty()) {
        rec.skip("ward:blank", Severity.WARNING, () -> "Blank ward code", line, people);
        return null;
      }
      if (known(code)) {
        return code;
      }
      skipUnknownWard(code, line, people, "");
      return null;
    }

    boolean known(String code) {
      return wardKnown.computeIfAbsent(code, c -> wards.indexOf(c) >= 0);
    }

    void skipUnknownWard(String code, long line, long people, String extra) {
      String key = "ward:" + code;
      if (!itemisedWards.contains(code)) {
        if (itemisedWards.size() < MAX_ITEMISED) {
          itemisedWards.add(code);
        } else {
          key = "ward:~more";
        }
      }
      boolean itemised = !key.equals("ward:~more");
      rec.skip(
          key,
          Severity.WARNING,
          () ->
              itemised
                  ? explainWardCode(code) + extra
                  : "Further ward codes not in the boundaries (more than "
                      + MAX_ITEMISED
                      + " distinct codes; the first "
                      + MAX_ITEMISED
                      + " are listed separately)"
                      + extra,
          line,
          people);
    }

    String explainWardCode(String code) {
      boolean showable = !recordLevel || FlowValues.looksLikeGssCode(code);
      String shown = showable ? code : "(a value that is not a ward code — not shown)";
      String yours = boundaryVintage == null ? "" : "; your boundaries are " + boundaryVintage;
      if (!showable) {
        return "Ward code " + shown + " not in the boundaries";
      }
      List<WardCodeVintages.Entry> other = opt.vintages().lookup(code);
      if (!other.isEmpty()) {
        List<String> vs = new ArrayList<>();
        String name = "";
        String district = "";
        for (WardCodeVintages.Entry e : other) {
          if (!vs.contains(e.vintage())) {
            vs.add(e.vintage());
          }
          if (name.isEmpty()) {
            name = e.name();
          }
          if (district.isEmpty()) {
            district = e.district();
          }
        }
        String what =
            name.isEmpty() ? "" : " (" + name + (district.isEmpty() ? "" : ", " + district) + ")";
        return "Ward code "
            + shown
            + " is a "
            + String.join("/", vs)
            + " ward code"
            + what
            + yours
            + ". Re-code it to the current wards, or load boundaries of that vintage";
      }
      String kind = FlowValues.gssKind(code);
      if (kind != null) {
        return "Ward code " + shown + " is " + kind + ", not a ward code";
      }
      if (FlowValues.looksLikeGssCode(code)) {
        return "Ward code "
            + shown
            + " is not in the boundaries"
            + (boundaryVintage == null ? "" : " (" + boundaryVintage + ")")
            + (opt.vintages().size() == 0
                ? "; give a list of older ward codes to find out whether it is another vintage"
                : " nor in the other ward code lists given");
      }
      return "Ward code " + FlowValues.quote(code) + " is not an ONS ward code";
    }

    /** The URN of a row if the school is in the layer, else null (the row is skipped). */
    private String resolveUrn(CSVRecord r, long line, long people) {
      String urn = FlowValues.urn(field(r, FlowColumn.SCHOOL_URN));
      if (urn.isEmpty()) {
        rec.skip("urn:blank", Severity.WARNING, () -> "Blank school URN", line, people);
        return null;
      }
      Optional<School> s = schools.byUrn(urn);
      if (s.isEmpty()) {
        boolean showable = !recordLevel || FlowValues.looksLikeUrn(urn);
        String key = "urn:" + (showable ? urn : "~hidden");
        if (showable && !itemisedUrns.contains(urn)) {
          if (itemisedUrns.size() < MAX_ITEMISED) {
            itemisedUrns.add(urn);
          } else {
            key = "urn:~more";
          }
        }
        String k = key;
        rec.skip(
            key,
            Severity.WARNING,
            () ->
                k.equals("urn:~more")
                    ? "Further school URNs not in the school layer"
                    : k.equals("urn:~hidden")
                        ? "School URN values that are not URNs (not shown) — check the column"
                            + " mapping"
                        : "School URN "
                            + (recordLevel ? urn : FlowValues.quote(urn))
                            + " is not in the school layer ("
                            + schools.name()
                            + ")",
            line,
            people);
        return null;
      }
      School sc = s.get();
      if (!sc.open()) {
        rec.note(
            "closed:" + urn,
            Severity.WARNING,
            () ->
                "School URN "
                    + urn
                    + " ("
                    + sc.name()
                    + ") is closed in the school layer: its flows are kept",
            line,
            people);
      }
      if (!sc.hasLocation()) {
        rec.note(
            "noloc:" + urn,
            Severity.WARNING,
            () ->
                "School URN "
                    + urn
                    + " ("
                    + sc.name()
                    + ") has no location: its flows are kept but cannot be drawn as lines",
            line,
            people);
      }
      return urn;
    }

    // ---------------------------------------------------------------- record-level rows

    void recordRow(CSVRecord r, long line) {
      if (blankRow(r)) {
        rec.skip("blank", Severity.INFO, () -> "Empty rows (every field blank)", line, 0);
        return;
      }
      String ward = placeHome(r, line);
      if (ward == null) {
        return;
      }
      String urn = resolveUrn(r, line, 1);
      if (urn == null) {
        return;
      }
      String period = periodOf(r, line);
      String band = ageBandOf(r, line);
      String group = groupOf(r);
      if (pos.containsKey(FlowColumn.GROUP) && group.isEmpty()) {
        rec.note(
            "dim:group",
            Severity.INFO,
            () -> "Blank group: kept without a group (counted only when no group filter is on)",
            line,
            1);
      }
      String id = field(r, FlowColumn.PERSON_ID);
      if (!id.isEmpty() && !personIds.add(id)) {
        rec.note(
            "repeat-id",
            Severity.INFO,
            () ->
                "Rows whose person id already appeared on an earlier row (e.g. a child who"
                    + " changed school): every row is counted. Ids were used only for this check"
                    + " and are not kept",
            line,
            1);
      }
      Key k = new Key(ward, urn, period, band, nullIfBlank(group));
      long[] cell = cells.get(k);
      if (cell == null) {
        cells.put(k, new long[] {1, line});
      } else {
        cell[0]++;
      }
      rec.kept(1);
    }

    void finishRecordLevel() {
      personIds.clear();
    }

    /** The ward of a child's home, or null when the row is skipped. */
    private String placeHome(CSVRecord r, long line) {
      String code = placement.byWard() ? FlowValues.wardCode(field(r, FlowColumn.WARD_CODE)) : "";
      if (!code.isEmpty() && known(code)) {
        return code;
      }
      if (!placement.hasCoordinates()) {
        if (code.isEmpty()) {
          rec.skip("ward:blank", Severity.WARNING, () -> "Blank home ward code", line, 1);
        } else {
          skipUnknownWard(code, line, 1, "");
        }
        return null;
      }
      String lon = placement.hasLonLat() ? field(r, FlowColumn.LONGITUDE) : "";
      String lat = placement.hasLonLat() ? field(r, FlowColumn.LATITUDE) : "";
      String east = placement.hasEn() ? field(r, FlowColumn.EASTING) : "";
      String north = placement.hasEn() ? field(r, FlowColumn.NORTHING) : "";
      boolean useLonLat = !(lon.isEmpty() && lat.isEmpty());
      boolean useEn = !(east.isEmpty() && north.isEmpty());
      if (useLonLat && useEn) {
        // both given: prefer the pair in the chosen CRS, else the grid pair
        useLonLat = placement.crs() == CoordinateSystem.WGS84;
      }
      String sx = useLonLat ? lon : east;
      String sy = useLonLat ? lat : north;
      if (sx.isEmpty() && sy.isEmpty()) {
        if (code.isEmpty()) {
          rec.skip(
              "home:none",
              Severity.WARNING,
              () -> "No home ward code and no home coordinates",
              line,
              1);
        } else {
          skipUnknownWard(code, line, 1, "");
        }
        return null;
      }
      double x = FlowValues.coordinate(sx);
      double y = FlowValues.coordinate(sy);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        rec.skip(
            "home:unreadable",
            Severity.WARNING,
            () -> "Home coordinates unreadable (values not shown)",
            line,
            1);
        return null;
      }
      if (x == 0 && y == 0) {
        rec.skip(
            "home:zero",
            Severity.WARNING,
            () -> "Home coordinates 0,0 (unknown location)",
            line,
            1);
        return null;
      }
      boolean deg =
          useLonLat
              ? placement.crs() != CoordinateSystem.BNG
              : placement.crs() == CoordinateSystem.WGS84;
      if (!deg
          && !useLonLat
          && placement.crs() == CoordinateSystem.AUTO
          && Math.abs(x) <= 180
          && Math.abs(y) <= 90) {
        deg = true;
        rec.note(
            "home:degrees",
            Severity.INFO,
            () -> "Home coordinates in degrees read as WGS 84 longitude/latitude",
            line,
            1);
      }
      Coordinate c;
      if (deg) {
        if (x < -9 || x > 3 || y < 49 || y > 61) {
          rec.skip(
              "home:offgrid",
              Severity.WARNING,
              () -> "Home coordinates outside Great Britain (longitude/latitude swapped?)",
              line,
              1);
          return null;
        }
        c = CrsTransform.wgs84ToBng(x, y);
      } else {
        if (x < 0 || x > 700_000 || y < 0 || y > 1_300_000) {
          rec.skip(
              "home:offgrid",
              Severity.WARNING,
              () -> "Home coordinates are not British National Grid eastings/northings",
              line,
              1);
          return null;
        }
        c = new Coordinate(x, y);
      }
      int wi = wards.indexAt(c);
      if (wi < 0) {
        if (!code.isEmpty()) {
          skipUnknownWard(code, line, 1, "; the home coordinates are outside the boundaries too");
        } else {
          rec.skip(
              "home:outside",
              Severity.WARNING,
              () -> "Home outside the boundary area (in no ward of " + wards.name() + ")",
              line,
              1);
        }
        return null;
      }
      Ward w = wards.wards().get(wi);
      if (!code.isEmpty()) {
        rec.note(
            "ward:placed",
            Severity.WARNING,
            () ->
                "Home ward codes not in the boundaries"
                    + (boundaryVintage == null ? "" : " (" + boundaryVintage + ")")
                    + ": placed by their home coordinates instead",
            line,
            1);
      }
      return w.code();
    }

    private String periodOf(CSVRecord r, long line) {
      String period = field(r, FlowColumn.PERIOD);
      if (!period.isEmpty()) {
        return period;
      }
      if (!pos.containsKey(FlowColumn.DATE)) {
        if (pos.containsKey(FlowColumn.PERIOD)) {
          rec.note(
              "dim:period", Severity.INFO, () -> "Blank period: kept without a period", line, 1);
        }
        return null;
      }
      String d = field(r, FlowColumn.DATE);
      int[] ym = FlowValues.date(d);
      if (ym == null) {
        boolean blank = d.isEmpty();
        rec.note(
            blank ? "date:blank" : "date:bad",
            Severity.WARNING,
            () ->
                blank
                    ? "Blank date: kept without a period"
                    : "Unreadable date (values not shown; expected YYYY-MM-DD or"
                        + " DD/MM/YYYY): kept without a period",
            line,
            1);
        return null;
      }
      if (opt.periods() == PeriodGranularity.MONTH) {
        if (ym[1] == 0) {
          rec.note(
              "date:yearonly",
              Severity.INFO,
              () -> "Dates with a year only: their period is the year, not a month",
              line,
              1);
          return Integer.toString(ym[0]);
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d", ym[0], ym[1]);
      }
      return Integer.toString(ym[0]);
    }

    private String ageBandOf(CSVRecord r, long line) {
      String band = field(r, FlowColumn.AGE_BAND);
      if (!band.isEmpty()) {
        return band;
      }
      if (!pos.containsKey(FlowColumn.AGE)) {
        return null;
      }
      String a = field(r, FlowColumn.AGE);
      double age = FlowValues.age(a);
      if (Double.isNaN(age)) {
        boolean blank = a.isEmpty();
        rec.note(
            blank ? "age:blank" : "age:bad",
            Severity.WARNING,
            () ->
                blank
                    ? "Blank age: kept without an age band"
                    : "Unreadable age (values not shown; expected years 0–120): kept without an"
                        + " age band",
            line,
            1);
        return null;
      }
      Optional<String> b = opt.ageBands().bandOf(age);
      if (b.isEmpty()) {
        rec.note(
            "age:noband",
            Severity.INFO,
            () -> "Ages in no age band (" + opt.ageBands() + "): kept without an age band",
            line,
            1);
        return null;
      }
      return b.get();
    }
  }

  private static String nullIfBlank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The vintage of the loaded boundaries for messages: as stated in the options, else from a {@code
   * WDnnCD} attribute of the wards, else a year in the layer name; null when unknown.
   */
  static String boundaryVintage(WardLayer wards, FlowImportOptions opt) {
    if (opt.boundaryVintage() != null && !opt.boundaryVintage().isBlank()) {
      return opt.boundaryVintage();
    }
    for (Ward w : wards.wards()) {
      for (String k : w.attributes().keySet()) {
        Matcher m = WD_ATTR.matcher(k);
        if (m.matches()) {
          return "20" + m.group(1);
        }
      }
      break;
    }
    return WardCodeVintages.yearIn(wards.name() == null ? "" : wards.name()).orElse(null);
  }
}
