package org.wardflow.export;

import java.util.Locale;

/**
 * A sheet size in millimetres, independent of orientation (the short side is the width). ISO A4 and
 * A3, or any custom size from 50 to 2,000 mm a side.
 *
 * @param name display name, e.g. "A4" or "custom 250 × 180 mm"
 * @param shortMm length of the short side in millimetres
 * @param longMm length of the long side in millimetres
 */
public record PaperSize(String name, double shortMm, double longMm) {
  /** ISO 216 A4, 210 × 297 mm. */
  public static final PaperSize A4 = new PaperSize("A4", 210, 297);

  /** ISO 216 A3, 297 × 420 mm. */
  public static final PaperSize A3 = new PaperSize("A3", 297, 420);

  /** Points (1/72 inch) per millimetre. */
  public static final double PT_PER_MM = 72 / 25.4;

  /** Validates and orders the sides. */
  public PaperSize {
    if (!(shortMm >= 50 && longMm >= 50 && shortMm <= 2000 && longMm <= 2000)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "A paper size must be 50–2,000 mm a side; %s × %s mm was given.",
              trim(shortMm),
              trim(longMm)));
    }
    if (shortMm > longMm) {
      double t = shortMm;
      shortMm = longMm;
      longMm = t;
    }
    name =
        name == null || name.isBlank()
            ? "custom " + trim(shortMm) + " × " + trim(longMm) + " mm"
            : name;
  }

  /** A custom size (sides in any order). */
  public static PaperSize custom(double widthMm, double heightMm) {
    return new PaperSize(null, widthMm, heightMm);
  }

  /**
   * A4, A3 or a custom size written {@code 250x180} (millimetres), case-insensitive.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static PaperSize parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("a4")) {
      return A4;
    }
    if (t.equals("a3")) {
      return A3;
    }
    String[] parts = t.replace("mm", "").split("[x×*]");
    if (parts.length == 2) {
      try {
        return custom(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "Unknown paper size \""
            + text
            + "\": use A4, A3 or WIDTHxHEIGHT in millimetres (e.g. 250x180).");
  }

  /** Width in millimetres when used in this orientation. */
  public double widthMm(Orientation o) {
    return o == Orientation.LANDSCAPE ? longMm : shortMm;
  }

  /** Height in millimetres when used in this orientation. */
  public double heightMm(Orientation o) {
    return o == Orientation.LANDSCAPE ? shortMm : longMm;
  }

  /** Width in points when used in this orientation. */
  public double widthPt(Orientation o) {
    return widthMm(o) * PT_PER_MM;
  }

  /** Height in points when used in this orientation. */
  public double heightPt(Orientation o) {
    return heightMm(o) * PT_PER_MM;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
