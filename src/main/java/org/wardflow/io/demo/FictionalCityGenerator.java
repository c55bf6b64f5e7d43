package org.wardflow.io.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;

/**
 * Builds the FICTIONAL demo city, {@value DemoNames#CITY}, deterministically from a seed.
 *
 * <ol>
 *   <li>An irregular outline (a radius function of a few random harmonics) with a river-like
 *       estuary notch, placed on Salisbury Plain in British National Grid — somewhere plausible
 *       with no real city under it.
 *   <li>A population density surface on a 100 m grid: a dense old town, two smaller town centres, a
 *       park, a suburban floor and gentle noise.
 *   <li>Ward seeds drawn in proportion to density and relaxed by density-weighted Lloyd iteration
 *       with weight ρ² (a centroidal Voronoi tessellation with density ρ² has cell areas ∝ 1/ρ, so
 *       wards hold similar populations: small dense central wards, large outer ones).
 *   <li>Wards are the Voronoi cells of the seeds (JTS {@link VoronoiDiagramBuilder}), densified and
 *       bent by a smooth displacement field (so boundaries wander like real ones; shared edges stay
 *       shared because the field is a function of position only and edges are densified in a
 *       canonical direction), rounded to 0.1 m and clipped to the outline.
 *   <li>Three contiguous districts grown over ward adjacency from a central and two outer seeds.
 *   <li>Invented names; codes {@code X05…} (wards) and {@code X08…} (districts), URNs {@code
 *       99xxxx} — not real ONS or DfE ranges.
 *   <li>Schools placed where demand (children) is least served, with realistic sizes: primaries,
 *       secondaries, two all-through schools, special schools and a pupil referral unit.
 * </ol>
 *
 * <p>All arithmetic that feeds coordinates uses {@link StrictMath} and a seeded {@link Well19937c},
 * so the same seed gives the same city on every machine.
 */
final class FictionalCityGenerator {
  /** Centre of the city, BNG metres (Salisbury Plain). */
  static final double CX = 405_000;

  /** Centre of the city, BNG metres. */
  static final double CY = 148_000;

  /** Mean radius of the outline, metres. */
  static final double R0 = 6_800;

  /** Number of ward seeds. */
  static final int WARDS = 52;

  /** Total population of the city. */
  static final int POPULATION = 385_000;

  private static final double GRID = 100;
  private static final PrecisionModel PM = new PrecisionModel(10);
  private static final GeometryFactory GF = Crs.BNG_FACTORY;

  /** The city's parts before flows are made. */
  record City(
      Geography geography,
      WardIndicator population,
      WardIndicator children,
      Geometry outline,
      Map<String, String> metadata) {}

  private FictionalCityGenerator() {}

  /** Builds the city for a seed. */
  static City generate(long seed) {
    RandomGenerator rng = new Well19937c(seed);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("seed", Long.toString(seed));
    meta.put("centre_bng", (long) CX + " " + (long) CY);

    double[] notchAngle = new double[1];
    Geometry city = cityOutline(rng, notchAngle);
    Density density = new Density(rng);
    Grid grid = new Grid(city, density);

    // --- ward seeds: density-weighted sampling, then Lloyd relaxation with weight ρ²
    double[][] seeds = initialSeeds(grid, rng);
    for (int it = 0; it < 10; it++) {
      seeds = lloyd(grid, seeds);
    }

    // --- Voronoi cells, bent and clipped
    Displacement bend = new Displacement(rng);
    List<Geometry> cells = voronoiCells(seeds, city.getEnvelopeInternal(), bend, city);
    cells = repairParts(cells);

    // --- provisional layer to measure populations and adjacency
    List<Ward> tmp = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      tmp.add(Ward.of("T" + i, "T" + i, "", "", cells.get(i), new LinkedHashMap<>()));
    }
    WardLayer tmpLayer = new WardLayer("tmp", tmp);
    double[] mass = new double[cells.size()];
    for (int c = 0; c < grid.size; c++) {
      int w = tmpLayer.indexAt(new Coordinate(grid.x[c], grid.y[c]));
      if (w >= 0) {
        mass[w] += grid.rho[c];
      }
    }
    double massTotal = Arrays.stream(mass).sum();
    int n = cells.size();
    long[] pop = new long[n];
    long[] kids = new long[n];
    for (int i = 0; i < n; i++) {
      double noise = 1 + 0.05 * gaussian(rng);
      pop[i] = Math.max(1500, Math.round(POPULATION * mass[i] / massTotal * noise));
      Point lp = tmp.get(i).labelPoint();
      double r = StrictMath.hypot(lp.getX() - density.oldX, lp.getY() - density.oldY);
      // city-centre wards have few children, the inner ring many, suburbs in between
      double share =
          0.185
              + 0.075 * StrictMath.exp(-StrictMath.pow((r - 2600) / 1300, 2))
              - 0.08 * StrictMath.exp(-StrictMath.pow(r / 900, 2))
              + 0.018 * gaussian(rng);
      share = Math.max(0.08, Math.min(0.32, share));
      kids[i] = Math.round(pop[i] * share);
    }

