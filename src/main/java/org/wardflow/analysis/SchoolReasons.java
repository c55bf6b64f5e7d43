package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.WardIndicator;

/**
 * Short plain-language reasons for a school's place, from published figures only: e.g. "12 CYP
 * attend; rank 3 (1–8); CYP from 4 wards above the area average of violence rate (of 6 wards)".
 */
final class SchoolReasons {
  private final RankingResult ranking;
  private final PublishedTable cyp;
  private final PublishedColumns cols;
  private final WardIndicator indicator;
  private final double areaAverage;
  private final Map<String, String> cache = new HashMap<>();

  SchoolReasons(RankingResult ranking) {
    this.ranking = ranking;
    this.cyp = ranking.input().cyp();
    this.cols = PublishedColumns.of(cyp);
    this.indicator = ranking.input().indicator().orElse(null);
    double s = 0;
    int n = 0;
    if (indicator != null) {
      for (String w : cyp.wardCodes()) {
        OptionalDouble v = indicator.valueOf(w);
        if (v.isPresent()) {
          s += v.getAsDouble();
          n++;
        }
      }
    }
    this.areaAverage = n == 0 ? Double.NaN : s / n;
  }

  /** The reason for a ranked school. */
  String of(RankedSchool r) {
    return cache.computeIfAbsent(r.urn(), u -> build(r));
  }

  private String build(RankedSchool r) {
    List<String> parts = new ArrayList<>();
    parts.add(cypPhrase(r));
    if (ranking.measure() == SchoolMeasure.RATE_PER_100_PUPILS) {
      parts.add(
          String.format(
              Locale.UK,
              "%.1f per 100 pupils%s",
              r.value(),
              ranking.options().smoothing()
                  ? String.format(Locale.UK, " smoothed (%.1f unsmoothed)", r.unsmoothedValue())
                  : ""));
    } else if (ranking.measure() == SchoolMeasure.EXPOSURE_INDEX) {
      parts.add(
          String.format(
              Locale.UK,
              "exposure index %.1f%s",
              r.value(),
              Double.isNaN(areaAverage)
                  ? ""
                  : String.format(Locale.UK, " (area average %.1f)", areaAverage)));
    }
    parts.add(
        "rank "
            + r.rankLabel()
            + (r.tieGroupSize() > 1
                ? ", cannot be told apart from "
                    + (r.tieGroupSize() - 1)
                    + " other"
                    + (r.tieGroupSize() == 2 ? " school" : " schools")
                : ""));
    String wards = wardPhrase(r.urn());
    if (!wards.isEmpty()) {
      parts.add(wards);
    }
    return String.join("; ", parts);
  }

  private String cypPhrase(RankedSchool r) {
    PublishedValue t = r.cypTotal();
    int k = cyp.policy().k();
    if (t.isPublished()) {
      return t.value() == 0 ? "no CYP in the published table" : t.value() + " CYP attend";
    }
    return switch (t.status()) {
      case SUPPRESSED_PRIMARY -> "fewer than " + k + " CYP (suppressed)";
      default ->
          String.format(
              Locale.UK,
              "CYP total not published (about %.0f from published cells)",
              r.cypEstimate());
    };
  }

  /** "CYP from 4 wards above the area average of X (of 6 wards)" or "CYP from 6 wards". */
  private String wardPhrase(String urn) {
    int col = cyp.schoolIndex(urn);
    if (col < 0) {
      return "";
    }
    int wards = 0;
    int above = 0;
    for (int i = cols.start(col); i < cols.end(col); i++) {
      int cell = cols.cells[i];
      PublishedValue v = cyp.cell(cell);
      if (v.isPublished() && v.value() == 0) {
        continue;
      }
      wards++;
      if (indicator != null) {
        OptionalDouble x = indicator.valueOf(cyp.wardCodes().get(cols.rowOfCell[cell]));
        if (x.isPresent() && x.getAsDouble() > areaAverage) {
          above++;
        }
      }
    }
    if (wards == 0) {
      return "";
    }
    if (indicator == null || Double.isNaN(areaAverage)) {
      return "CYP from " + wards + (wards == 1 ? " ward" : " wards");
    }
    return "CYP from "
        + above
        + (above == 1 ? " ward" : " wards")
        + " above the area average of "
        + indicator.name()
        + " (of "
        + wards
        + ")";
  }
}
