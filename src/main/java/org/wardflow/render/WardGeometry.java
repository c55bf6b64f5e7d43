package org.wardflow.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.wardflow.model.Crs;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * Drawing geometry of a ward layer, generalised per scale band and cached. A band is a power-of-two
 * range of metres per pixel; its wards are simplified together with JTS's coverage-aware {@link
 * CoverageSimplifier} at about a pixel of the band's finest scale, so neighbouring wards keep
 * exactly shared edges (no gaps or slivers). Each band also holds the unique boundary edges,
 * classified as between wards, between districts or on the study-area outline, so shared edges are
 * stroked once. Coordinates stay in BNG metres; the renderer maps them to pixels per frame. Layers
 * that are not a valid coverage fall back to per-ward topology-preserving simplification.
 *
 * <p>Thread-safe: bands are built once under a lock and immutable afterwards.
 */
final class WardGeometry {
  /** Below this tolerance (metres) the original geometry is used as is. */
  static final double MIN_TOLERANCE = 0.5;

  private static final Map<WardLayer, WardGeometry> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  // the layer's ward list, not the layer: the cache is weakly keyed by the layer, so values must
  // not reference it
  private final List<Ward> wards;
  private final Map<Integer, Band> bands = new ConcurrentHashMap<>();
  private final double[] areas;
  private volatile Boolean validCoverage;
  private volatile List<District> districts;

  private WardGeometry(WardLayer layer) {
    this.wards = layer.wards();
    this.areas = new double[wards.size()];
    for (int i = 0; i < areas.length; i++) {
      areas[i] = wards.get(i).geometry().getArea();
    }
  }