    // --- districts grown over adjacency
    List<int[]> adjacency = adjacency(cells);
    int[] district = districts(tmp, adjacency, pop, density, notchAngle[0], rng);

    // --- names and codes
    DemoNames names = new DemoNames(rng);
    String[] districtNames = {DemoNames.CITY, names.place(), names.place()};
    String[] wardNames = wardNames(tmp, density, names);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer i) -> district[i]).thenComparing(i -> wardNames[i]));
    List<Ward> wards = new ArrayList<>();
    Map<String, Double> popMap = new LinkedHashMap<>();
    Map<String, Double> kidMap = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      int i = order[k];
      String code = String.format("X05%06d", k + 1);
      String dcode = String.format("X08%06d", district[i] + 1);
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("fictional", "FICTIONAL");
      wards.add(
          Ward.of(code, wardNames[i], dcode, districtNames[district[i]], cells.get(i), attrs));
      popMap.put(code, (double) pop[i]);
      kidMap.put(code, (double) kids[i]);
    }
    WardLayer wardLayer = new WardLayer(DemoNames.CITY + " wards (FICTIONAL)", wards);

    // --- schools
    List<School> schools = new SchoolPlanner(grid, wardLayer, kidMap, names, rng).plan();
    SchoolLayer schoolLayer = new SchoolLayer(DemoNames.CITY + " schools (FICTIONAL)", schools);

    meta.put("wards", Integer.toString(n));
    meta.put("schools", Integer.toString(schools.size()));
    meta.put("population", Long.toString(Arrays.stream(pop).sum()));
    meta.put("children_0_15", Long.toString(Arrays.stream(kids).sum()));
    DatasetInfo info =
        new DatasetInfo(
            DemoNames.CITY + " — FICTIONAL demo city",
            "Wardflow fictional demo generator (seed " + seed + ")",
            "",
            true,
            false,
            meta);
    DatasetInfo popInfo =
        new DatasetInfo(
            DemoNames.CITY + " population (FICTIONAL)",
            "Wardflow fictional demo generator",
            "",
            true,
            false,
            Map.of("seed", Long.toString(seed)));
    WardIndicator population =
        new WardIndicator("Usual residents (FICTIONAL)", "people", popInfo, popMap);
    WardIndicator children =
        new WardIndicator("Children aged 0–15 (FICTIONAL)", "people", popInfo, kidMap);
    return new City(new Geography(wardLayer, schoolLayer, info), population, children, city, meta);
  }

  // ------------------------------------------------------------------ outline

  private static Geometry cityOutline(RandomGenerator rng, double[] notchAngle) {
    int k = 720;
    double[] amp = new double[25];
    double[] phase = new double[25];
    for (int h = 2; h < 25; h++) {
      amp[h] =
          h <= 6
              ? (0.05 + 0.07 * rng.nextDouble()) / StrictMath.sqrt(h - 1)
              : 0.02 * rng.nextDouble() / StrictMath.sqrt(h / 6.0);
      phase[h] = 2 * StrictMath.PI * rng.nextDouble();
    }
    Coordinate[] ring = new Coordinate[k + 1];
    for (int i = 0; i < k; i++) {
      double t = 2 * StrictMath.PI * i / k;
      double r = 1;
      for (int h = 2; h < 25; h++) {
        r += amp[h] * StrictMath.cos(h * t + phase[h]);
      }
      r *= R0;
      ring[i] =
          new Coordinate(round(CX + r * StrictMath.cos(t)), round(CY + r * StrictMath.sin(t)));
    }
    ring[k] = new Coordinate(ring[0]);
    Polygon outline = GF.createPolygon(ring);
    // estuary notch from the east-south-east, tapering inland with a meander
    double a0 = -0.35 + 0.2 * rng.nextDouble();
    notchAngle[0] = a0;
    int m = 80;
    Coordinate[] left = new Coordinate[m + 1];
    Coordinate[] right = new Coordinate[m + 1];
    double wobble = 2 * StrictMath.PI * rng.nextDouble();
    for (int i = 0; i <= m; i++) {
      double s = (double) i / m;
      double r = R0 * (1.5 - 1.05 * s);
      double ang = a0 + 0.16 * StrictMath.sin(3.4 * s * StrictMath.PI + wobble) * (0.3 + s);
      double x = CX + r * StrictMath.cos(ang);
      double y = CY + r * StrictMath.sin(ang);
      double half = 45 + 900 * StrictMath.pow(1 - s, 1.7);
      double nx = -StrictMath.sin(ang);
      double ny = StrictMath.cos(ang);
      left[i] = new Coordinate(round(x + nx * half), round(y + ny * half));
      right[i] = new Coordinate(round(x - nx * half), round(y - ny * half));
    }
    List<Coordinate> pts = new ArrayList<>(Arrays.asList(left));
    for (int i = m; i >= 0; i--) {
      pts.add(right[i]);
    }
    pts.add(new Coordinate(left[0]));
    Polygon notch = GF.createPolygon(pts.toArray(new Coordinate[0]));
    Geometry city = OverlayNG.overlay(outline, notch, OverlayNG.DIFFERENCE, PM);
    return largestPolygon(city);
  }

  // ------------------------------------------------------------------ density

  /** Population density (people per km²) as a smooth function of position. */
  static final class Density {
    final double oldX;
    final double oldY;
    final double[] townX = new double[2];
    final double[] townY = new double[2];
    final double parkX;
    final double parkY;
    final double[][] waves = new double[4][4];

    Density(RandomGenerator rng) {
      oldX = CX + 350 * (rng.nextDouble() - 0.5);
      oldY = CY + 350 * (rng.nextDouble() - 0.5);
      double a = 2 * StrictMath.PI * rng.nextDouble();
      for (int t = 0; t < 2; t++) {
        double ang = a + t * (2.2 + 0.6 * rng.nextDouble());
        double r = 4300 + 900 * rng.nextDouble();
        townX[t] = CX + r * StrictMath.cos(ang);
        townY[t] = CY + r * StrictMath.sin(ang);
      }
      double pa = 2 * StrictMath.PI * rng.nextDouble();
      parkX = CX + 2300 * StrictMath.cos(pa);
      parkY = CY + 2300 * StrictMath.sin(pa);
      for (double[] w : waves) {
        double dir = 2 * StrictMath.PI * rng.nextDouble();
        double len = 1500 + 2500 * rng.nextDouble();
        w[0] = StrictMath.cos(dir) * 2 * StrictMath.PI / len;
        w[1] = StrictMath.sin(dir) * 2 * StrictMath.PI / len;
        w[2] = 2 * StrictMath.PI * rng.nextDouble();
        w[3] = 0.06 + 0.06 * rng.nextDouble();
      }
    }

    double at(double x, double y) {
      double r = StrictMath.hypot(x - oldX, y - oldY);
      double d = 10_500 * StrictMath.exp(-r / 1900) + 700;
      for (int t = 0; t < 2; t++) {
        double rt = StrictMath.hypot(x - townX[t], y - townY[t]);
        d += 2_600 * StrictMath.exp(-rt / 850);
      }
      double n = 1;
      for (double[] w : waves) {
        n += w[3] * StrictMath.sin(w[0] * x + w[1] * y + w[2]);
      }
      double rp = StrictMath.hypot(x - parkX, y - parkY);
      double park = 1 - 0.85 * StrictMath.exp(-(rp * rp) / (650.0 * 650.0));
      return d * n * park;
    }
  }

  /** Cell centres of a 100 m grid inside the city, with density. */
  static final class Grid {
    final int size;
    final double[] x;
    final double[] y;
    final double[] rho;

    Grid(Geometry city, Density density) {
      Envelope e = city.getEnvelopeInternal();
      PreparedGeometry pg = PreparedGeometryFactory.prepare(city);
      List<double[]> cells = new ArrayList<>();
      for (double gx = Math.floor(e.getMinX() / GRID) * GRID + GRID / 2;
          gx < e.getMaxX();
          gx += GRID) {
        for (double gy = Math.floor(e.getMinY() / GRID) * GRID + GRID / 2;
            gy < e.getMaxY();
            gy += GRID) {
          if (pg.contains(GF.createPoint(new Coordinate(gx, gy)))) {
            cells.add(new double[] {gx, gy, density.at(gx, gy)});
          }
        }
      }
      size = cells.size();
      x = new double[size];
      y = new double[size];
      rho = new double[size];
      for (int i = 0; i < size; i++) {
        x[i] = cells.get(i)[0];
        y[i] = cells.get(i)[1];
        rho[i] = cells.get(i)[2];
      }
    }

    /** Cumulative sums of weights, for {@link #draw(double[], RandomGenerator)}. */
    static double[] cdf(double[] weight) {
      double[] c = new double[weight.length];
      double acc = 0;
      for (int i = 0; i < weight.length; i++) {
        acc += weight[i];
        c[i] = acc;
      }
      return c;
    }

    /** A cell drawn with probability ∝ its weight, given the weights' cumulative sums. */
    int draw(double[] cdf, RandomGenerator rng) {
      double u = rng.nextDouble() * cdf[size - 1];
      int i = java.util.Arrays.binarySearch(cdf, u);
      i = i >= 0 ? i + 1 : -i - 1;
      return Math.min(i, size - 1);
    }
  }

  private static double[][] initialSeeds(Grid g, RandomGenerator rng) {
    double[] w = new double[g.size];
    for (int i = 0; i < g.size; i++) {
      w[i] = g.rho[i] * g.rho[i];
    }
    double[] cdf = Grid.cdf(w);
    double[][] seeds = new double[WARDS][];
    int k = 0;
    int guard = 0;
    while (k < WARDS && guard++ < 100_000) {
      int c = g.draw(cdf, rng);
      double sx = g.x[c] + (rng.nextDouble() - 0.5) * GRID;
      double sy = g.y[c] + (rng.nextDouble() - 0.5) * GRID;
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        ok = StrictMath.hypot(seeds[j][0] - sx, seeds[j][1] - sy) > 250;
      }
      if (ok) {
        seeds[k++] = new double[] {sx, sy};
      }
    }
    return seeds;
  }

  private static double[][] lloyd(Grid g, double[][] seeds) {
    int k = seeds.length;
    double[] sx = new double[k];
    double[] sy = new double[k];
    double[] sw = new double[k];
    for (int c = 0; c < g.size; c++) {
      int best = 0;
      double bd = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double dx = g.x[c] - seeds[j][0];
        double dy = g.y[c] - seeds[j][1];
        double d = dx * dx + dy * dy;
        if (d < bd) {
          bd = d;
          best = j;
        }
      }
      double w = g.rho[c] * g.rho[c];
      sx[best] += w * g.x[c];
      sy[best] += w * g.y[c];
      sw[best] += w;
    }
    double[][] out = new double[k][];
    for (int j = 0; j < k; j++) {
      out[j] = sw[j] > 0 ? new double[] {sx[j] / sw[j], sy[j] / sw[j]} : seeds[j].clone();
    }
    return out;
  }

  // ------------------------------------------------------------------ cells

  /** A smooth displacement of the plane (Lipschitz constant well below 1, so a homeomorphism). */
  static final class Displacement {
    final double[][] wx = new double[4][4];
    final double[][] wy = new double[4][4];

    Displacement(RandomGenerator rng) {
      double[] lengths = {2000, 900, 420, 160};
      double[] amps = {45, 22, 10, 5};
      for (double[][] w : new double[][][] {wx, wy}) {
        for (int k = 0; k < 4; k++) {
          double dir = 2 * StrictMath.PI * rng.nextDouble();
          double len = lengths[k] * (0.8 + 0.4 * rng.nextDouble());
          w[k][0] = StrictMath.cos(dir) * 2 * StrictMath.PI / len;
          w[k][1] = StrictMath.sin(dir) * 2 * StrictMath.PI / len;
          w[k][2] = 2 * StrictMath.PI * rng.nextDouble();
          w[k][3] = amps[k];
        }
      }
    }

    Coordinate apply(double x, double y) {
      double dx = 0;
      double dy = 0;
      for (int k = 0; k < 4; k++) {
        dx += wx[k][3] * StrictMath.sin(wx[k][0] * x + wx[k][1] * y + wx[k][2]);
        dy += wy[k][3] * StrictMath.sin(wy[k][0] * x + wy[k][1] * y + wy[k][2]);
      }
      return new Coordinate(round(x + dx), round(y + dy));
    }
  }

  private static List<Geometry> voronoiCells(
      double[][] seeds, Envelope cityEnv, Displacement bend, Geometry city) {
    List<Coordinate> sites = new ArrayList<>();
    for (double[] s : seeds) {
      sites.add(new Coordinate(s[0], s[1]));
    }
    VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
    vb.setSites(sites);
    Envelope clip = new Envelope(cityEnv);
    clip.expandBy(3000);
    vb.setClipEnvelope(clip);
    Geometry diagram = vb.getDiagram(GF);
    Map<Coordinate, Geometry> bySite = new HashMap<>();
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      bySite.put((Coordinate) cell.getUserData(), cell);
    }
    List<Geometry> out = new ArrayList<>();
    PreparedGeometry pcity = PreparedGeometryFactory.prepare(city);
    for (Coordinate site : sites) {
      Geometry cell = bySite.get(site);
      if (cell == null) {
        continue;
      }
      Polygon bent = bendPolygon((Polygon) cell, bend);
      Geometry clipped =
          pcity.containsProperly(bent)
              ? bent
              : OverlayNG.overlay(bent, city, OverlayNG.INTERSECTION, PM);
      if (!clipped.isEmpty() && clipped.getArea() > 0) {
        out.add(clipped);
      }
    }
    return out;
  }

  /**
   * Densifies a ring every ~60 m computing the new points from the lexicographically smaller end of
   * each segment (so the two wards sharing an edge get identical points), then bends it.
   */
  private static Polygon bendPolygon(Polygon p, Displacement bend) {
    Coordinate[] cs = p.getExteriorRing().getCoordinates();
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i < cs.length - 1; i++) {
      Coordinate a = cs[i];
      Coordinate b = cs[i + 1];
      out.add(bend.apply(a.x, a.y));
      double len = a.distance(b);
      int parts = (int) Math.ceil(len / 60.0);
      boolean forward = a.compareTo(b) <= 0;
      Coordinate from = forward ? a : b;
      Coordinate to = forward ? b : a;
      List<Coordinate> mids = new ArrayList<>();
      for (int k = 1; k < parts; k++) {
        double t = (double) k / parts;
        mids.add(bend.apply(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
      }
      if (!forward) {
        java.util.Collections.reverse(mids);
      }
      out.addAll(mids);
    }
    out.add(new Coordinate(out.get(0)));
    LinearRing ring = GF.createLinearRing(out.toArray(new Coordinate[0]));
    return GF.createPolygon(ring);
  }

  /**
   * Keeps each ward in one piece: the smaller pieces of a cell cut by the estuary join the
   * neighbouring ward they share the longest boundary with.
   */
  private static List<Geometry> repairParts(List<Geometry> cells) {
    List<Geometry> ws = new ArrayList<>(cells);
    List<Geometry> orphans = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Geometry g = ws.get(i);
      if (g.getNumGeometries() > 1) {
        List<Geometry> parts = new ArrayList<>();
        for (int k = 0; k < g.getNumGeometries(); k++) {
          parts.add(g.getGeometryN(k));
        }
        parts.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        ws.set(i, parts.get(0));
        orphans.addAll(parts.subList(1, parts.size()));
      }
    }
    for (Geometry part : orphans) {
      int best = -1;
      double bestLen = 0;
      for (int i = 0; i < ws.size(); i++) {
        if (!ws.get(i).getEnvelopeInternal().intersects(part.getEnvelopeInternal())) {
          continue;
        }
        double len = ws.get(i).getBoundary().intersection(part.getBoundary()).getLength();
        if (len > bestLen) {
          bestLen = len;
          best = i;
        }
      }
      if (best >= 0) {
        ws.set(best, largestPolygon(OverlayNG.overlay(ws.get(best), part, OverlayNG.UNION, PM)));
      }
    }
    return ws;
  }

  /** Pairs of wards sharing an edge (three or more shared boundary vertices). */
  private static List<int[]> adjacency(List<Geometry> cells) {
    Map<Coordinate, List<Integer>> owners = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      for (Coordinate c : cells.get(i).getCoordinates()) {
        List<Integer> l = owners.computeIfAbsent(c, k -> new ArrayList<>(3));
        if (!l.contains(i)) {
          l.add(i);
        }
      }
    }
    Map<Long, Integer> shared = new java.util.TreeMap<>();
    for (List<Integer> l : owners.values()) {
      for (int a = 0; a < l.size(); a++) {
        for (int b = a + 1; b < l.size(); b++) {
          int i = Math.min(l.get(a), l.get(b));
          int j = Math.max(l.get(a), l.get(b));
          shared.merge(((long) i << 32) | j, 1, Integer::sum);
        }
      }
    }
    List<int[]> pairs = new ArrayList<>();
    shared.forEach(
        (key, count) -> {
          if (count >= 3) {
            pairs.add(new int[] {(int) (key >>> 32), (int) (long) key});
          }
        });
    return pairs;
  }

  /**
   * Three contiguous districts: the central city (the wards nearest the old town, about 40% of the
   * people) and the outer ring split in two by a line along the estuary and one roughly opposite.
   * Falls back to growing districts over adjacency when a split would not be contiguous.
   */
  private static int[] districts(
      List<Ward> wards,
      List<int[]> pairs,
      long[] pop,
      Density density,
      double notchAngle,
      RandomGenerator rng) {
    int[] split = sectorDistricts(wards, pairs, pop, density, notchAngle, rng);
    return split != null ? split : grownDistricts(wards, pairs, pop, density, rng);
  }

  private static int[] sectorDistricts(
      List<Ward> wards,
      List<int[]> pairs,
      long[] pop,
      Density density,
      double notchAngle,
      RandomGenerator rng) {
    int n = wards.size();
    Integer[] byDist = new Integer[n];
    double[] r = new double[n];
    double[] ang = new double[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      byDist[i] = i;
      Point p = wards.get(i).labelPoint();
      r[i] = StrictMath.hypot(p.getX() - density.oldX, p.getY() - density.oldY);
      ang[i] = StrictMath.atan2(p.getY() - density.oldY, p.getX() - density.oldX);
      total += pop[i];
    }
    Arrays.sort(byDist, Comparator.comparingDouble((Integer i) -> r[i]).thenComparingInt(i -> i));
    int[] d = new int[n];
    Arrays.fill(d, -1);
    long acc = 0;
    for (int i : byDist) {
      if (acc >= 0.4 * total) {
        break;
      }
      d[i] = 0;
      acc += pop[i];
    }
    double ray2 = notchAngle + StrictMath.PI + 0.5 * (rng.nextDouble() - 0.5);
    for (int i = 0; i < n; i++) {
      if (d[i] < 0) {
        double a = norm(ang[i] - notchAngle);
        d[i] = a < norm(ray2 - notchAngle) ? 1 : 2;
      }
    }
    List<List<Integer>> nb = neighbours(n, pairs);
    for (int k = 0; k < 3; k++) {
      if (!contiguous(d, k, nb)) {
        return null;
      }
    }
    return d;
  }

  private static double norm(double a) {
    double t = a % (2 * StrictMath.PI);
    return t < 0 ? t + 2 * StrictMath.PI : t;
  }

  private static List<List<Integer>> neighbours(int n, List<int[]> pairs) {
    List<List<Integer>> nb = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      nb.add(new ArrayList<>());
    }
    for (int[] p : pairs) {
      nb.get(p[0]).add(p[1]);
      nb.get(p[1]).add(p[0]);
    }
    return nb;
  }

  /** True when the wards of district k form one connected group (and there is at least one). */
  static boolean contiguous(int[] d, int k, List<List<Integer>> nb) {
    int start = -1;
    int size = 0;
    for (int i = 0; i < d.length; i++) {
      if (d[i] == k) {
        size++;
        if (start < 0) {
          start = i;
        }
      }
    }
    if (start < 0) {
      return false;
    }
    boolean[] seen = new boolean[d.length];
    java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
    q.add(start);
    seen[start] = true;
    int reached = 0;
    while (!q.isEmpty()) {
      int i = q.poll();
      reached++;
      for (int j : nb.get(i)) {
        if (!seen[j] && d[j] == k) {
          seen[j] = true;
          q.add(j);
        }
      }
    }
    return reached == size;
  }

  /** Districts grown over adjacency from a central and two opposite outer wards. */
  private static int[] grownDistricts(
      List<Ward> wards, List<int[]> pairs, long[] pop, Density density, RandomGenerator rng) {
    int n = wards.size();
    List<List<Integer>> nb = neighbours(n, pairs);
    double[] px = new double[n];
    double[] py = new double[n];
    for (int i = 0; i < n; i++) {
      px[i] = wards.get(i).labelPoint().getX();
      py[i] = wards.get(i).labelPoint().getY();
    }
    int centre = nearest(px, py, density.oldX, density.oldY, -1, -1);
    double a = 2 * StrictMath.PI * rng.nextDouble();
    int s1 =
        nearest(px, py, CX + 2 * R0 * StrictMath.cos(a), CY + 2 * R0 * StrictMath.sin(a), -1, -1);
    int s2 =
        nearest(
            px,
            py,
            CX + 2 * R0 * StrictMath.cos(a + StrictMath.PI),
            CY + 2 * R0 * StrictMath.sin(a + StrictMath.PI),
            -1,
            -1);
    int[] seed = {centre, s1, s2};
    // the central district is the city proper: give it the larger share of people
    double[] weight = {0.38, 0.31, 0.31};
    int[] d = new int[n];
    Arrays.fill(d, -1);
    long[] dpop = new long[3];
    double[] sx = new double[3];
    double[] sy = new double[3];
    for (int k = 0; k < 3; k++) {
      d[seed[k]] = k;
      dpop[k] += pop[seed[k]];
      sx[k] += px[seed[k]] * pop[seed[k]];
      sy[k] += py[seed[k]] * pop[seed[k]];
    }
    int assigned = 3;
    while (assigned < n) {
      int bestK = -1;
      int bestW = -1;
      double bestScore = Double.POSITIVE_INFINITY;
      for (int k = 0; k < 3; k++) {
        double fill = dpop[k] / weight[k];
        int cand = -1;
        double cd = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          if (d[i] != k) {
            continue;
          }
          for (int j : nb.get(i)) {
            if (d[j] < 0) {
              // distance to the district's population-weighted centre keeps districts compact
              double dist = StrictMath.hypot(px[j] - sx[k] / dpop[k], py[j] - sy[k] / dpop[k]);
              if (dist < cd || (dist == cd && j < cand)) {
                cd = dist;
                cand = j;
              }
            }
          }
        }
        if (cand >= 0 && fill < bestScore) {
          bestScore = fill;
          bestK = k;
          bestW = cand;
        }
      }
      if (bestK < 0) {
        // a ward with no assigned neighbour (cannot happen for a connected city): nearest seed
        for (int i = 0; i < n; i++) {
          if (d[i] < 0) {
            d[i] = 0;
            assigned++;
          }
        }
        break;
      }
      d[bestW] = bestK;
      dpop[bestK] += pop[bestW];
      sx[bestK] += px[bestW] * pop[bestW];
      sy[bestK] += py[bestW] * pop[bestW];
      assigned++;
    }
    return d;
  }

  private static int nearest(double[] px, double[] py, double x, double y, int skip1, int skip2) {
    int best = -1;
    double bd = Double.POSITIVE_INFINITY;
    for (int i = 0; i < px.length; i++) {
      if (i == skip1 || i == skip2) {
        continue;
      }
      double d = StrictMath.hypot(px[i] - x, py[i] - y);
      if (d < bd) {
        bd = d;
        best = i;
      }
    }
    return best;
  }

  private static String[] wardNames(List<Ward> wards, Density density, DemoNames names) {
    int n = wards.size();
    double[] px = new double[n];
    double[] py = new double[n];
    for (int i = 0; i < n; i++) {
      px[i] = wards.get(i).labelPoint().getX();
      py[i] = wards.get(i).labelPoint().getY();
    }
    String[] out = new String[n];
    int c1 = nearest(px, py, density.oldX, density.oldY, -1, -1);
    int c2 = nearest(px, py, density.oldX, density.oldY, c1, -1);
    out[c1] = DemoNames.CITY + " Central";
    out[c2] = DemoNames.CITY + " Minster";
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        out[i] = names.place();
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ schools

  /** Places schools where children are least served and names them. */
  private static final class SchoolPlanner {
    final Grid grid;
    final WardLayer wards;
    final Map<String, Double> kids;
    final DemoNames names;
    final RandomGenerator rng;
    final double[] childDensity;
    final double[] childCdf;
    final List<School> out = new ArrayList<>();
    final Map<String, Integer> perWard = new HashMap<>();
    int urn = 990_101;

    SchoolPlanner(
        Grid grid,
        WardLayer wards,
        Map<String, Double> kids,
        DemoNames names,
        RandomGenerator rng) {
      this.grid = grid;
      this.wards = wards;
      this.kids = kids;
      this.names = names;
      this.rng = rng;
      // children per grid cell: the ward's children shared out by density within the ward
      childDensity = new double[grid.size];
      int[] wardOf = new int[grid.size];
      double[] wardMass = new double[wards.size()];
      for (int c = 0; c < grid.size; c++) {
        wardOf[c] = wards.indexAt(new Coordinate(grid.x[c], grid.y[c]));
        if (wardOf[c] >= 0) {
          wardMass[wardOf[c]] += grid.rho[c];
        }
      }
      for (int c = 0; c < grid.size; c++) {
        int w = wardOf[c];
        if (w >= 0 && wardMass[w] > 0) {
          childDensity[c] = kids.get(wards.wards().get(w).code()) * grid.rho[c] / wardMass[w];
        }
      }
      childCdf = Grid.cdf(childDensity);
    }

    List<School> plan() {
      double children = kids.values().stream().mapToDouble(Double::doubleValue).sum();
      // primary age 4–10 ≈ 7/16 of 0–15; secondary 11–15 ≈ 5/16, plus sixth forms
      double primaryDemand = children * 7 / 16;
      double secondaryDemand = children * 5 / 16 * 1.18;
      int[] primarySizes = {210, 315, 420, 420, 420, 525, 630};
      int[] secondarySizes = {750, 900, 1050, 1200, 1350, 1500};
      place(
          Phase.SECONDARY,
          secondaryDemand * 0.9,
          secondarySizes,
          2600,
          1500,
          new String[] {"Academy", "High School", "School", "Academy", "College"});
      place(
          Phase.ALL_THROUGH,
          2 * 1500,
          new int[] {1350, 1650},
          3500,
          2500,
          new String[] {"All-Through Academy"});
      place(
          Phase.PRIMARY,
          primaryDemand,
          primarySizes,
          700,
          380,
          new String[] {
            "Primary School",
            "Primary School",
            "Primary School",
            "Primary Academy",
            "C of E Primary School",
            "Infant and Junior School",
            "Community Primary School"
          });
      // special schools and a pupil referral unit
      for (int k = 0; k < 4; k++) {
        int c = grid.draw(childCdf, rng);
        String stem = DemoNames.stemOf(wardAt(c).name());
        add(
            c,
            stem + (k % 2 == 0 ? " House School" : " Lodge School"),
            Phase.NOT_APPLICABLE,
            k % 2 == 0 ? "Community special school" : "Academy special converter",
            90 + rng.nextInt(140));
      }
      int c = grid.draw(childCdf, rng);
      add(
          c,
          DemoNames.CITY + " Pupil Referral Service",
          Phase.NOT_APPLICABLE,
          "Pupil referral unit",
          55 + rng.nextInt(30));
      // one new free school whose pupil number is not yet known (exercises the median rule)
      int f = grid.draw(childCdf, rng);
      add(f, names.street() + " Free School", Phase.PRIMARY, "Free schools", -1);
      out.sort(Comparator.comparing(School::urn));
      return out;
    }

    private void place(
        Phase phase, double demand, int[] sizes, double range, double spacing, String[] kinds) {
      double[] need = childDensity.clone();
      double scale = demand / total(childDensity);
      for (int i = 0; i < need.length; i++) {
        need[i] *= scale;
      }
      double placed = 0;
      List<double[]> mine = new ArrayList<>();
      int guard = 0;
      while (placed < demand * 0.97 && guard++ < 400) {
        // candidates: 60 random cells by density; pick the one with most unmet demand nearby
        int best = -1;
        double bestScore = -1;
        for (int t = 0; t < 60; t++) {
          int c = grid.draw(childCdf, rng);
          boolean ok = true;
          for (double[] s : mine) {
            if (StrictMath.hypot(s[0] - grid.x[c], s[1] - grid.y[c]) < spacing) {
              ok = false;
              break;
            }
          }
          if (!ok) {
            continue;
          }
          double score = 0;
          for (int i = 0; i < grid.size; i += 5) {
            score += need[i] * kernel(grid.x[i] - grid.x[c], grid.y[i] - grid.y[c], range);
          }
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        if (best < 0) {
          break;
        }
        int size = sizes[rng.nextInt(sizes.length)];
        size = (int) Math.round(size * (0.9 + 0.2 * rng.nextDouble()));
        // reduce unmet demand around the school by its size
        double kernel = 0;
        double[] k = new double[grid.size];
        for (int i = 0; i < grid.size; i++) {
          k[i] = need[i] * kernel(grid.x[i] - grid.x[best], grid.y[i] - grid.y[best], range);
          kernel += k[i];
        }
        if (kernel > 0) {
          double f = Math.min(1, size / kernel);
          for (int i = 0; i < grid.size; i++) {
            need[i] -= k[i] * f;
          }
        }
        mine.add(new double[] {grid.x[best], grid.y[best]});
        add(best, schoolName(best, phase, kinds), phase, type(phase), size);
        placed += size;
      }
    }

    /**
     * A smooth bump of radius 3·range without exp or sqrt (cheap and exact in floating point):
     * {@code (1 − d²/(3·range)²)²} inside, 0 outside.
     */
    private static double kernel(double dx, double dy, double range) {
      double q = (dx * dx + dy * dy) / (9 * range * range);
      return q >= 1 ? 0 : (1 - q) * (1 - q);
    }

    private String schoolName(int cell, Phase phase, String[] kinds) {
      Ward w = wardAt(cell);
      int count = perWard.merge(w.code() + phase, 1, Integer::sum);
      String stem =
          count == 1 && !w.name().startsWith(DemoNames.CITY)
              ? DemoNames.stemOf(w.name())
              : names.street();
      String kind = kinds[rng.nextInt(kinds.length)];
      String name = stem + " " + kind;
      for (School s : out) {
        if (s.name().equals(name)) {
          name = names.street() + " " + kind;
        }
      }
      return name;
    }

    private String type(Phase phase) {
      String[] t =
          phase == Phase.PRIMARY
              ? new String[] {
                "Community school",
                "Academy converter",
                "Voluntary aided school",
                "Academy sponsor led",
                "Voluntary controlled school"
              }
              : new String[] {
                "Academy converter", "Academy sponsor led", "Community school", "Free schools"
              };
      return t[rng.nextInt(t.length)];
    }

    private Ward wardAt(int cell) {
      int w = wards.indexAt(new Coordinate(grid.x[cell], grid.y[cell]));
      return wards.wards().get(Math.max(0, w));
    }

    private void add(int cell, String name, Phase phase, String type, int pupils) {
      // jitter within the 100 m cell so schools do not sit on a lattice
      double x = round(grid.x[cell] + (rng.nextDouble() - 0.5) * GRID * 0.8);
      double y = round(grid.y[cell] + (rng.nextDouble() - 0.5) * GRID * 0.8);
      Ward w = wards.wardAt(new Coordinate(x, y)).orElse(wardAt(cell));
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("fictional", "FICTIONAL");
      out.add(
          new School(
              Integer.toString(urn++),
              name,
              phase,
              type,
              true,
              pupils,
              GF.createPoint(new Coordinate(x, y)),
              w.districtName(),
              "",
              attrs));
    }

    private static double total(double[] w) {
      double t = 0;
      for (double v : w) {
        t += v;
      }
      return t;
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Geometry largestPolygon(Geometry g) {
    Geometry best = null;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry p = g.getGeometryN(i);
      if (p instanceof Polygon && (best == null || p.getArea() > best.getArea())) {
        best = p;
      }
    }
    return best == null ? g : best;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double gaussian(RandomGenerator rng) {
    return rng.nextGaussian();
  }
}
