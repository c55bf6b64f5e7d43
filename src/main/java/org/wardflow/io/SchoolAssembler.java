package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Crs;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * Collects schools row by row (from CSV rows or point features) and builds a {@link SchoolLayer}:
 * skips rows without a URN and repeated URNs (first kept), keeps closed establishments with {@code
 * open=false}, reads pupils leniently, turns unusable coordinates into "no location" and flags
 * schools far from the rest. Every decision is reported with its line or feature.
 */
final class SchoolAssembler {
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private final Path file;
  private final ImportReport report;
  private final boolean hasStatus;
  private final List<School> schools = new ArrayList<>();
  private final List<String> where = new ArrayList<>();
  private final Map<String, String> firstAt = new HashMap<>();
  private final List<String> closed = new ArrayList<>();
  private final List<String> noPupils = new ArrayList<>();
  private final List<String> blankStatus = new ArrayList<>();
  private final Map<String, List<String>> unknownPhases = new HashMap<>();
  private final List<String> skipReasons = new ArrayList<>();
  private int rows;

  SchoolAssembler(Path file, ImportReport report, boolean hasStatus) {
    this.file = file;
    this.report = report;
    this.hasStatus = hasStatus;
  }

  /** One row's raw values; location already in BNG or null (reported by the caller). */
  void add(
      String at,
      String urn,
      String name,
      String phase,
      String type,
      String status,
      String pupils,
      String district,
      String postcode,
      Point location,
      Map<String, Object> attributes) {
    rows++;
    String id = blankToNull(urn);
    if (id == null) {
      skip(at, "has no URN/id");
      return;
    }
    String loc = at + ", URN " + id;
    String first = firstAt.putIfAbsent(id, at);
    if (first != null) {
      skip(loc, "repeats URN " + id + " (first at " + first + "); the first was kept");
      return;
    }
    Phase ph = Phase.fromText(phase);
    if (ph == Phase.UNKNOWN && blankToNull(phase) != null) {
      unknownPhases.computeIfAbsent(phase.trim(), k -> new ArrayList<>()).add(id);
    }
    boolean open = true;
    String st = blankToNull(status);
    if (hasStatus) {
      if (st == null) {
        blankStatus.add(id);
      } else if (!st.toLowerCase(Locale.ROOT).startsWith("open")) {
        open = false;
        closed.add(id + " (" + st + ")");
      }
    }
    int pupilCount = -1;
    String pv = blankToNull(pupils);
    if (pv == null) {
      noPupils.add(id);
    } else {
      Double d = parseNumber(pv);
      if (d == null || d < 0 || d > 100_000) {
        report.warn(
            loc, "number of pupils " + Texts.quote(pv) + " is not a valid count; read as unknown");
        report.count("pupils unreadable", 1);
      } else {
        pupilCount = (int) Math.round(d);
      }
    }
    schools.add(
        new School(
            id,
            blankToNull(name),
            ph,
            blankToNull(type),
            open,
            pupilCount,
            location,
            blankToNull(district),
            blankToNull(postcode),
            attributes));
    where.add(loc);
  }

  private void skip(String at, String why) {
    report.warn(at, why + "; skipped");
    report.count("skipped", 1);
    skipReasons.add(at + " " + why);
  }

  /** Builds the layer after the last row. */
  SchoolLayer build(String layerName) throws ImportException {
    if (schools.isEmpty()) {
      throw new ImportException(
          file,
          "Cannot read schools from "
              + Texts.name(file)
              + ": "
              + (rows == 0
                  ? "it has no data rows."
                  : "none of its "
                      + rows
                      + " rows could be used ("
                      + Texts.abbreviate(skipReasons, 3)
                      + ")."));
    }
    if (!closed.isEmpty()) {
      report.warn(
          "",
          closed.size()
              + " establishment(s) are not open and were kept with open=false: "
              + Texts.abbreviate(closed, 20));
      report.count("not open", closed.size());
    }
    if (!hasStatus) {
      report.info("", "no establishment status column: every establishment is taken as open");
    }
    if (!blankStatus.isEmpty()) {
      report.info(
          "",
          blankStatus.size()
              + " establishment(s) have no status and were treated as open: URN "
              + Texts.abbreviate(blankStatus, 20));
    }
    if (!noPupils.isEmpty()) {
      report.info(
          "",
          "number of pupils is blank for "
              + noPupils.size()
              + " establishment(s) (read as unknown): URN "
              + Texts.abbreviate(noPupils, 20));
    }
    unknownPhases.forEach(
        (text, urns) ->
            report.info(
                "",
                "phase "
                    + Texts.quote(text)
                    + " is not a GIAS phase; read as Unknown for URN "
                    + Texts.abbreviate(urns, 10)));
    flagOutliers();
    long located = schools.stream().filter(School::hasLocation).count();
    report.count("schools", schools.size());
    report.count("located", located);
    return new SchoolLayer(layerName, schools);
  }

  private void flagOutliers() {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < schools.size(); i++) {
      if (schools.get(i).hasLocation()) {
        idx.add(i);
      }
    }
    if (idx.size() < 5) {
      return;
    }
    double[] xs = new double[idx.size()];
    double[] ys = new double[idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      Coordinate c = schools.get(idx.get(k)).location().getCoordinate();
      xs[k] = c.x;
      ys[k] = c.y;
    }
    double mx = WardAssembler.median(xs.clone());
    double my = WardAssembler.median(ys.clone());
    double[] d = new double[idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      d[k] = Math.hypot(xs[k] - mx, ys[k] - my);
    }
    double md = WardAssembler.median(d.clone());
    double limit = Math.max(WardAssembler.MIN_OUTLIER_DISTANCE_M, 5 * md);
    for (int k = 0; k < idx.size(); k++) {
      if (d[k] > limit) {
        report.warn(
            where.get(idx.get(k)),
            String.format(
                Locale.ROOT,
                "lies %.0f km from the middle of the other schools (half are within %.0f km);"
                    + " location kept, check its coordinates",
                d[k] / 1000,
                md / 1000));
        report.count("far from the rest", 1);
      }
    }
  }

  /**
   * Validates a BNG point: null when outside Great Britain (reported).
   *
   * @param at location for messages
   * @param c BNG coordinate
   */
  Point inGb(String at, Coordinate c) {
    if (!CrsSupport.GB_BNG.contains(c)) {
      report.warn(
          at,
          "coordinates "
              + CrsSupport.at(c)
              + " lie outside Great Britain's National Grid area; kept without a location");
      report.count("no location", 1);
      return null;
    }
    return Crs.BNG_FACTORY.createPoint(c);
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * Parses a number leniently: surrounding spaces, thousands separators ("1,234") and a leading
   * plus are accepted; returns null when not a finite number.
   */
  static Double parseNumber(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.indexOf(',') >= 0 && THOUSANDS.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
