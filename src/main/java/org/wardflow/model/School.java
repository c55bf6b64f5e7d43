package org.wardflow.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Point;

/**
 * A school (GIAS establishment).
 *
 * @param urn unique reference number, unique within a layer
 * @param name establishment name
 * @param phase phase of education
 * @param type type of establishment (GIAS {@code TypeOfEstablishment (name)}), may be empty
 * @param open whether the establishment is open
 * @param pupils number of pupils, or -1 when unknown (use {@link #pupilCount()})
 * @param location the school's position in EPSG:27700, or null when unknown (e.g. 0,0 in GIAS)
 * @param district local authority name or district, may be empty
 * @param postcode postcode, may be empty
 * @param attributes the other attributes of the source record (read-only)
 */
public record School(
    String urn,
    String name,
    Phase phase,
    String type,
    boolean open,
    int pupils,
    Point location,
    String district,
    String postcode,
    Map<String, Object> attributes) {

  /** Validates and freezes the attribute map. */
  public School {
    Objects.requireNonNull(urn, "urn");
    name = name == null ? urn : name;
    phase = phase == null ? Phase.UNKNOWN : phase;
    type = type == null ? "" : type;
    district = district == null ? "" : district;
    postcode = postcode == null ? "" : postcode;
    attributes = attributes == null ? Map.of() : Map.copyOf(Ward.withoutNulls(attributes));
  }

  /** The number of pupils if known. */
  public OptionalInt pupilCount() {
    return pupils >= 0 ? OptionalInt.of(pupils) : OptionalInt.empty();
  }

  /** True when the school has a usable location. */
  public boolean hasLocation() {
    return location != null && !location.isEmpty();
  }
}
