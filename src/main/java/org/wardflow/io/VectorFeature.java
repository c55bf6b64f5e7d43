package org.wardflow.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature read from a vector file (GeoJSON, GeoPackage or Shapefile) before it becomes a ward
 * or school: its place in the file, geometry and attributes.
 *
 * @param index 1-based position in the file
 * @param location where it is, for messages: "feature 7 (line 12)", "feature fid=7", "record 7"
 * @param geometry the geometry (in the file's CRS until reprojected, then BNG), or null when absent
 *     or unreadable
 * @param properties the attributes in file order (values may be null)
 * @param geometryProblem why the geometry could not be read, or null
 */
public record VectorFeature(
    int index,
    String location,
    Geometry geometry,
    Map<String, Object> properties,
    String geometryProblem) {

  /** Freezes the properties (keeping nulls and order). */
  public VectorFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A copy with another geometry and problem note. */
  public VectorFeature withGeometry(Geometry g, String problem) {
    return new VectorFeature(index, location, g, properties, problem);
  }

  /** The location followed by an identifying value: "feature 7 (line 12), E05011118". */
  public String where(String id) {
    return id == null || id.isBlank() ? location : location + ", " + id;
  }
}
