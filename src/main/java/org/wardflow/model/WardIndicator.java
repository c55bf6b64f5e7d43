package org.wardflow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A numeric ward attribute (population, children, a rate from another source), keyed by ward code.
 * Not a flow count: indicators are public aggregates and need no disclosure control.
 *
 * @param name display name (e.g. "Children aged 0–15 (Census 2021)")
 * @param unit unit or empty (e.g. "people", "per 1,000")
 * @param source provenance
 * @param values value per ward code (wards without a value are no-data)
 */
public record WardIndicator(
    String name, String unit, DatasetInfo source, Map<String, Double> values) {

  /** Freezes the values. */
  public WardIndicator {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    unit = unit == null ? "" : unit;
  }

  /** The value for a ward, empty for no-data. */
  public OptionalDouble valueOf(String wardCode) {
    Double v = values.get(wardCode);
    return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
