package org.wardflow.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.disclosure.AuditReport;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;

/**
 * Writes a published table as CSV with a manifest — the same files from the command line and the
 * GUI:
 *
 * <ul>
 *   <li>{@code cells.csv}: {@code ward_code,school_urn,value,status} for every non-structural cell;
 *       status {@code published} or {@code suppressed}; value empty when suppressed. A zero the
 *       policy does not publish is written as suppressed (the file has only these two states).
 *   <li>{@code totals.csv}: {@code kind,code,value,status} with kind {@code ward}, {@code school}
 *       or {@code grand} (code empty), for each kind of total the policy publishes.
 *   <li>{@code manifest.json}: application and version, time, the SYNTHETIC/FICTIONAL label, the
 *       protective marking, the dataset and the caller's input file hashes, the policy and its
 *       plain-language statement, the filter, counts of cells published and suppressed, the audit
 *       outcome and the SHA-256 of the two CSV files.
 * </ul>
 *
 * <p>Only a {@link PublishedTable} reaches this class, so raw counts cannot appear in any file. The
 * number of people hidden is deliberately left out of the files: even rounded, it would be one more
 * published constraint on the hidden cells.
 */
public final class PublishedCsvWriter {
  /** Header of {@code cells.csv}. */
  public static final String[] CELLS_HEADER = {"ward_code", "school_urn", "value", "status"};

  /** Header of {@code totals.csv}. */
  public static final String[] TOTALS_HEADER = {"kind", "code", "value", "status"};

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PublishedCsvWriter() {}

  /**
   * What the manifest records besides the table itself.
   *
   * @param inputHashes input file name → hex SHA-256 (as the caller computed them)
   * @param protectiveMarking e.g. "OFFICIAL-SENSITIVE" (empty for none)
   * @param clock time source
   */
  public record Options(Map<String, String> inputHashes, String protectiveMarking, Clock clock) {
    /** Freezes and defaults. */
    public Options {
      inputHashes = inputHashes == null ? Map.of() : Map.copyOf(inputHashes);
      protectiveMarking = protectiveMarking == null ? "" : protectiveMarking;
      clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Options with input hashes only. */
    public static Options of(Map<String, String> inputHashes) {
      return new Options(inputHashes, "", Clock.systemUTC());
    }
  }

  /**
   * Writes {@code cells.csv}, {@code totals.csv} and {@code manifest.json} into a directory
   * (created if needed; those three files are replaced).
   *
   * @param table the published table
   * @param dir output directory
   * @param options manifest details
   * @throws IOException when a file cannot be written (the message names it)
   */
  public static void write(PublishedTable table, Path dir, Options options) throws IOException {
    Objects.requireNonNull(table, "table");
    Files.createDirectories(dir);
    Path cells = dir.resolve("cells.csv");
    Path totals = dir.resolve("totals.csv");
    writeCells(table, cells);
    writeTotals(table, totals);
    Map<String, Object> manifest = manifest(table, options, sha256(cells), sha256(totals));
    Path m = dir.resolve("manifest.json");
    try {
      Files.writeString(m, JSON.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("Cannot write " + m + ": " + e.getMessage(), e);
    }
  }

  private static CSVFormat format(String[] header) {
    return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
  }

  private static void writeCells(PublishedTable t, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, format(CELLS_HEADER))) {
      for (int r = 0; r < t.wardCodes().size(); r++) {
        String ward = t.wardCodes().get(r);
        for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
          String urn = t.schoolUrns().get(t.column(i));
          if (t.cellStatus(i) == CellStatus.PUBLISHED) {
            out.printRecord(ward, urn, t.cellValue(i), "published");
          } else {
            out.printRecord(ward, urn, "", "suppressed");
          }
        }
      }
    } catch (IOException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeTotals(PublishedTable t, Path file) throws IOException {
    DisclosurePolicy p = t.policy();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, format(TOTALS_HEADER))) {
      if (p.publishWardTotals()) {
        for (int r = 0; r < t.wardCodes().size(); r++) {
          total(out, "ward", t.wardCodes().get(r), t.wardTotal(r));
        }
      }
      if (p.publishSchoolTotals()) {
        for (int c = 0; c < t.schoolUrns().size(); c++) {
          total(out, "school", t.schoolUrns().get(c), t.schoolTotal(c));
        }
      }
      if (p.publishGrandTotal()) {
        total(out, "grand", "", t.grandTotal());
      }
    } catch (IOException e) {
      throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void total(CSVPrinter out, String kind, String code, PublishedValue v)
      throws IOException {
    if (v.isPublished()) {
      out.printRecord(kind, code, v.value(), "published");
    } else {
      out.printRecord(kind, code, "", "suppressed");
    }
  }

  private static Map<String, Object> manifest(
      PublishedTable t, Options o, String cellsHash, String totalsHash) {
    Map<String, Object> m = new LinkedHashMap<>();
    DatasetInfo info = t.info();
    m.put("application", "Wardflow");
    m.put("version", AppVersion.get());
    m.put("created", Instant.now(o.clock()).toString());
    m.put("label", info.label());
    if (!o.protectiveMarking().isEmpty()) {
      m.put("protectiveMarking", o.protectiveMarking());
    }
    m.put(
        "notice",
        "Exploratory analysis, not predictive. Counts of children and young people, by home ward"
            + " and school, after disclosure control; no raw counts.");
    Map<String, Object> ds = new LinkedHashMap<>();
    ds.put("title", info.title());
    ds.put("source", info.source());
    ds.put("sha256", info.sha256());
    ds.put("synthetic", info.synthetic());
    ds.put("fictional", info.fictional());
    if (!info.metadata().isEmpty()) {
      ds.put("metadata", new TreeMap<>(info.metadata()));
    }
    m.put("dataset", ds);
    m.put("inputs", new TreeMap<>(o.inputHashes()));
    DisclosurePolicy p = t.policy();
    Map<String, Object> pol = new LinkedHashMap<>();
    pol.put("k", p.k());
    pol.put("protectionLevel", p.protectionLevel());
    pol.put("roundingBase", p.roundingBase());
    pol.put("totalsRounding", "independent of cells, from unrounded counts");
    pol.put("publishZeros", p.publishZeros());
    pol.put("publishWardTotals", p.publishWardTotals());
    pol.put("publishSchoolTotals", p.publishSchoolTotals());
    pol.put("publishGrandTotal", p.publishGrandTotal());
    pol.put("floor", p.floor());
    pol.put("statement", p.statement());
    m.put("policy", pol);
    FlowFilter f = t.filter();
    Map<String, Object> fil = new LinkedHashMap<>();
    fil.put("description", f.describe());
    fil.put("periods", f.periods().stream().sorted().toList());
    fil.put("ageBands", f.ageBands().stream().sorted().toList());
    fil.put("groups", f.groups().stream().sorted().toList());
    m.put("filter", fil);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("wards", t.wardCodes().size());
    counts.put("schools", t.schoolUrns().size());
    counts.put("cells", t.cellCount());
    counts.put("cellsPublished", t.summary().cellsPublished());
    counts.put("cellsSuppressed", t.cellCount() - t.summary().cellsPublished());
    m.put("counts", counts);
    AuditReport a = t.audit();
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("status", a.status().name());
    audit.put("protectionLevel", a.protectionLevel());
    audit.put("protectedFigures", a.protectedQuantities());
    audit.put("method", a.method());
    m.put("audit", audit);
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("cells.csv", cellsHash);
    files.put("totals.csv", totalsHash);
    m.put("files", files);
    return m;
  }

  /** Hex SHA-256 of a file. */
  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(file));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
