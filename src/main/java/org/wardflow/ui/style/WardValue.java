package org.wardflow.ui.style;

import java.util.Objects;
import org.wardflow.disclosure.PublishedValue;

/**
 * One ward's value in the choropleth, derived from published figures only.
 *
 * @param code ward code
 * @param kind whether the ward has a value, is suppressed or has no data
 * @param value the mapped value (NaN unless {@link Kind#VALUE})
 * @param basis the published figure it was computed from (a ward total, or a cell for a selected
 *     school)
 * @param text the value as shown in tooltips and panels, e.g. {@code 4.1 per 1,000 children},
 *     {@code [c]} or {@code no data}
 * @param cls class index in the classification, or -1
 */
public record WardValue(
    String code, Kind kind, double value, PublishedValue basis, String text, int cls) {

  /** How a ward is shown. */
  public enum Kind {
    /** Has a value and a class colour. */
    VALUE,
    /** Its published figure is hidden by disclosure control: hatched, "[c]". */
    SUPPRESSED,
    /** No value (no population, total not published, …): the no-data fill. */
    NO_DATA
  }

  /** Checks for nulls. */
  public WardValue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(text, "text");
  }
}
