package org.wardflow.analysis;

/** What schools are ranked by. All are computed from published figures only. */
public enum SchoolMeasure {
  /** CYP attending the school: its published school total. */
  CYP_COUNT("CYP attending", "CYP"),
  /** CYP attending per 100 pupils on roll (GIAS number of pupils). */
  RATE_PER_100_PUPILS("CYP per 100 pupils", "per 100 pupils"),
  /**
   * The average of a ward indicator over the wards the school's pupils come from, weighted by the
   * all-pupils flows.
   */
  EXPOSURE_INDEX("Exposure index", "");

  private final String label;
  private final String unit;

  SchoolMeasure(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** Display name. */
  public String label() {
    return label;
  }

  /** Unit shown after values (empty for the exposure index, which takes its indicator's unit). */
  public String unit() {
    return unit;
  }

  /** Reads a name as used on the command line: {@code count}, {@code rate}, {@code exposure}. */
  public static SchoolMeasure fromName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    return switch (n) {
      case "count", "cyp", "cyp_count" -> CYP_COUNT;
      case "rate", "rate_per_100_pupils", "rate_per_100" -> RATE_PER_100_PUPILS;
      case "exposure", "exposure_index" -> EXPOSURE_INDEX;
      default ->
          throw new IllegalArgumentException(
              "unknown measure '" + name + "': use count, rate or exposure");
    };
  }
}
