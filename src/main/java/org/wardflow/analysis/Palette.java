package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A ColorBrewer colour scheme: a fixed list of colours for each supported number of classes, with
 * ColorBrewer's colour-blind rating. Colours are {@code int} ARGB (alpha {@code 0xff}) so that
 * analysis stays free of AWT and JavaFX.
 *
 * <p>Colour specifications and designs by Cynthia Brewer (http://colorbrewer.org/), Apache License
 * 2.0; see {@link ColorBrewer}.
 */
public final class Palette {
  private final String name;
  private final PaletteType type;
  private final int minClasses;
  private final List<int[]> colorsBySize;
  private final List<ColorBlindSafety> safety;

  Palette(String name, PaletteType type, String ratings, String... hexBySize) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    if (ratings.length() != hexBySize.length) {
      throw new IllegalArgumentException(name + ": one rating per size expected");
    }
    this.minClasses = hexBySize[0].split(" ").length;
    List<int[]> sizes = new ArrayList<>();
    List<ColorBlindSafety> rating = new ArrayList<>();
    for (int i = 0; i < hexBySize.length; i++) {
      String[] hex = hexBySize[i].split(" ");
      if (hex.length != minClasses + i) {
        throw new IllegalArgumentException(name + ": sizes must be consecutive");
      }
      int[] c = new int[hex.length];
      for (int j = 0; j < hex.length; j++) {
        c[j] = 0xff000000 | Integer.parseInt(hex[j], 16);
      }
      sizes.add(c);
      rating.add(
          switch (ratings.charAt(i)) {
            case 'S' -> ColorBlindSafety.SAFE;
            case 'M' -> ColorBlindSafety.MAYBE;
            default -> ColorBlindSafety.UNSAFE;
          });
    }
    this.colorsBySize = Collections.unmodifiableList(sizes);
    this.safety = Collections.unmodifiableList(rating);
  }

  /** ColorBrewer's name, e.g. {@code "YlOrRd"}. */
  public String name() {
    return name;
  }

  /** Sequential, diverging or qualitative. */
  public PaletteType type() {
    return type;
  }

  /** The fewest classes the scheme defines (3). */
  public int minClasses() {
    return minClasses;
  }

  /** The most classes the scheme defines (9 for sequential, 11 for diverging, 8–12 qualitative). */
  public int maxClasses() {
    return minClasses + colorsBySize.size() - 1;
  }

  /** True when the scheme defines exactly {@code n} colours. */
  public boolean supports(int n) {
    return n >= minClasses() && n <= maxClasses();
  }

  /**
   * The ColorBrewer colours for {@code n} classes, first class first, as ARGB. ColorBrewer does not
   * define 1 or 2 classes; for those the 3-class scheme is used: sequential — its darkest (n = 1)
   * or lightest and darkest (n = 2); diverging — its middle or its two ends; qualitative — its
   * first n colours.
   *
   * @param n number of classes, 1 to {@link #maxClasses()}
   * @return a fresh array of n ARGB colours
   * @throws IllegalArgumentException when n is outside 1..{@link #maxClasses()}
   */
  public int[] colors(int n) {
    if (n < 1 || n > maxClasses()) {
      throw new IllegalArgumentException(
          "palette " + name + " has 3 to " + maxClasses() + " classes, not " + n);
    }
    int[] three = colorsBySize.get(0);
    if (n < minClasses) {
      if (type == PaletteType.QUALITATIVE) {
        return java.util.Arrays.copyOf(three, n);
      }
      if (type == PaletteType.DIVERGING) {
        return n == 1 ? new int[] {three[1]} : new int[] {three[0], three[2]};
      }
      return n == 1 ? new int[] {three[2]} : new int[] {three[0], three[2]};
    }
    return colorsBySize.get(n - minClasses).clone();
  }

  /**
   * ColorBrewer's colour-blind rating at {@code n} classes (n below 3 takes the 3-class rating).
   */
  public ColorBlindSafety colorBlindSafety(int n) {
    if (n < 1 || n > maxClasses()) {
      throw new IllegalArgumentException(
          "palette " + name + " has 3 to " + maxClasses() + " classes, not " + n);
    }
    return safety.get(Math.max(0, n - minClasses));
  }

  /** True when ColorBrewer rates the scheme colour-blind safe at {@code n} classes. */
  public boolean colorBlindSafe(int n) {
    return colorBlindSafety(n) == ColorBlindSafety.SAFE;
  }

  /** Formats an ARGB colour as {@code #rrggbb}. */
  public static String hex(int argb) {
    return String.format("#%06x", argb & 0xffffff);
  }

  @Override
  public String toString() {
    return name + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
