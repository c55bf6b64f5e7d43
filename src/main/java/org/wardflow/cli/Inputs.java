package org.wardflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.ImportResult;
import org.wardflow.io.Readers;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListReader;
import org.wardflow.io.WardPopulation;
import org.wardflow.io.flows.FlowCsvReader;
import org.wardflow.io.flows.FlowImportOptions;
import org.wardflow.io.flows.Sha256;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * Reads a command's input files through the {@code io} readers and keeps their import reports: a
 * file that cannot be used becomes an {@link InputException} (exit code 2) with the reader's own
 * one-paragraph message, prefixed by the option that named it; warnings are printed, shortened, and
 * make the command end with exit code 1. Also records every input's SHA-256 for manifests.
 */
final class Inputs {
  /** At most this many warnings are printed per file; {@code validate} lists them all. */
  static final int MAX_WARNINGS_SHOWN = 5;

  private final PrintStream log;
  private final List<ImportReport> reports = new ArrayList<>();
  private final Map<String, String> hashes = new LinkedHashMap<>();
  private int extraWarnings;

  /**
   * Creates a reader of inputs.
   *
   * @param log where summaries and warnings are printed (standard error)
   */
  Inputs(PrintStream log) {
    this.log = log;
  }

  /** Reads ward boundaries and schools as one geography. */
  Geography geography(Path wardsFile, Path schoolsFile) {
    WardLayer wards = wards(wardsFile);
    SchoolLayer schools = schools(schoolsFile);
    return new Geography(
        wards,
        schools,
        DatasetInfo.ofFile(
            wards.name() + " + " + schools.name(), wardsFile.toString(), hash(wardsFile)));
  }

  /** Reads ward boundaries ({@code --wards}). */
  WardLayer wards(Path file) {
    try {
      return accept("--wards", Readers.readWards(file), file);
    } catch (ImportException e) {
      throw fail("--wards", e);
    }
  }

  /** Reads schools ({@code --schools}). */
  SchoolLayer schools(Path file) {
    try {
      return accept("--schools", Readers.readSchools(file), file);
    } catch (ImportException e) {
      throw fail("--schools", e);
    }
  }

  /** Reads a ward population file ({@code --population}) joined with the wards. */
  WardPopulation population(Path file, WardLayer wards) {
    try {
      return accept("--population", Readers.readWardPopulation(file, wards), file);
    } catch (ImportException e) {
      throw fail("--population", e);
    }
  }

  /** Reads one numeric column of a ward table ({@code --indicator}) joined with the wards. */
  WardIndicator indicator(Path file, String column, WardLayer wards) {
    List<WardIndicator> all;
    try {
      all = accept("--indicator", Readers.readWardIndicators(file, wards), file);
    } catch (ImportException e) {
      throw fail("--indicator", e);
    }
    List<String> names = new ArrayList<>();
    for (WardIndicator w : all) {
      if (w.name().equalsIgnoreCase(column.trim())) {
        return w;
      }
      names.add("'" + w.name() + "'");
    }
    throw new InputException(
        "--indicator: "
            + file
            + " has no numeric column called '"
            + column
            + "' (--indicator-column). Its numeric columns are: "
            + (names.isEmpty() ? "none" : String.join(", ", names))
            + ".");
  }

  /**
   * Reads a flow table (aggregated or record-level CSV) and reconciles it with the geography.
   *
   * @param option the option that named the file, for messages
   */
  FlowTable flows(String option, Path file, Geography geo) {
    try {
      return accept(
          option,
          FlowCsvReader.read(file, geo.wards(), geo.schools(), FlowImportOptions.DEFAULT),
          file);
    } catch (ImportException e) {
      throw fail(option, e);
    }
  }

  /** Reads a VRU list of schools ({@code --list}). */
  VruList vruList(Path file) {
    try {
      return accept("--list", VruListReader.read(file), file);
    } catch (ImportException e) {
      throw fail("--list", e);
    }
  }

  /** Records a file's hash for manifests (computed on first use). */
  String hash(Path file) {
    String key = file.getFileName().toString();
    String h = hashes.get(key);
    if (h == null) {
      try {
        h = Sha256.of(file);
      } catch (IOException e) {
        throw new InputException(
            "Cannot read " + file + " to compute its hash: " + e.getMessage() + ".");
      }
      hashes.put(key, h);
    }
    return h;
  }

  /** Input file name → hex SHA-256 of every file read so far. */
  Map<String, String> hashes() {
    return new LinkedHashMap<>(hashes);
  }

  /** The import reports so far. */
  List<ImportReport> reports() {
    return List.copyOf(reports);
  }

  /** Counts a warning found by the command itself (not by a reader), already printed. */
  void warned() {
    extraWarnings++;
  }

  /** True when any input had warnings (or the command reported one). */
  boolean hasWarnings() {
    if (extraWarnings > 0) {
      return true;
    }
    for (ImportReport r : reports) {
      if (r.worst() == Severity.WARNING) {
        return true;
      }
    }
    return false;
  }

  /** {@link Cli#WARNINGS} when any input had warnings, else {@link Cli#OK}. */
  int exitCode() {
    return hasWarnings() ? Cli.WARNINGS : Cli.OK;
  }

  private <T> T accept(String option, ImportResult<T> r, Path file) {
    ImportReport report = r.report();
    reports.add(report);
    hash(file);
    if (!r.ok() || report.hasErrors()) {
      List<String> errors = new ArrayList<>();
      for (Issue i : report.issues()) {
        if (i.severity() == Severity.ERROR) {
          errors.add((i.location().isEmpty() ? "" : i.location() + ": ") + i.message());
        }
      }
      throw new InputException(
          option
              + ": cannot use "
              + file
              + " as "
              + report.kind()
              + (errors.isEmpty()
                  ? "."
                  : ": "
                      + String.join("; ", errors.subList(0, Math.min(5, errors.size())))
                      + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more errors" : "")
                      + ".")
              + " Run 'wardflow validate "
              + file
              + "' for the full report.");
    }
    summarise(report);
    return r.value();
  }

  private void summarise(ImportReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("read ").append(report.file()).append(" — ").append(report.kind());
    if (!report.counts().isEmpty()) {
      sb.append(" (");
      List<String> parts = new ArrayList<>();
      report.counts().forEach((k, v) -> parts.add(k + ": " + v));
      sb.append(String.join(", ", parts)).append(')');
    }
    log.println(sb);
    int shown = 0;
    int warnings = 0;
    for (Issue i : report.issues()) {
      if (i.severity() == Severity.WARNING) {
        warnings++;
        if (shown < MAX_WARNINGS_SHOWN) {
          log.println("  " + i);
          shown++;
        }
      }
    }
    if (warnings > shown) {
      log.println(
          "  … and "
              + (warnings - shown)
              + " more warnings; 'wardflow validate "
              + report.file()
              + "' lists them all");
    }
  }

  private static InputException fail(String option, ImportException e) {
    return new InputException(option + ": " + e.getMessage());
  }

  /** Checks that an output folder can be created; returns it. */
  static Path outputDir(String option, String value) {
    Path dir = Path.of(value);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InputException(
          option + ": " + dir + " exists and is not a folder; give a folder to write into.");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(
          option + ": cannot create the folder " + dir + " (" + e.getMessage() + ").");
    }
    return dir;
  }
}
