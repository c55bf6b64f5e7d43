package org.wardflow.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.wardflow.model.Crs;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * Turns vector features (already in BNG) into a {@link WardLayer}: picks the code/name/district
 * fields, rejects non-polygon and empty geometries per feature, repairs invalid polygons with JTS
 * {@link GeometryFixer}, keeps the first of duplicate codes, and reports wards outside Great
 * Britain or far from the rest of the layer. Every skipped or repaired feature is reported.
 */
final class WardAssembler {
  /** Wards further than this from the layer's middle, and 5× the median distance, are flagged. */
  static final double MIN_OUTLIER_DISTANCE_M = 50_000;

  private WardAssembler() {}

  static WardLayer assemble(VectorData data, WardFieldMapping chosen, ImportReport report)
      throws ImportException {
    if (data.features().isEmpty()) {
      throw new ImportException(
          data.file(),
          "Cannot read wards from "
              + Texts.name(data.file())
              + ": "
              + ("GeoPackage".equals(data.format()) ? "table " + data.layer() : "the file")
              + " contains no features.");
    }
    WardFieldMapping m;
    if (chosen != null) {
      m = chosen.resolve(data.file(), data.fields());
      report.info("", "fields used (as chosen): " + m.describe());
    } else {
      m =
          WardFieldMapping.detect(data.fields())
              .orElseThrow(
                  () ->
                      new ImportException(
                          data.file(),
                          "Cannot read wards from "
                              + Texts.name(data.file())
                              + ": no ward code field was found. Wardflow looks for ONS names"
                              + " such as WD25CD/WD25NM (any year, any case) or WDCD/ward_code;"
                              + " this layer has the fields "
                              + (data.fields().isEmpty()
                                  ? "(none)"
                                  : Texts.abbreviate(data.fields(), 40))
                              + ". Choose the code and name fields by hand."));
      report.info("", "fields used (detected from ONS names): " + m.describe());
    }

    List<Ward> wards = new ArrayList<>();
    List<String> wardLocations = new ArrayList<>();
    Map<String, String> firstAt = new HashMap<>();
    List<String> reasons = new ArrayList<>();
    int labelPoints = 0;
    for (VectorFeature f : data.features()) {
      String code = text(f.properties().get(m.codeField()));
      String where = f.where(code);
      if (code == null) {
        skip(
            report,
            reasons,
            f.location(),
            "has no ward code (field " + m.codeField() + " is empty)");
        continue;
      }
      Geometry g = f.geometry();
      if (g == null) {
        skip(
            report,
            reasons,
            where,
            f.geometryProblem() == null ? "has no geometry" : f.geometryProblem());
        continue;
      }
      if (g.isEmpty()) {
        skip(report, reasons, where, "has an empty geometry");
        continue;
      }
      Geometry poly = polygonal(g, where, report);
      if (poly == null) {
        skip(
            report,
            reasons,
            where,
            "is a " + g.getGeometryType() + ", not a polygon — ward boundaries must be polygons");
        continue;
      }
      IsValidOp valid = new IsValidOp(poly);
      if (!valid.isValid()) {
        TopologyValidationError err = valid.getValidationError();
        Geometry fixed = onlyPolygons(GeometryFixer.fix(poly));
        if (fixed == null || fixed.isEmpty()) {
          skip(
              report,
              reasons,
              where,
              "has an invalid polygon ("
                  + describe(err)
                  + ") that could not be repaired (nothing of it has an area)");
          continue;
        }
        report.warn(
            where,
            "invalid polygon ("
                + describe(err)
                + ") repaired with JTS GeometryFixer; area now "
                + String.format(Locale.ROOT, "%.1f", fixed.getArea() / 1e6)
                + " km²");
        report.count("repaired", 1);
        poly = fixed;
      }
      String first = firstAt.putIfAbsent(code, where);
      if (first != null) {
        skip(
            report,
            reasons,
            where,
            "repeats ward code " + code + " (first seen at " + first + "); the first was kept");
        continue;
      }
      poly.setSRID(Crs.BNG_SRID);
      Point label = labelPoint(f.properties(), poly);
      if (label != null) {
        labelPoints++;
      }
      Map<String, Object> attrs = new LinkedHashMap<>(f.properties());
      attrs.remove(m.codeField());
      if (m.nameField() != null) {
        attrs.remove(m.nameField());
      }
      wards.add(
          new Ward(
              code,
              m.nameField() == null ? code : text(f.properties().get(m.nameField())),
              m.districtCodeField() == null
                  ? null
                  : text(f.properties().get(m.districtCodeField())),
              m.districtNameField() == null
                  ? null
                  : text(f.properties().get(m.districtNameField())),
              poly,
              label,
              attrs));
      wardLocations.add(where);
    }
    if (wards.isEmpty()) {
      throw new ImportException(
          data.file(),
          "Cannot read wards from "
              + Texts.name(data.file())
              + ": "
              + (data.features().isEmpty()
                  ? "the file contains no features."
                  : "none of its "
                      + data.features().size()
                      + " features is a usable ward polygon ("
                      + Texts.abbreviate(reasons, 3)
                      + ")."));
    }
    if (labelPoints > 0) {
      report.info(
          "",
          "label points of "
              + labelPoints
              + " wards taken from the file's BNG_E/BNG_N fields; the others use an interior"
              + " point");
    }
    checkExtent(wards, wardLocations, report);
    report.count("wards", wards.size());
    return new WardLayer(data.layer(), wards);
  }

