package org.wardflow.analysis;

import java.util.Locale;

/**
 * Plain-language readings of agreement statistics, for people who do not read coefficients. The
 * bands are conventional and rough: every reading says so by calling agreement "exploratory".
 */
public final class PlainLanguage {
  private PlainLanguage() {}

  /** "strong", "fairly strong", "moderate", "weak" or "no real" for a value from 0 to 1. */
  static String strength(double v) {
    double a = Math.abs(v);
    if (a < 0.1) {
      return "no real";
    }
    if (a < 0.3) {
      return "weak";
    }
    if (a < 0.5) {
      return "moderate";
    }
    if (a < 0.7) {
      return "fairly strong";
    }
    return "strong";
  }

  /**
   * A rank correlation read aloud, e.g. "0.45: moderate agreement between the list's order and the
   * analysis's ranks (12 schools in common)".
   *
   * @param r the coefficient (NaN when not available)
   * @param n schools in common
   * @param whyMissing what to say when r is NaN
   */
  public static String correlation(double r, int n, String whyMissing) {
    if (Double.isNaN(r)) {
      return "Not available: " + whyMissing + ".";
    }
    String s =
        String.format(Locale.UK, "%.2f: ", r)
            + strength(r)
            + (r < 0 && Math.abs(r) >= 0.1 ? " disagreement" : " agreement")
            + " between the list's order and the analysis's ranks ("
            + n
            + " schools in common)";
    if (r <= -0.1) {
      s += " — the list tends to put first the schools the analysis ranks lower";
    }
    if (n < 10) {
      s += "; with so few schools this could easily be chance";
    }
    return s + ".";
  }

  /** Overlap and Jaccard at k read aloud. */
  public static String overlap(int overlap, int k, double jaccard, int listSize) {
    return String.format(
        Locale.UK,
        "%d of the analysis's top %d %s on the list of %d; Jaccard %.2f (%s overlap).",
        overlap,
        k,
        overlap == 1 ? "is" : "are",
        listSize,
        jaccard,
        jaccard < 0.1 ? "little" : jaccard < 0.3 ? "some" : jaccard < 0.6 ? "much" : "most");
  }

  /** Rank-biased overlap read aloud. */
  public static String rbo(double rbo, double p, String whyMissing) {
    if (Double.isNaN(rbo)) {
      return "Not available: " + whyMissing + ".";
    }
    return String.format(
        Locale.UK,
        "%.2f: %s agreement at the top of the two orderings (rank-biased overlap, p = %.2f,"
            + " which weights the first places most).",
        rbo,
        strength(rbo).equals("no real") ? "almost no" : strength(rbo),
        p);
  }
}
