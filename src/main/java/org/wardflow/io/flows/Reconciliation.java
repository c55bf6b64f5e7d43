package org.wardflow.io.flows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Severity;

/**
 * Tallies what happened to every row of a flow CSV and how many people each finding affects, then
 * writes it to an {@link ImportReport}. Each skipped row is accounted to exactly one reason (its
 * first problem), so rows read = rows kept + rows skipped, and likewise for people.
 */
final class Reconciliation {
  private static final int SAMPLE_LINES = 5;

  /** One kind of finding, e.g. "ward code E05001178 not in the boundaries". */
  private static final class Finding {
    final Severity severity;
    final boolean skips;
    final String message;
    final int order;
    long rows;
    long people;
    long rowsPeopleUnknown;
    final long[] lines = new long[SAMPLE_LINES];
    int sampled;

    Finding(Severity severity, boolean skips, String message, int order) {
      this.severity = severity;
      this.skips = skips;
      this.message = message;
      this.order = order;
    }
  }

  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final boolean recordLevel;
  long rowsRead;
  long rowsKept;
  long rowsSkipped;
  long peopleKept;
  long peopleSkipped;
  long rowsSkippedPeopleUnknown;

  Reconciliation(boolean recordLevel) {
    this.recordLevel = recordLevel;
  }

  /**
   * Records that a row was skipped.
   *
   * @param key identity of the finding (rows with the same key are reported together)
   * @param severity severity of the finding
   * @param message the plain-language reason, without counts (built once per key)
   * @param line the file line
   * @param people people on the row, or -1 when unknown (e.g. an unreadable count)
   */
  void skip(String key, Severity severity, Supplier<String> message, long line, long people) {
    Finding f = finding(key, severity, true, message);
    tally(f, line, people);
    rowsSkipped++;
    if (people < 0) {
      rowsSkippedPeopleUnknown++;
    } else {
      peopleSkipped += people;
    }
  }

  /** Records that a kept row was repaired or needs a note; does not change the row accounting. */
  void note(String key, Severity severity, Supplier<String> message, long line, long people) {
    tally(finding(key, severity, false, message), line, people);
  }

  /** Records that a row was kept with this many people. */
  void kept(long people) {
    rowsKept++;
    peopleKept += people;
  }

  private Finding finding(String key, Severity s, boolean skips, Supplier<String> message) {
    return findings.computeIfAbsent(
        key, k -> new Finding(s, skips, message.get(), findings.size()));
  }

  private static void tally(Finding f, long line, long people) {
    f.rows++;
    if (people < 0) {
      f.rowsPeopleUnknown++;
    } else {
      f.people += people;
    }
    if (f.sampled < SAMPLE_LINES) {
      f.lines[f.sampled++] = line;
    }
  }

  /** True when a finding with this key exists. */
  boolean has(String key) {
    return findings.containsKey(key);
  }

  /** Writes the tallies and findings (errors first, then warnings, then notes) to a report. */
  void writeTo(ImportReport report, int cells) {
    long peopleRead = peopleKept + peopleSkipped;
    report.count("rows read", rowsRead);
    report.count("rows kept", rowsKept);
    report.count("rows skipped", rowsSkipped);
    report.count("people read", peopleRead);
    report.count("people kept", peopleKept);
    report.count("people skipped", peopleSkipped);
    if (rowsSkippedPeopleUnknown > 0) {
      report.count("rows skipped, people unknown", rowsSkippedPeopleUnknown);
    }
    report.count("ward × school cells", cells);
    StringBuilder sum = new StringBuilder();
    sum.append("Read ")
        .append(rows(rowsRead))
        .append(recordLevel ? " (one child each)" : "")
        .append(": kept ")
        .append(rows(rowsKept))
        .append(" (")
        .append(people(peopleKept))
        .append(") as ")
        .append(cells)
        .append(cells == 1 ? " ward × school cell" : " ward × school cells")
        .append("; skipped ")
        .append(rows(rowsSkipped))
        .append(" (")
        .append(people(peopleSkipped));
    if (rowsSkippedPeopleUnknown > 0) {
      sum.append(", plus ")
          .append(rows(rowsSkippedPeopleUnknown))
          .append(" whose number of people is unknown");
    }
    sum.append(").");
    if (recordLevel) {
      sum.append(
          " Identifiers, home coordinates, ages and dates were used only to aggregate and are"
              + " not kept.");
    }
    report.add(Severity.INFO, "", sum.toString(), peopleRead);
    List<Finding> list = new ArrayList<>(findings.values());
    list.sort(
        Comparator.comparing((Finding f) -> f.severity).reversed().thenComparingInt(f -> f.order));
    for (Finding f : list) {
      StringBuilder m = new StringBuilder(f.message);
      m.append(" — ").append(rows(f.rows)).append(f.skips ? " skipped (" : " (");
      if (f.rowsPeopleUnknown == f.rows) {
        m.append("number of people unknown");
      } else {
        m.append(people(f.people));
        if (f.rowsPeopleUnknown > 0) {
          m.append(", plus ").append(rows(f.rowsPeopleUnknown)).append(" with an unknown number");
        }
      }
      m.append(").");
      long ppl = f.rowsPeopleUnknown == f.rows ? -1 : f.people;
      report.add(f.severity, location(f), m.toString(), ppl);
    }
  }

  private static String location(Finding f) {
    StringBuilder sb = new StringBuilder(f.rows == 1 ? "line " : "lines ");
    for (int i = 0; i < f.sampled; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(f.lines[i]);
    }
    if (f.rows > f.sampled) {
      sb.append(" and ").append(f.rows - f.sampled).append(" more");
    }
    return sb.toString();
  }

  static String rows(long n) {
    return n == 1 ? "1 row" : n + " rows";
  }

  static String people(long n) {
    return n == 1 ? "1 person" : n + " people";
  }
}
