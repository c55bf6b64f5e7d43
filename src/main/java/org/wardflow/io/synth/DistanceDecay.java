package org.wardflow.io.synth;

import java.util.Locale;

/**
 * How the attraction of a school falls with distance from home in the gravity model: exponential
 * {@code exp(−d/β)} or power {@code (d/1 km)^−γ}. Distances are straight-line metres in British
 * National Grid; for the power form, distances are floored by the caller's intra-ward distance so
 * the weight stays finite.
 *
 * <p>Both are computed with {@link StrictMath}, so a seeded model gives the same numbers on every
 * machine.
 *
 * @param form exponential or power
 * @param parameter β in metres (exponential) or γ, dimensionless (power); positive
 */
public record DistanceDecay(Form form, double parameter) {

  /** The functional form. */
  public enum Form {
    /** {@code exp(−d/β)}; β in metres. The usual choice for short, local trips. */
    EXPONENTIAL,
    /** {@code (d / 1 km)^−γ}. Heavier tail: more long trips than the exponential form. */
    POWER
  }

  /** Validates the parameter. */
  public DistanceDecay {
    if (form == null) {
      throw new IllegalArgumentException("decay form missing");
    }
    if (!(parameter > 0) || Double.isInfinite(parameter)) {
      throw new IllegalArgumentException("decay parameter must be positive, was " + parameter);
    }
  }

  /** Exponential decay with length scale β (metres). */
  public static DistanceDecay exponential(double betaMetres) {
    return new DistanceDecay(Form.EXPONENTIAL, betaMetres);
  }

  /** Power decay with exponent γ. */
  public static DistanceDecay power(double gamma) {
    return new DistanceDecay(Form.POWER, gamma);
  }

  /**
   * The weight at a distance.
   *
   * @param metres distance, ≥ 0 (for the power form, &gt; 0)
   * @return the weight, in (0, 1] for the exponential form
   */
  public double weight(double metres) {
    return form == Form.EXPONENTIAL
        ? StrictMath.exp(-metres / parameter)
        : StrictMath.pow(Math.max(metres, 1.0) / 1000.0, -parameter);
  }

  /** This decay with another parameter. */
  public DistanceDecay withParameter(double p) {
    return new DistanceDecay(form, p);
  }

  /**
   * Parses {@code exp:2000} (β = 2,000 m), {@code exp:2km}, or {@code power:2}.
   *
   * @throws IllegalArgumentException when malformed
   */
  public static DistanceDecay parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    int c = t.indexOf(':');
    if (c < 0) {
      throw new IllegalArgumentException(
          "distance decay \"" + text + "\" is not like exp:2000, exp:2km or power:2");
    }
    String f = t.substring(0, c).trim();
    String v = t.substring(c + 1).trim();
    double scale = 1;
    if (v.endsWith("km")) {
      scale = 1000;
      v = v.substring(0, v.length() - 2).trim();
    } else if (v.endsWith("m")) {
      v = v.substring(0, v.length() - 1).trim();
    }
    double p;
    try {
      p = Double.parseDouble(v) * scale;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("distance decay parameter \"" + v + "\" is not a number");
    }
    return switch (f) {
      case "exp", "exponential" -> exponential(p);
      case "pow", "power" -> power(p);
      default ->
          throw new IllegalArgumentException(
              "distance decay form \"" + f + "\" is not exp or power");
    };
  }

  /** The form written as {@link #parse} reads it, e.g. {@code exp:2000}. */
  @Override
  public String toString() {
    return (form == Form.EXPONENTIAL ? "exp:" : "power:") + fmt(parameter);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
