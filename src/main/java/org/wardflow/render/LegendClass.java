package org.wardflow.render;

import java.util.Objects;

/**
 * One class of a choropleth legend.
 *
 * @param argb the class colour (as in the scene's ward fills)
 * @param label the class range as text, e.g. {@code "12 – 25"}
 * @param count number of wards in the class
 */
public record LegendClass(int argb, String label, int count) {
  /** Checks for null. */
  public LegendClass {
    Objects.requireNonNull(label, "label");
  }
}
