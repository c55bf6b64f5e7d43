package org.wardflow.io.flows;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the cell values of flow CSVs: counts, URNs, ward codes, ages and dates. */
final class FlowValues {
  private FlowValues() {}

  /** Outcome of reading a count. */
  enum CountKind {
    /** A whole number ≥ 0 as written. */
    OK,
    /** A whole number written as a decimal ({@code 3.0}) or with thousands separators. */
    REPAIRED,
    /** Empty cell. */
    BLANK,
    /** A number below zero. */
    NEGATIVE,
    /** A number with a fraction, e.g. {@code 2.5}. */
    NON_INTEGER,
    /** A suppression or not-available marker such as {@code *}, {@code c} or {@code <5}. */
    MARKER,
    /** Larger than the table can hold. */
    TOO_LARGE,
    /** Not a number at all. */
    UNREADABLE
  }

  /** A parsed count. */
  record Count(CountKind kind, long value) {}

  private static final Set<String> MARKERS =
      Set.of(
          "*",
          "**",
          "c",
          "[c]",
          "x",
          "[x]",
          "..",
          ":",
          "-",
          "~",
          "z",
          "[z]",
          "u",
          "low",
          "supp",
          "suppressed",
          "n/a",
          "na",
          "#",
          "?",
          "redacted");
  private static final Pattern LESS_THAN = Pattern.compile("<\\s*=?\\s*\\d+");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");

  static Count count(String raw) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      return new Count(CountKind.BLANK, 0);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (MARKERS.contains(lower) || LESS_THAN.matcher(lower).matches()) {
      return new Count(CountKind.MARKER, 0);
    }
    boolean repaired = false;
    if (THOUSANDS.matcher(s).matches()) {
      s = s.replace(",", "");
      repaired = true;
    }
    try {
      long v = Long.parseLong(s);
      if (v < 0) {
        return new Count(CountKind.NEGATIVE, v);
      }
      if (v > Integer.MAX_VALUE) {
        return new Count(CountKind.TOO_LARGE, v);
      }
      return new Count(repaired ? CountKind.REPAIRED : CountKind.OK, v);
    } catch (NumberFormatException e) {
      // fall through to decimals
    }
    try {
      BigDecimal d = new BigDecimal(s);
      if (d.signum() < 0) {
        return new Count(CountKind.NEGATIVE, d.longValue());
      }
      if (d.stripTrailingZeros().scale() > 0) {
        return new Count(CountKind.NON_INTEGER, 0);
      }
      if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        return new Count(CountKind.TOO_LARGE, 0);
      }
      return new Count(CountKind.REPAIRED, d.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return new Count(CountKind.UNREADABLE, 0);
    }
  }

  private static final Pattern URN_DECIMAL = Pattern.compile("(\\d+)\\.0+");

  /** A URN as written, trimmed, with a spreadsheet's {@code .0} removed. */
  static String urn(String raw) {
    String s = raw == null ? "" : raw.trim();
    if (s.indexOf('.') < 0) {
      return s;
    }
    Matcher m = URN_DECIMAL.matcher(s);
    return m.matches() ? m.group(1) : s;
  }

  private static final Pattern URN_LIKE = Pattern.compile("\\d{5,7}");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]\\d{8}");

  /** True when a value has the form of a URN (5–7 digits). */
  static boolean looksLikeUrn(String s) {
    return URN_LIKE.matcher(s).matches();
  }

  /** True when a value has the form of a GSS code (a letter and 8 digits). */
  static boolean looksLikeGssCode(String s) {
    return CODE_LIKE.matcher(s).matches();
  }

  /** A ward code trimmed and upper-cased. */
  static String wardCode(String raw) {
    return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
  }

  /** A value quoted for a message, shortened to 40 characters. */
  static String quote(String s) {
    String t = s.length() > 40 ? s.substring(0, 37) + "…" : s;
    return "\"" + t + "\"";
  }

  /**
   * What a GSS code that is not a ward code is, judged by its prefix, or null when it looks like a
   * ward code (or is not a GSS code at all).
   */
  static String gssKind(String code) {
    if (!looksLikeGssCode(code)) {
      return null;
    }
    String p = code.substring(0, 3);
    return switch (p) {
      case "E05", "W05", "S13", "N08" -> null;
      case "E00", "W00" -> "an Output Area code";
      case "E01", "W01" -> "an LSOA code";
      case "E02", "W02" -> "an MSOA code";
      case "E06", "E07", "E08", "E09", "W06" -> "a local authority code";
      case "E10" -> "a county code";
      case "E11", "E47" -> "a combined authority or metropolitan county code";
      case "E12" -> "a region code";
      case "E14" -> "a parliamentary constituency code";
      default -> "a GSS code of another area type";
    };
  }

  /** Age in years, or NaN when unreadable or outside 0–120. */
  static double age(String raw) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      double a = Double.parseDouble(s);
      return a >= 0 && a <= 120 ? a : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
  private static final Pattern UK =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: .*)?");
  private static final Pattern YM = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
  private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern Y = Pattern.compile("(\\d{4})");
  private static final Pattern DMONY = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})[ -](\\d{4})");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /**
   * Reads a date as {year, month}; month is 0 when the text holds only a year. Day-first for
   * slashed dates (UK usage).
   *
   * @return {year, month} or null when unreadable
   */
  static int[] date(String raw) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      // fast path for yyyy-MM-dd, by far the most common form
      int y = digits(s, 0, 4);
      int mo = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && mo >= 0 && d >= 0) {
        return valid(y, mo, d);
      }
    }
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      return valid(num(m, 1), num(m, 2), num(m, 3));
    }
    if ((m = UK.matcher(s)).matches()) {
      return valid(num(m, 3), num(m, 2), num(m, 1));
    }
    if ((m = DMONY.matcher(s)).matches()) {
      int mon = month(m.group(2));
      return mon == 0 ? null : valid(num(m, 3), mon, num(m, 1));
    }
    if ((m = YM.matcher(s)).matches()) {
      return valid(num(m, 1), num(m, 2), 1);
    }
    if ((m = MY.matcher(s)).matches()) {
      return valid(num(m, 2), num(m, 1), 1);
    }
    if ((m = Y.matcher(s)).matches()) {
      int y = num(m, 1);
      return y >= 1900 && y <= 2100 ? new int[] {y, 0} : null;
    }
    return null;
  }

  /** The decimal number in s[from, to), or -1 when a character is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (n.startsWith(MONTHS[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  private static int[] valid(int y, int mo, int d) {
    if (y < 1900 || y > 2100) {
      return null;
    }
    try {
      LocalDate.of(y, mo, d);
      return new int[] {y, mo};
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Parses a decimal coordinate, NaN when blank or unreadable. */
  static double coordinate(String raw) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