  /** The (shared, cached) drawing geometry of a layer. */
  static WardGeometry of(WardLayer layer) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(layer, WardGeometry::new);
    }
  }

  /** The scale band of a resolution: floor(log2(metres per pixel)). */
  static int bandOf(double metresPerPixel) {
    return (int) Math.floor(Math.log(metresPerPixel) / Math.log(2));
  }

  /**
   * Simplification tolerance (metres) of a band: one pixel at the band's finest scale, half a pixel
   * at its coarsest. (The coverage simplifier is Visvalingam–Whyatt based: a vertex goes when its
   * triangle's area is below the tolerance squared, i.e. about a pixel's area or less.)
   */
  static double toleranceOf(int band) {
    return Math.pow(2, band);
  }

  /** Area (m²) of ward {@code i}'s full-resolution geometry. */
  double area(int i) {
    return areas[i];
  }

  /** True when the layer is a valid polygonal coverage (checked once). */
  boolean isValidCoverage() {
    Boolean v = validCoverage;
    if (v == null) {
      synchronized (this) {
        v = validCoverage;
        if (v == null) {
          v = CoverageValidator.isValid(geometries());
          validCoverage = v;
        }
      }
    }
    return v;
  }

  /** The band for a scale (built on first use). */
  Band band(double metresPerPixel) {
    int b = bandOf(metresPerPixel);
    Band band = bands.get(b);
    if (band == null) {
      synchronized (this) {
        band = bands.get(b);
        if (band == null) {
          band = build(b);
          bands.put(b, band);
        }
      }
    }
    return band;
  }

  /** Districts with label points (computed once from full-resolution geometry). */
  List<District> districts() {
    List<District> d = districts;
    if (d == null) {
      synchronized (this) {
        d = districts;
        if (d == null) {
          d = buildDistricts();
          districts = d;
        }
      }
    }
    return d;
  }

  private Geometry[] geometries() {
    Geometry[] gs = new Geometry[wards.size()];
    for (int i = 0; i < gs.length; i++) {
      gs[i] = wards.get(i).geometry();
    }
    return gs;
  }

  private Band build(int level) {
    double tol = toleranceOf(level);
    Geometry[] src = geometries();
    boolean coverage = isValidCoverage();
    Geometry[] simple;
    if (tol < MIN_TOLERANCE) {
      simple = src;
    } else if (coverage) {
      simple = CoverageSimplifier.simplify(src, tol);
    } else {
      simple = new Geometry[src.length];
      for (int i = 0; i < src.length; i++) {
        simple[i] = TopologyPreservingSimplifier.simplify(src[i], tol);
      }
    }
    double[][][] rings = new double[simple.length][][];
    for (int i = 0; i < simple.length; i++) {
      rings[i] = ringsOf(simple[i]);
    }
    List<Edge> edges = coverage ? coverageEdges(rings) : fallbackEdges(rings, simple, tol);
    return new Band(level, tol, simple, rings, edges);
  }

  private static double[][] ringsOf(Geometry g) {
    List<double[]> out = new ArrayList<>();
    for (int n = 0; n < g.getNumGeometries(); n++) {
      Geometry part = g.getGeometryN(n);
      if (part instanceof Polygon p && !p.isEmpty()) {
        out.add(coords(p.getExteriorRing()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          out.add(coords(p.getInteriorRingN(h)));
        }
      }
    }
    return out.toArray(new double[0][]);
  }

  private static double[] coords(LineString ls) {
    Coordinate[] cs = ls.getCoordinates();
    double[] xy = new double[cs.length * 2];
    for (int i = 0; i < cs.length; i++) {
      xy[2 * i] = cs[i].x;
      xy[2 * i + 1] = cs[i].y;
    }
    return xy;
  }

  /**
   * Unique edges of a valid coverage: every segment is owned by one ward (outline) or two (shared);
   * a shared segment is emitted once, by the ward with the lower index, and runs of segments of the
   * same kind are chained into polylines.
   */
  private List<Edge> coverageEdges(double[][][] rings) {
    Map<SegKey, int[]> owners = new HashMap<>();
    for (int w = 0; w < rings.length; w++) {
      for (double[] r : rings[w]) {
        for (int i = 0; i + 3 < r.length; i += 2) {
          SegKey k = SegKey.of(r[i], r[i + 1], r[i + 2], r[i + 3]);
          int[] o = owners.get(k);
          if (o == null) {
            owners.put(k, new int[] {w, -1});
          } else if (o[0] != w && o[1] < 0) {
            o[1] = w;
          }
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (int w = 0; w < rings.length; w++) {
      for (double[] r : rings[w]) {
        EdgeKind runKind = null;
        double[] run = null;
        int runLen = 0;
        for (int i = 0; i + 3 < r.length; i += 2) {
          int[] o = owners.get(SegKey.of(r[i], r[i + 1], r[i + 2], r[i + 3]));
          int other = o[0] == w ? o[1] : o[0];
          EdgeKind kind;
          if (other >= 0 && other < w) {
            kind = null; // emitted by the other ward
          } else if (other < 0) {
            kind = EdgeKind.OUTLINE;
          } else {
            String d1 = wards.get(w).districtCode();
            String d2 = wards.get(other).districtCode();
            kind = d1.equals(d2) ? EdgeKind.WARD : EdgeKind.DISTRICT;
          }
          if (kind != runKind || kind == null) {
            if (run != null && runLen >= 4) {
              edges.add(new Edge(runKind, java.util.Arrays.copyOf(run, runLen)));
            }
            run = null;
            runLen = 0;
            runKind = kind;
            if (kind == null) {
              continue;
            }
          }
          if (run == null) {
            run = new double[r.length];
            run[0] = r[i];
            run[1] = r[i + 1];
            runLen = 2;
          }
          run[runLen++] = r[i + 2];
          run[runLen++] = r[i + 3];
        }
        if (run != null && runLen >= 4) {
          edges.add(new Edge(runKind, java.util.Arrays.copyOf(run, runLen)));
        }
      }
    }
    return edges;
  }

  /**
   * Edges of a layer that is not a valid coverage: every ring as a ward edge, plus the boundaries
   * of the dissolved districts and of the whole area (robust overlay union).
   */
  private List<Edge> fallbackEdges(double[][][] rings, Geometry[] simple, double tol) {
    List<Edge> edges = new ArrayList<>();
    for (double[][] ward : rings) {
      for (double[] r : ward) {
        edges.add(new Edge(EdgeKind.WARD, r));
      }
    }
    Map<String, List<Geometry>> byDistrict = new LinkedHashMap<>();
    for (int i = 0; i < simple.length; i++) {
      byDistrict
          .computeIfAbsent(wards.get(i).districtCode(), k -> new ArrayList<>())
          .add(simple[i]);
    }
    List<Geometry> districtsUnion = new ArrayList<>();
    if (byDistrict.size() > 1) {
      for (List<Geometry> gs : byDistrict.values()) {
        Geometry u = UnaryUnionOp.union(gs);
        districtsUnion.add(u);
        addBoundary(edges, u, EdgeKind.DISTRICT);
      }
    }
    Geometry all =
        UnaryUnionOp.union(
            districtsUnion.isEmpty() ? java.util.Arrays.asList(simple) : districtsUnion);
    addBoundary(edges, TopologyPreservingSimplifier.simplify(all, tol), EdgeKind.OUTLINE);
    return edges;
  }

  private static void addBoundary(List<Edge> edges, Geometry g, EdgeKind kind) {
    Geometry b = g.getBoundary();
    for (int i = 0; i < b.getNumGeometries(); i++) {
      if (b.getGeometryN(i) instanceof LineString ls && ls.getNumPoints() >= 2) {
        edges.add(new Edge(kind, coords(ls)));
      }
    }
  }

  private List<District> buildDistricts() {
    Map<String, List<Integer>> byDistrict = new LinkedHashMap<>();
    for (int i = 0; i < wards.size(); i++) {
      String code = wards.get(i).districtCode();
      if (!code.isEmpty()) {
        byDistrict.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
      }
    }
    List<District> out = new ArrayList<>();
    boolean coverage = isValidCoverage();
    for (Map.Entry<String, List<Integer>> e : byDistrict.entrySet()) {
      Geometry[] gs = new Geometry[e.getValue().size()];
      double area = 0;
      for (int j = 0; j < gs.length; j++) {
        gs[j] = wards.get(e.getValue().get(j)).geometry();
        area += areas[e.getValue().get(j)];
      }
      Geometry u =
          coverage ? CoverageUnion.union(gs) : UnaryUnionOp.union(java.util.Arrays.asList(gs));
      if (!(u instanceof Polygonal) || u.isEmpty()) {
        continue;
      }
      Point c = u.getCentroid();
      if (!u.contains(c)) {
        c = u.getInteriorPoint();
      }
      String name = wards.get(e.getValue().get(0)).districtName();
      out.add(
          new District(
              e.getKey(),
              name.isEmpty() ? e.getKey() : name,
              Crs.BNG_FACTORY.createPoint(c.getCoordinate()),
              area,
              u.getEnvelopeInternal()));
    }
    return List.copyOf(out);
  }

  /** Kinds of boundary edge. */
  enum EdgeKind {
    /** Between two wards of the same district. */
    WARD,
    /** Between two districts. */
    DISTRICT,
    /** On the outline of the study area (one ward only). */
    OUTLINE
  }

  /** A boundary polyline in BNG metres (x, y interleaved) with its envelope. */
  static final class Edge {
    final EdgeKind kind;
    final double[] xy;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;

    Edge(EdgeKind kind, double[] xy) {
      this.kind = kind;
      this.xy = xy;
      double x0 = Double.POSITIVE_INFINITY;
      double y0 = Double.POSITIVE_INFINITY;
      double x1 = Double.NEGATIVE_INFINITY;
      double y1 = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < xy.length; i += 2) {
        x0 = Math.min(x0, xy[i]);
        x1 = Math.max(x1, xy[i]);
        y0 = Math.min(y0, xy[i + 1]);
        y1 = Math.max(y1, xy[i + 1]);
      }
      minX = x0;
      minY = y0;
      maxX = x1;
      maxY = y1;
    }

    boolean intersects(Envelope e) {
      return !(maxX < e.getMinX()
          || minX > e.getMaxX()
          || maxY < e.getMinY()
          || minY > e.getMaxY());
    }
  }

  /** One scale band: simplified geometry and rings per ward, and the unique edges. */
  static final class Band {
    final int level;
    final double tolerance;
    final Geometry[] geometries;
    final double[][][] rings;
    final List<Edge> edges;
    final int vertexCount;

    Band(int level, double tolerance, Geometry[] geometries, double[][][] rings, List<Edge> edges) {
      this.level = level;
      this.tolerance = tolerance;
      this.geometries = geometries;
      this.rings = rings;
      this.edges = List.copyOf(edges);
      int v = 0;
      for (double[][] w : rings) {
        for (double[] r : w) {
          v += r.length / 2;
        }
      }
      this.vertexCount = v;
    }
  }

  /** A district (local authority) with a label point inside it. */
  record District(String code, String name, Point labelPoint, double area, Envelope envelope) {}

  /** A segment key independent of direction (exact coordinates: valid coverages share vertices). */
  private record SegKey(double x1, double y1, double x2, double y2) {
    static SegKey of(double ax, double ay, double bx, double by) {
      if (ax < bx || (ax == bx && ay <= by)) {
        return new SegKey(ax, ay, bx, by);
      }
      return new SegKey(bx, by, ax, ay);
    }
  }
}
