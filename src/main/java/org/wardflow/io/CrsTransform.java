package org.wardflow.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.wardflow.model.Crs;

/**
 * Coordinate transforms between WGS 84 (x = longitude, y = latitude) and British National Grid, and
 * from any EPSG code Proj4J knows to BNG. Uses Proj4J with its EPSG database; BNG ↔ WGS 84 goes
 * through the 7-parameter Helmert transformation (about 2 m accuracy). Instances are cheap to use
 * but not thread-safe; the static helpers use one per thread.
 */
public final class CrsTransform {
  private static final CRSFactory CRS_FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory CT_FACTORY = new CoordinateTransformFactory();
  private static final ThreadLocal<CrsTransform> TO_BNG =
      ThreadLocal.withInitial(() -> new CrsTransform(Crs.WGS84, Crs.BNG));
  private static final ThreadLocal<CrsTransform> TO_WGS84 =
      ThreadLocal.withInitial(() -> new CrsTransform(Crs.BNG, Crs.WGS84));

  private final CoordinateTransform transform;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  /**
   * Creates a transform between two CRSs named like {@code EPSG:27700}.
   *
   * @throws IllegalArgumentException when a CRS is unknown to Proj4J
   */
  public CrsTransform(String from, String to) {
    this.transform = CT_FACTORY.createTransform(crs(from), crs(to));
  }

  /**
   * Creates a transform from a Proj4J CRS (e.g. one built from a WKT definition) to a named CRS.
   */
  CrsTransform(CoordinateReferenceSystem from, String to) {
    this.transform = CT_FACTORY.createTransform(from, crs(to));
  }

  /** Creates a transform from a CRS name to British National Grid. */
  public static CrsTransform toBng(String from) {
    return new CrsTransform(from, Crs.BNG);
  }

  /**
   * Proj4J CRSs by name. Proj4J scans its EPSG file on every lookup (~100 ms), so each name is
   * looked up once; unknown names are remembered too.
   */
  private static final Map<String, Optional<CoordinateReferenceSystem>> CACHE =
      new ConcurrentHashMap<>();

  private static CoordinateReferenceSystem crs(String name) {
    Optional<CoordinateReferenceSystem> c =
        CACHE.computeIfAbsent(
            name.trim().toUpperCase(Locale.ROOT),
            n -> {
              try {
                return Optional.ofNullable(CRS_FACTORY.createFromName(n));
              } catch (RuntimeException e) {
                return Optional.empty();
              }
            });
    return c.orElseThrow(
        () -> new IllegalArgumentException("unknown coordinate reference system " + name));
  }

  /** True when Proj4J knows a CRS name such as {@code EPSG:3857}. */
  public static boolean isKnown(String name) {
    try {
      crs(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * True when a CRS name denotes geographic coordinates (longitude/latitude in degrees).
   *
   * @throws IllegalArgumentException when the CRS is unknown to Proj4J
   */
  public static boolean isGeographic(String name) {
    return Boolean.TRUE.equals(crs(name).isGeographic());
  }

  /** Transforms one coordinate (x, y) into a new coordinate. */
  public Coordinate apply(double x, double y) {
    in.x = x;
    in.y = y;
    transform.transform(in, out);
    return new Coordinate(out.x, out.y);
  }

  /** Transforms a geometry in place (all coordinates) and returns it with the BNG SRID. */
  public Geometry applyInPlace(Geometry g) {
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, 0, out.x);
            seq.setOrdinate(i, 1, out.y);
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
    return g;
  }

  /** WGS 84 longitude/latitude → BNG easting/northing. */
  public static Coordinate wgs84ToBng(double lon, double lat) {
    return TO_BNG.get().apply(lon, lat);
  }

  /** BNG easting/northing → WGS 84 (x = longitude, y = latitude). */
  public static Coordinate bngToWgs84(double easting, double northing) {
    return TO_WGS84.get().apply(easting, northing);
  }
}
