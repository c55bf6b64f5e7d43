package org.wardflow.io;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/** The broad geometry kind of a layer: what decides whether it can hold wards or schools. */
public enum GeometryKind {
  /** Polygons or multipolygons: ward boundaries. */
  POLYGON,
  /** Points or multipoints: schools. */
  POINT,
  /** Lines: neither wards nor schools. */
  LINE,
  /** No geometry, mixed kinds or geometry collections. */
  OTHER;

  /** The kind of one geometry (null → OTHER). */
  public static GeometryKind of(Geometry g) {
    if (g instanceof Polygonal) {
      return POLYGON;
    }
    if (g instanceof Puntal) {
      return POINT;
    }
    if (g instanceof Lineal) {
      return LINE;
    }
    if (g instanceof GeometryCollection gc && !gc.isEmpty()) {
      GeometryKind k = null;
      for (int i = 0; i < gc.getNumGeometries(); i++) {
        GeometryKind ki = of(gc.getGeometryN(i));
        if (k != null && k != ki) {
          return OTHER;
        }
        k = ki;
      }
      return k;
    }
    return OTHER;
  }

  /** The kind of an OGC/GeoPackage geometry type name such as {@code MULTIPOLYGON}. */
  public static GeometryKind ofTypeName(String typeName) {
    String t = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
    if (t.contains("POLYGON") || t.contains("SURFACE") || t.equals("TIN") || t.equals("TRIANGLE")) {
      return POLYGON;
    }
    if (t.contains("POINT")) {
      return POINT;
    }
    if (t.contains("LINE") || t.contains("CURVE") || t.contains("CIRCULARSTRING")) {
      return LINE;
    }
    return OTHER;
  }

  /** "polygon", "point", "line" or "other" for messages. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
