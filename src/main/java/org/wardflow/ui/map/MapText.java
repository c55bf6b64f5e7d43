package org.wardflow.ui.map;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/** Formats map facts for display: scale denominators, grid references and latitude/longitude. */
public final class MapText {
  private MapText() {}

  /**
   * Rounds a scale denominator to a figure people read easily: two significant figures (24,873 →
   * 25,000; 1,234 → 1,200; 123,456 → 120,000), at least 1.
   */
  public static long niceScale(double denominator) {
    if (!(denominator > 0) || Double.isInfinite(denominator)) {
      throw new IllegalArgumentException("scale denominator must be positive: " + denominator);
    }
    if (denominator < 10) {
      return Math.max(1, Math.round(denominator));
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(denominator)) - 1);
    return Math.round(Math.round(denominator / magnitude) * magnitude);
  }

  /** A scale as {@code 1:25,000} (denominator rounded by {@link #niceScale}). */
  public static String scale(double denominator) {
    return "1:" + grouped(niceScale(denominator));
  }

  /** A BNG position as {@code E 406,800 N 286,800} (whole metres). */
  public static String bng(double easting, double northing) {
    return "E " + grouped(Math.round(easting)) + "  N " + grouped(Math.round(northing));
  }

  /**
   * A WGS 84 position as {@code 52.47909° N 1.90131° W}; five decimals (about 1 m).
   *
   * @param lonLat x = longitude, y = latitude
   */
  public static String latLon(Coordinate lonLat) {
    double lat = lonLat.y;
    double lon = lonLat.x;
    return String.format(
        Locale.ROOT,
        "%.5f° %s  %.5f° %s",
        Math.abs(lat),
        lat < 0 ? "S" : "N",
        Math.abs(lon),
        lon < 0 ? "W" : "E");
  }

  /** An integer with thousands separators, e.g. {@code 25,000}. */
  public static String grouped(long n) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    return f.format(n);
  }
}
