package org.wardflow.analysis;

import java.util.Locale;

/**
 * What a ward choropleth shows, computed from the published table only ({@link WardValues}): the
 * CYP living in the ward (its published ward total), the rate per 1,000 children aged 0–15
 * (population join), or the ward's share of all CYP in the table.
 */
public enum WardMeasure {
  /** CYP living in the ward: its published ward total. */
  COUNT("CYP living in ward", "CYP"),
  /** CYP living in the ward per 1,000 children aged 0–15 living there (population join). */
  RATE_PER_1000_CHILDREN("CYP per 1,000 children aged 0–15", "per 1,000 children"),
  /** The ward's published total as a percentage of all CYP in the table. */
  SHARE("Share of all CYP in the table", "%");

  private final String label;
  private final String unit;

  WardMeasure(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** Display name, e.g. for a legend heading. */
  public String label() {
    return label;
  }

  /** Unit shown after values. */
  public String unit() {
    return unit;
  }

  /** True when the measure needs children per ward (a population file). */
  public boolean needsChildren() {
    return this == RATE_PER_1000_CHILDREN;
  }

  /**
   * Reads a name as used on the command line: {@code count}, {@code rate} or {@code share}.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static WardMeasure fromName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "count", "cyp", "total" -> COUNT;
      case "rate", "rate_per_1000", "rate_per_1000_children" -> RATE_PER_1000_CHILDREN;
      case "share", "share_of_table", "percent" -> SHARE;
      default ->
          throw new IllegalArgumentException(
              "unknown ward measure '" + name + "': use count, rate or share");
    };
  }
}
