package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.wardflow.model.Crs;

/**
 * CRS detection and reprojection to British National Grid for every vector reader: parses CRS names
 * (GeoJSON {@code crs} members, GeoPackage SRS rows), detects the CRS from coordinate ranges when
 * none is declared, catches swapped axes and declarations that contradict the coordinates, and
 * reports each decision.
 */
final class CrsSupport {
  /** The national grid's 100 km squares: 0–700 km east, 0–1,300 km north. */
  static final Envelope GB_BNG = new Envelope(0, 700_000, 0, 1_300_000);

  private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d+)\\s*$");

  private CrsSupport() {}

  /**
   * A source CRS as declared by a file.
   *
   * @param epsg a Proj4J name such as {@code EPSG:27700}, or null when {@link #custom} is used
   * @param custom a CRS built from a WKT definition, or null
   * @param description how it was found, for the report ("the file's crs member urn:…")
   */
  record SourceCrs(String epsg, CoordinateReferenceSystem custom, String description) {
    boolean isGeographic() {
      if (custom != null) {
        return Boolean.TRUE.equals(custom.isGeographic());
      }
      try {
        return CrsTransform.isGeographic(epsg);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    boolean isBng() {
      return Crs.BNG.equals(epsg);
    }

    String label() {
      return epsg != null ? describe(epsg) : "a CRS defined in the file (" + custom.getName() + ")";
    }
  }

  /** A readable name for common EPSG codes. */
  static String describe(String epsg) {
    return switch (epsg) {
      case Crs.BNG -> "EPSG:27700 (British National Grid)";
      case Crs.WGS84 -> "EPSG:4326 (WGS 84 longitude/latitude)";
      case "EPSG:4258" -> "EPSG:4258 (ETRS89 longitude/latitude)";
      case "EPSG:3857" -> "EPSG:3857 (Web Mercator)";
      default -> epsg;
    };
  }

  /**
   * Parses a CRS name in any of the usual spellings: {@code EPSG:27700}, {@code
   * urn:ogc:def:crs:EPSG::27700}, {@code urn:ogc:def:crs:EPSG:6.6:27700}, {@code
   * http://www.opengis.net/def/crs/EPSG/0/27700}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}, {@code
   * CRS84}.
   *
   * @return a Proj4J name ({@code EPSG:nnnn}), or null when not recognised
   */
  static String parseName(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.endsWith("crs84")) {
      return Crs.WGS84;
    }
    if (n.endsWith("crs83")) {
      return "EPSG:4269";
    }
    if (n.contains("epsg")) {
      Matcher m = TRAILING_DIGITS.matcher(n);
      if (m.find()) {
        return "EPSG:" + Integer.parseInt(m.group(1));
      }
    }
    return null;
  }

  /** True when the envelope fits longitude/latitude ranges. */
  static boolean looksLonLat(Envelope e) {
    return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
  }

  /** True when the envelope is longitude/latitude around Great Britain. */
  static boolean looksGbLonLat(Envelope e) {
    return e.getMinX() >= -10 && e.getMaxX() <= 3 && e.getMinY() >= 49 && e.getMaxY() <= 62;
  }

  /** True when the envelope is latitude/longitude (swapped) around Great Britain. */
  static boolean looksGbLatLon(Envelope e) {
    return e.getMinY() >= -10 && e.getMaxY() <= 3 && e.getMinX() >= 49 && e.getMaxX() <= 62;
  }

  /** True when the envelope fits British National Grid metres (with a margin) and not degrees. */
  static boolean looksBng(Envelope e) {
    return !looksLonLat(e)
        && e.getMinX() >= -120_000
        && e.getMaxX() <= 800_000
        && e.getMinY() >= -120_000
        && e.getMaxY() <= 1_400_000;
  }

  /** The CRS suggested by coordinate ranges alone, or null. */
  static String detect(Envelope e) {
    if (looksGbLatLon(e) && !looksGbLonLat(e)) {
      return null;
    }
    if (looksLonLat(e)) {
      return Crs.WGS84;
    }
    return looksBng(e) ? Crs.BNG : null;
  }

  /** "x 400000 to 430000, y 270000 to 300000" for messages. */
  static String ranges(Envelope e) {
    return String.format(
        Locale.ROOT,
        "x %s to %s, y %s to %s",
        num(e.getMinX()),
        num(e.getMaxX()),
        num(e.getMinY()),
        num(e.getMaxY()));
  }

  static String num(double v) {
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.5g", v);
  }

  /** A BNG coordinate for messages: "(406800, 286800)". */
  static String at(Coordinate c) {
    return String.format(Locale.ROOT, "(%.0f, %.0f)", c.x, c.y);
  }

  /**
   * Decides the source CRS of a set of features and reprojects them to BNG. Features whose
   * coordinates cannot be transformed lose their geometry (reported by the caller as geometry-less)
   * and are listed in the report.
   *
   * @param file the file (for messages)
   * @param features features in source coordinates; replaced by BNG copies
   * @param declared the CRS the file declares, or null
   * @param defaultEpsg the format's default CRS when none is declared (GeoJSON: WGS 84), or null
   * @param undeclaredNote how to describe a missing declaration ("the file has no crs member")
   * @param report where decisions go
   * @return the features with BNG geometries
   * @throws ImportException when no CRS can be decided
   */
  static List<VectorFeature> toBng(
      Path file,
      List<VectorFeature> features,
      SourceCrs declared,
      String defaultEpsg,
      String undeclaredNote,
      ImportReport report)
      throws ImportException {
    Envelope env = new Envelope();
    for (VectorFeature f : features) {
      if (f.geometry() != null && !f.geometry().isEmpty()) {
        env.expandToInclude(f.geometry().getEnvelopeInternal());
      }
    }
    if (env.isNull()) {
      return features;
    }
    String epsg = null;
    CoordinateReferenceSystem custom = null;
    boolean swap = false;
    if (declared != null) {
      epsg = declared.epsg();
      custom = declared.custom();
      if (declared.isGeographic() && looksGbLatLon(env) && !looksGbLonLat(env)) {
        swap = true;
        report.warn(
            "",
            "the file declares "
                + declared.label()
                + " but the coordinates ("
                + ranges(env)
                + ") are in latitude/longitude order; axes swapped to longitude/latitude");
      } else if (declared.isGeographic() && !looksLonLat(env) && looksBng(env)) {
        epsg = Crs.BNG;
        custom = null;
        report.warn(
            "",
            "the file declares "
                + declared.label()
                + " but the coordinates ("
                + ranges(env)
                + ") are metres in British National Grid range; read as EPSG:27700 (detected)");
      } else if (!declared.isGeographic() && looksGbLonLat(env)) {
        epsg = Crs.WGS84;
        custom = null;
        report.warn(
            "",
            "the file declares "
                + declared.label()
                + " but the coordinates ("
                + ranges(env)
                + ") are longitude/latitude degrees; read as EPSG:4326 (detected)");
      } else {
        report.info("", "CRS " + declared.label() + ", from " + declared.description());
      }
    } else {
      String detected = detect(env);
      if (detected == null && looksGbLatLon(env)) {
        detected = Crs.WGS84;
        swap = true;
      }
      if (detected == null) {
        throw new ImportException(
            file,
            "Cannot read "
                + Texts.name(file)
                + ": "
                + undeclaredNote
                + " and its coordinates ("
                + ranges(env)
                + ") are neither longitude/latitude nor British National Grid metres, so their"
                + " coordinate reference system cannot be worked out. Save the file with its CRS"
                + " declared (e.g. EPSG:27700) and try again.");
      }
      epsg = detected;
      String what =
          (swap ? "latitude/longitude (axes swapped to longitude/latitude)" : describe(detected))
              + " detected from coordinate ranges ("
              + ranges(env)
              + ")";
      if (detected.equals(defaultEpsg) && !swap) {
        report.info("", undeclaredNote + "; " + what + ", the format's default");
      } else {
        report.warn("", undeclaredNote + "; " + what);
      }
    }
    if (Crs.BNG.equals(epsg) && !swap) {
      return features;
    }
    CrsTransform t = custom != null ? new CrsTransform(custom, Crs.BNG) : CrsTransform.toBng(epsg);
    List<VectorFeature> out = new ArrayList<>(features.size());
    for (VectorFeature f : features) {
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        out.add(f);
        continue;
      }
      try {
        if (swap) {
          swapAxes(g);
        }
        t.applyInPlace(g);
        if (!finite(g)) {
          throw new IllegalStateException("non-finite result");
        }
        out.add(f);
      } catch (RuntimeException e) {
        report.warn(
            f.location(),
            "coordinates could not be transformed to British National Grid (out of the CRS's"
                + " valid range); geometry ignored");
        out.add(f.withGeometry(null, "its coordinates could not be transformed"));
      }
    }
    return out;
  }

  private static void swapAxes(Geometry g) {
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            double x = seq.getX(i);
            seq.setOrdinate(i, 0, seq.getY(i));
            seq.setOrdinate(i, 1, x);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    g.geometryChanged();
  }

  /** True when every coordinate is finite. */
  static boolean finite(Geometry g) {
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        return false;
      }
    }
    return true;
  }
}
