package org.wardflow.model;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * An electoral ward: code, name, district and its boundary in British National Grid.
 *
 * @param code ONS ward code (e.g. {@code E05011118}), unique within a layer
 * @param name ward name
 * @param districtCode local authority district code, may be empty
 * @param districtName local authority district name, may be empty
 * @param geometry polygonal boundary in EPSG:27700 (valid, non-empty)
 * @param labelPoint a point inside the ward used for labels and flow origins
 * @param attributes the other attributes of the source feature (read-only)
 */
public record Ward(
    String code,
    String name,
    String districtCode,
    String districtName,
    Geometry geometry,
    Point labelPoint,
    Map<String, Object> attributes) {

  /** Validates and freezes the attribute map. */
  public Ward {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(geometry, "geometry");
    name = name == null ? code : name;
    districtCode = districtCode == null ? "" : districtCode;
    districtName = districtName == null ? "" : districtName;
    if (labelPoint == null) {
      labelPoint = geometry.isEmpty() ? null : geometry.getInteriorPoint();
    }
    attributes = attributes == null ? Map.of() : Map.copyOf(withoutNulls(attributes));
  }

  /** Creates a ward whose label point is the geometry's interior point. */
  public static Ward of(
      String code,
      String name,
      String districtCode,
      String districtName,
      Geometry geometry,
      Map<String, Object> attributes) {
    return new Ward(code, name, districtCode, districtName, geometry, null, attributes);
  }

  static Map<String, Object> withoutNulls(Map<String, Object> m) {
    // Map.of(...) throws on containsValue(null), so look at the entries instead.
    boolean clean = true;
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        clean = false;
        break;
      }
    }
    if (clean) {
      return m;
    }
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