  private static void skip(ImportReport report, List<String> reasons, String where, String why) {
    report.warn(where, why + "; skipped");
    report.count("skipped", 1);
    reasons.add(where + " " + why);
  }

  /** The polygonal part of a geometry, or null when it has none. */
  private static Geometry polygonal(Geometry g, String where, ImportReport report) {
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return g;
    }
    if (g instanceof GeometryCollection) {
      Geometry p = onlyPolygons(g);
      if (p == null) {
        return null;
      }
      int others = g.getNumGeometries() - p.getNumGeometries();
      report.warn(
          where,
          "is a GeometryCollection; its "
              + p.getNumGeometries()
              + " polygon(s) were kept"
              + (others > 0 ? " and " + others + " non-polygon part(s) ignored" : ""));
      return p;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Geometry onlyPolygons(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    List<Polygon> polys = PolygonExtracter.getPolygons(g);
    polys.removeIf(Geometry::isEmpty);
    if (polys.isEmpty()) {
      return null;
    }
    if (polys.size() == 1) {
      return polys.get(0);
    }
    return g.getFactory().createMultiPolygon(polys.toArray(new Polygon[0]));
  }

  private static String describe(TopologyValidationError err) {
    String m = err.getMessage().toLowerCase(Locale.ROOT);
    Coordinate c = err.getCoordinate();
    return c == null ? m : m + " at " + CrsSupport.at(c);
  }

  /** The ONS label point (BNG_E/BNG_N) when present and inside the ward, else null. */
  private static Point labelPoint(Map<String, Object> props, Geometry poly) {
    Double e = number(props, "BNG_E");
    Double n = number(props, "BNG_N");
    if (e == null || n == null) {
      return null;
    }
    Point p = Crs.BNG_FACTORY.createPoint(new Coordinate(e, n));
    return poly.covers(p) ? p : null;
  }

  private static Double number(Map<String, Object> props, String key) {
    Object v = props.get(key);
    if (v == null) {
      for (Map.Entry<String, Object> en : props.entrySet()) {
        if (en.getKey().equalsIgnoreCase(key)) {
          v = en.getValue();
        }
      }
    }
    if (v instanceof Number num) {
      return num.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException ex) {
        return null;
      }
    }
    return null;
  }

  /** Trimmed text of an attribute value, or null when absent or blank. */
  static String text(Object v) {
    if (v == null) {
      return null;
    }
    String s;
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      s = Long.toString(d.longValue());
    } else {
      s = v.toString();
    }
    s = s.trim();
    return s.isEmpty() ? null : s;
  }

  /** Reports wards outside Great Britain's grid and wards far from the rest of the layer. */
  private static void checkExtent(List<Ward> wards, List<String> where, ImportReport report) {
    int n = wards.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    boolean[] flagged = new boolean[n];
    for (int i = 0; i < n; i++) {
      Envelope e = wards.get(i).geometry().getEnvelopeInternal();
      xs[i] = e.centre().x;
      ys[i] = e.centre().y;
      if (!CrsSupport.GB_BNG.contains(e)) {
        report.warn(
            where.get(i),
            "lies outside Great Britain's National Grid area (0–700 km east, 0–1,300 km north;"
                + " the ward reaches "
                + CrsSupport.ranges(e)
                + "); check its coordinates and the file's CRS");
        report.count("outside extent", 1);
        flagged[i] = true;
      }
    }
    if (n < 5) {
      return;
    }
    double mx = median(xs.clone());
    double my = median(ys.clone());
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = Math.hypot(xs[i] - mx, ys[i] - my);
    }
    double md = median(d.clone());
    double limit = Math.max(MIN_OUTLIER_DISTANCE_M, 5 * md);
    for (int i = 0; i < n; i++) {
      if (d[i] > limit && !flagged[i]) {
        report.warn(
            where.get(i),
            String.format(
                Locale.ROOT,
                "lies %.0f km from the middle of the other wards (half of them are within %.0f"
                    + " km); check its coordinates",
                d[i] / 1000,
                md / 1000));
        report.count("outside extent", 1);
      }
    }
  }

  static double median(double[] v) {
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
