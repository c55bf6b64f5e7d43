package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read, repaired, skipped and why. Each {@link Issue} names where in the file it
 * happened (line number or feature index/id). Mutable while the import runs, read-only after.
 */
public final class ImportReport {
  /** How bad an issue is. */
  public enum Severity {
    /** For information (e.g. a detected CRS). */
    INFO,
    /** Something was repaired or skipped; the import is usable. */
    WARNING,
    /** The file (or part of it) could not be used. */
    ERROR
  }

  /**
   * One finding.
   *
   * @param severity how bad
   * @param location "line 12", "feature 7 (E05011118)", or "" for the whole file
   * @param message plain-language description
   * @param people how many people (CYP) the issue affects, or -1 when not applicable
   */
  public record Issue(Severity severity, String location, String message, long people) {
    /** Formats as {@code WARNING line 12: message}. */
    @Override
    public String toString() {
      return severity + (location.isEmpty() ? "" : " " + location) + ": " + message;
    }
  }

  private final Path file;
  private final String kind;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  /**
   * Starts a report.
   *
   * @param file the file read
   * @param kind what it was read as, e.g. "ward boundaries (GeoJSON)"
   */
  public ImportReport(Path file, String kind) {
    this.file = file;
    this.kind = kind;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** What the file was read as. */
  public String kind() {
    return kind;
  }

  /** Adds an issue. */
  public ImportReport add(Severity s, String location, String message) {
    issues.add(new Issue(s, location, message, -1));
    return this;
  }

  /** Adds an issue affecting a number of people. */
  public ImportReport add(Severity s, String location, String message, long people) {
    issues.add(new Issue(s, location, message, people));
    return this;
  }

  /** Adds an informational note. */
  public ImportReport info(String location, String message) {
    return add(Severity.INFO, location, message);
  }

  /** Adds a warning. */
  public ImportReport warn(String location, String message) {
    return add(Severity.WARNING, location, message);
  }

  /** Adds an error. */
  public ImportReport error(String location, String message) {
    return add(Severity.ERROR, location, message);
  }

  /** Adds to a named tally, e.g. "read", "repaired", "skipped". */
  public ImportReport count(String what, long n) {
    counts.merge(what, n, Long::sum);
    return this;
  }

  /** A named tally (0 when never counted). */
  public long countOf(String what) {
    return counts.getOrDefault(what, 0L);
  }

  /** All tallies in insertion order. */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** All issues in order found. */
  public List<Issue> issues() {
    return Collections.unmodifiableList(issues);
  }

  /** The worst severity found, or INFO when clean. */
  public Severity worst() {
    Severity w = Severity.INFO;
    for (Issue i : issues) {
      if (i.severity().compareTo(w) > 0) {
        w = i.severity();
      }
    }
    return w;
  }

  /** True when there is at least one error. */
  public boolean hasErrors() {
    return worst() == Severity.ERROR;
  }

  /** A multi-line human-readable report. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "(no file)" : file.toString()).append(" — ").append(kind).append('\n');
    if (!counts.isEmpty()) {
      sb.append("  ");
      counts.forEach((k, v) -> sb.append(k).append(": ").append(v).append("  "));
      sb.setLength(sb.length() - 2);
      sb.append('\n');
    }
    for (Issue i : issues) {
      sb.append("  ").append(i).append('\n');
    }
    if (issues.isEmpty()) {
      sb.append("  no problems found\n");
    }
    return sb.toString();
  }
}
