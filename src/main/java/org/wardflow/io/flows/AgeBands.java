package org.wardflow.io.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Age bands that record-level ages are grouped into on import (the ages themselves are discarded).
 * Bands are whole years, contiguous or not, each written {@code lo-hi} or {@code lo+}; an age
 * between bands is reported and kept without a band.
 */
public final class AgeBands {
  /**
   * The default bands: under 10, 10–13, 14–15, 16–17 (school ages) and 18–24 (young adults, as
   * violence reduction partnerships usually count "young people" up to 24), then 25+.
   */
  public static final AgeBands DEFAULT = parse("0-9,10-13,14-15,16-17,18-24,25+");

  private final List<int[]> ranges;
  private final List<String> labels;

  private AgeBands(List<int[]> ranges, List<String> labels) {
    this.ranges = List.copyOf(ranges);
    this.labels = List.copyOf(labels);
  }

  /**
   * Parses a list such as {@code 0-9,10-13,14-15,16-17,18-24,25+}.
   *
   * @param spec comma-separated bands
   * @return the bands
   * @throws IllegalArgumentException when a band is malformed or bands overlap
   */
  public static AgeBands parse(String spec) {
    List<int[]> r = new ArrayList<>();
    List<String> l = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int lo;
      int hi;
      try {
        if (p.endsWith("+")) {
          lo = Integer.parseInt(p.substring(0, p.length() - 1).trim());
          hi = Integer.MAX_VALUE;
          p = lo + "+";
        } else {
          String[] ab = p.split("-", 2);
          if (ab.length != 2) {
            throw new IllegalArgumentException("age band \"" + p + "\" is not like 11-15 or 25+");
          }
          lo = Integer.parseInt(ab[0].trim());
          hi = Integer.parseInt(ab[1].trim());
          p = lo + "-" + hi;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("age band \"" + p + "\" is not like 11-15 or 25+", e);
      }
      if (lo < 0 || hi < lo) {
        throw new IllegalArgumentException("age band \"" + p + "\" is empty or negative");
      }
      for (int[] o : r) {
        if (lo <= o[1] && o[0] <= hi) {
          throw new IllegalArgumentException("age band \"" + p + "\" overlaps another band");
        }
      }
      r.add(new int[] {lo, hi});
      l.add(p);
    }
    if (r.isEmpty()) {
      throw new IllegalArgumentException("no age bands given");
    }
    return new AgeBands(r, l);
  }

  /** Band labels in the order given. */
  public List<String> labels() {
    return labels;
  }

  /**
   * The band of an age in whole years (fractions are truncated: 15.9 is 15).
   *
   * @param years age in years, non-negative
   * @return the band label, empty when the age is in no band
   */
  public Optional<String> bandOf(double years) {
    int a = (int) Math.floor(years);
    for (int i = 0; i < ranges.size(); i++) {
      int[] b = ranges.get(i);
      if (a >= b[0] && a <= b[1]) {
        return Optional.of(labels.get(i));
      }
    }
    return Optional.empty();
  }

  /** The spec this was parsed from, normalised (e.g. {@code 0-9,10-13}). */
  @Override
  public String toString() {
    return String.join(",", labels).toLowerCase(Locale.ROOT);
  }
}
