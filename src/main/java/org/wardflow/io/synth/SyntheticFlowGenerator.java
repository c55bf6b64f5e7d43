package org.wardflow.io.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.wardflow.io.ImportReport;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;

/**
 * Makes SYNTHETIC ward → school flow tables for any geography — no real table of children and young
 * people exists to ship, so the demo and the tests use these.
 *
 * <ol>
 *   <li><b>Children per ward</b> from a children indicator; else population × {@code childShare};
 *       else {@code defaultWardPopulation × childShare}. Every assumption is reported.
 *   <li><b>School places by phase</b> from pupil numbers; schools with unknown pupils get the
 *       median of their phase (reported). Primary-age schools take primary pupils, secondary-age
 *       schools secondary pupils; all-through, special and independent all-age schools split theirs
 *       ({@code allThroughPrimaryShare}); pupil referral units count as secondary. Nursery, 16 plus
 *       and other establishments are left out (reported).
 *   <li><b>Doubly-constrained gravity model</b> per phase ({@link GravityModel}): rows are the
 *       phase's pupils shared out to wards in proportion to children, columns are the schools'
 *       pupils, the seed is the distance decay between the ward's label point and the school
 *       (distance floored by the ward's own size: {@code √(d² + r²)}, {@code r = ⅔·√(area/π)}, the
 *       mean distance to the centre of a disc of the ward's area). Balanced by Furness iteration,
 *       then {@link ControlledRounding} gives integers with every row and column total kept.
 *   <li><b>CYP involved in violence</b>: a smooth, skewed ward rate field (see {@link
 *       SyntheticParameters}) and Poisson counts per ward × school cell ({@link
 *       PoissonDistribution} on a seeded {@link Well19937c}), capped at the cell's pupils.
 * </ol>
 *
 * <p>Deterministic for a seed and a geography (iteration orders are fixed; maths uses {@link
 * StrictMath}). All outputs carry {@code synthetic=true}, a title containing SYNTHETIC and the
 * parameters in their metadata.
 */
public final class SyntheticFlowGenerator {
  /** Age band of primary-age pupils in the synthetic tables. */
  public static final String PRIMARY_BAND = "4-10";

  /** Age band of secondary-age pupils in the synthetic tables. */
  public static final String SECONDARY_BAND = "11-18";

  /** Group of the all-pupils table. */
  public static final String GROUP_PUPILS = "all pupils";

  /** Group of the CYP table. */
  public static final String GROUP_CYP = "involved in violence";

  private SyntheticFlowGenerator() {}

  /** How a school takes part in the model. */
  private enum Role {
    PRIMARY,
    SECONDARY,
    BOTH,
    NONE
  }

  /**
   * Generates the synthetic tables.
   *
   * @param geo wards and schools
   * @param children children aged 0–15 per ward, or null
   * @param population usual residents per ward, or null (used where children are missing)
   * @param p parameters
   * @return the tables, the true rate and the report
   * @throws IllegalArgumentException when the geography has no wards or no usable schools
   */
  public static SyntheticFlows generate(
      Geography geo, WardIndicator children, WardIndicator population, SyntheticParameters p) {
    ImportReport report = new ImportReport(null, "synthetic flows (SYNTHETIC)");
    List<Ward> wards = geo.wards().wards();
    int n = wards.size();
    if (n == 0) {
      throw new IllegalArgumentException("the geography has no wards");
    }
    double[] kids = children(wards, children, population, p, report);

    // ------------------------------------------------------------ schools and places
    List<School> used = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    Map<String, Integer> left = new LinkedHashMap<>();
    for (School s : geo.schools().schools()) {
      Role r = role(s);
      if (!s.hasLocation()) {
        left.merge("no location", 1, Integer::sum);
      } else if (r == Role.NONE) {
        left.merge(s.phase().label(), 1, Integer::sum);
      } else {
        used.add(s);
        roles.add(r);
      }
    }
    if (!left.isEmpty()) {
      StringBuilder sb = new StringBuilder("Schools left out of the model: ");
      left.forEach((k, v) -> sb.append(v).append(" (").append(k).append("), "));
      sb.setLength(sb.length() - 2);
      report.info(
          "",
          sb.append(
                  ". Nursery, 16 plus, colleges and other providers are not"
                      + " destinations of the school-age model.")
              .toString());
    }
    int m = used.size();
    if (m == 0) {
      throw new IllegalArgumentException(
          "the geography has no located primary or secondary schools");
    }
    double[] pupils = pupils(used, roles, report);
    double[] primCol = new double[m];
    double[] secCol = new double[m];
    for (int j = 0; j < m; j++) {
      switch (roles.get(j)) {
        case PRIMARY -> primCol[j] = pupils[j];
        case SECONDARY -> secCol[j] = pupils[j];
        case BOTH -> {
          // integer split so column targets stay whole numbers
          int prim = (int) Math.round(pupils[j] * p.allThroughPrimaryShare());
          primCol[j] = prim;
          secCol[j] = pupils[j] - prim;
        }
        case NONE -> {
          // not used
        }
      }
    }

    // ------------------------------------------------------------ distances
    double[][] dist = distances(wards, used);

    Map<String, String> meta = new LinkedHashMap<>(p.toMetadata());
    meta.put("geography", geo.info().title());
    meta.put("model", "doubly-constrained gravity model, Furness balancing, controlled rounding");
    int[][] primary = phase("primary", kids, primCol, dist, p.primaryDecay(), p, report, meta);
    int[][] secondary = phase("secondary", kids, secCol, dist, p.secondaryDecay(), p, report, meta);

    String where = geo.info().title().isBlank() ? "" : " — " + geo.info().title();
    DatasetInfo pupilsInfo =
        new DatasetInfo(
            "SYNTHETIC all pupils by home ward and school (gravity model)" + where,
            "Wardflow synthetic flow generator",
            "",
            geo.info().fictional(),
            true,
            meta);
    FlowTable.Builder pb = FlowTable.builder(pupilsInfo);
    long[] secByWard = new long[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (primary[i][j] > 0) {
          pb.add(
              wards.get(i).code(),
              used.get(j).urn(),
              null,
              PRIMARY_BAND,
              GROUP_PUPILS,
              primary[i][j]);
        }
        if (secondary[i][j] > 0) {
          pb.add(
              wards.get(i).code(),
              used.get(j).urn(),
              null,
              SECONDARY_BAND,
              GROUP_PUPILS,
              secondary[i][j]);
          secByWard[i] += secondary[i][j];
        }
      }
    }

    // ------------------------------------------------------------ rate field
    double[] rate = rateField(wards, kids, secByWard, geo.wards().extent(), p, report);
    Map<String, Double> rateMap = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      rateMap.put(wards.get(i).code(), rate[i]);
    }
    DatasetInfo rateInfo =
        new DatasetInfo(
            "SYNTHETIC true rate of CYP involved in violence" + where,
            "Wardflow synthetic flow generator",
            "",
            geo.info().fictional(),
            true,
            meta);
    WardIndicator trueRate =
        new WardIndicator(
            "SYNTHETIC rate of CYP involved in violence per 1,000 secondary-age pupils",
            "per 1,000",
            rateInfo,
            rateMap);

    // ------------------------------------------------------------ Poisson draws
    RandomGenerator rng = new Well19937c(p.seed() * 0x9E3779B97F4A7C15L + 0x5DEECE66DL);
    Map<String, String> cypMeta = new LinkedHashMap<>(meta);
    DatasetInfo cypInfo =
        new DatasetInfo(
            "SYNTHETIC children and young people involved in violence by home ward and school"
                + where,
            "Wardflow synthetic flow generator",
            "",
            geo.info().fictional(),
            true,
            cypMeta);
    FlowTable.Builder cb = FlowTable.builder(cypInfo);
    long cypTotal = 0;
    long capped = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        for (int ph = 0; ph < 2; ph++) {
          int cell = ph == 0 ? primary[i][j] : secondary[i][j];
          if (cell <= 0) {
            continue;
          }
          double lambda = cell * rate[i] / 1000.0 * (ph == 0 ? p.primaryRateFactor() : 1.0);
          if (!(lambda > 0)) {
            continue;
          }
          int k =
              new PoissonDistribution(
                      rng,
                      lambda,
                      PoissonDistribution.DEFAULT_EPSILON,
                      PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                  .sample();
          if (k > cell) {
            capped += k - cell;
            k = cell;
          }
          if (k > 0) {
            cb.add(
                wards.get(i).code(),
                used.get(j).urn(),
                null,
                ph == 0 ? PRIMARY_BAND : SECONDARY_BAND,
                GROUP_CYP,
                k);
            cypTotal += k;
          }
        }
      }
    }
    if (capped > 0) {
      report.info("", capped + " Poisson draws above a cell's pupils were capped at the pupils.");
    }
    report.info(
        "",
        "SYNTHETIC CYP involved in violence: "
            + cypTotal
            + " in "
            + cb.size()
            + " ward × school × age band cells (seed "
            + p.seed()
            + ").");
    report.count("synthetic CYP", cypTotal);

    WardIndicator childrenUsed =
        new WardIndicator(
            "Children aged 0–15 used by the synthetic model",
            "people",
            new DatasetInfo(
                "Children per ward (synthetic model input)",
                children != null ? children.source().title() : "assumption",
                "",
                geo.info().fictional(),
                children == null,
                Map.of()),
            toMap(wards, kids));
    return new SyntheticFlows(pb.build(), cb.build(), trueRate, childrenUsed, p, report);
  }

  private static Map<String, Double> toMap(List<Ward> wards, double[] v) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < wards.size(); i++) {
      m.put(wards.get(i).code(), v[i]);
    }
    return m;
  }

  // ------------------------------------------------------------------ children

  static double[] children(
      List<Ward> wards,
      WardIndicator children,
      WardIndicator population,
      SyntheticParameters p,
      ImportReport report) {
    int n = wards.size();
    double[] kids = new double[n];
    Arrays.fill(kids, Double.NaN);
    int fromChildren = 0;
    int fromPopulation = 0;
    for (int i = 0; i < n; i++) {
      String code = wards.get(i).code();
      OptionalDouble c = children == null ? OptionalDouble.empty() : children.valueOf(code);
      if (c.isPresent() && c.getAsDouble() >= 0) {
        kids[i] = c.getAsDouble();
        fromChildren++;
        continue;
      }
      OptionalDouble pop = population == null ? OptionalDouble.empty() : population.valueOf(code);
      if (pop.isPresent() && pop.getAsDouble() >= 0) {
        kids[i] = pop.getAsDouble() * p.childShare();
        fromPopulation++;
      }
    }
    int missing = n - fromChildren - fromPopulation;
    double fill;
    String how;
    if (fromChildren + fromPopulation > 0) {
      double[] known = Arrays.stream(kids).filter(v -> !Double.isNaN(v)).sorted().toArray();
      fill = median(known);
      how = "the median of the other wards (" + fmt(fill) + ")";
    } else {
      fill = p.defaultWardPopulation() * p.childShare();
      how =
          fmt(p.childShare() * 100)
              + "% of an assumed ward population of "
              + fmt(p.defaultWardPopulation())
              + " ("
              + fmt(fill)
              + ")";
    }
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(kids[i])) {
        kids[i] = fill;
      }
    }
    if (fromChildren > 0) {
      report.info(
          "",
          "Children per ward from "
              + children.name()
              + " for "
              + fromChildren
              + " of "
              + n
              + " wards.");
    }
    if (fromPopulation > 0) {
      report.warn(
          "",
          "ASSUMPTION: children in "
              + fromPopulation
              + " wards estimated as "
              + fmt(p.childShare() * 100)
              + "% of their population.");
    }
    if (missing > 0) {
      report.warn(
          "",
          "ASSUMPTION: "
              + missing
              + " of "
              + n
              + " wards have no children or population figure; each was given "
              + how
              + " children.");
    }
    double total = Arrays.stream(kids).sum();
    if (!(total > 0)) {
      Arrays.fill(kids, 1);
      report.warn("", "ASSUMPTION: no ward has children; all wards weighted equally.");
    }
    return kids;
  }

  // ------------------------------------------------------------------ schools

  private static Role role(School s) {
    Phase ph = s.phase();
    if (ph == Phase.ALL_THROUGH) {
      return Role.BOTH;
    }
    if (ph.isPrimaryAge()) {
      return Role.PRIMARY;
    }
    if (ph.isSecondaryAge()) {
      return Role.SECONDARY;
    }
    if (ph == Phase.NOT_APPLICABLE || ph == Phase.UNKNOWN) {
      String t = s.type().toLowerCase(Locale.ROOT);
      if (t.contains("pupil referral") || t.contains("alternative provision")) {
        return Role.SECONDARY;
      }
      if (t.contains("special") || t.contains("independent")) {
        return Role.BOTH;
      }
    }
    return Role.NONE;
  }

  private static double[] pupils(List<School> used, List<Role> roles, ImportReport report) {
    int m = used.size();
    double[] out = new double[m];
    Map<Role, List<Double>> known = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      if (used.get(j).pupils() >= 0) {
        known
            .computeIfAbsent(roles.get(j), r -> new ArrayList<>())
            .add((double) used.get(j).pupils());
      }
    }
    Map<Role, Integer> filled = new LinkedHashMap<>();
    Map<Role, Double> medians = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      School s = used.get(j);
      if (s.pupils() >= 0) {
        out[j] = s.pupils();
      } else {
        Role r = roles.get(j);
        double med =
            medians.computeIfAbsent(
                r,
                k -> {
                  List<Double> l = known.get(k);
                  double v =
                      l == null || l.isEmpty()
                          ? (k == Role.PRIMARY ? 300 : k == Role.SECONDARY ? 900 : 150)
                          : median(l.stream().mapToDouble(Double::doubleValue).sorted().toArray());
                  return Math.rint(v);
                });
        out[j] = med;
        filled.merge(r, 1, Integer::sum);
      }
    }
    filled.forEach(
        (r, k) ->
            report.warn(
                "",
                "ASSUMPTION: "
                    + k
                    + (r == Role.BOTH
                        ? " all-age schools (all-through, special or independent)"
                        : " " + r.name().toLowerCase(Locale.ROOT) + " schools")
                    + " have no pupil number; each was given the median of its kind ("
                    + fmt(medians.get(r))
                    + ")."));
    return out;
  }

  // ------------------------------------------------------------------ model

  static double[][] distances(List<Ward> wards, List<School> schools) {
    int n = wards.size();
    int m = schools.size();
    double[][] d = new double[n][m];
    for (int i = 0; i < n; i++) {
      Ward w = wards.get(i);
      Point o = w.labelPoint() != null ? w.labelPoint() : w.geometry().getInteriorPoint();
      double r = 2.0 / 3.0 * StrictMath.sqrt(w.geometry().getArea() / Math.PI);
      for (int j = 0; j < m; j++) {
        Point s = schools.get(j).location();
        double dx = o.getX() - s.getX();
        double dy = o.getY() - s.getY();
        d[i][j] = StrictMath.sqrt(dx * dx + dy * dy + r * r);
      }
    }
    return d;
  }

  private static int[][] phase(
      String name,
      double[] kids,
      double[] cols,
      double[][] dist,
      DistanceDecay decay,
      SyntheticParameters p,
      ImportReport report,
      Map<String, String> meta) {
    int n = kids.length;
    int m = cols.length;
    double total = 0;
    for (double c : cols) {
      total += c;
    }
    int[] colTargets = new int[m];
    for (int j = 0; j < m; j++) {
      colTargets[j] = (int) Math.round(cols[j]);
    }
    if (total <= 0) {
      report.info("", "No " + name + " places: no " + name + " flows.");
      return new int[n][m];
    }
    double kidsTotal = 0;
    for (double k : kids) {
      kidsTotal += k;
    }
    double[] rows = new double[n];
    for (int i = 0; i < n; i++) {
      rows[i] = total * kids[i] / kidsTotal;
    }
    GravityModel.Result r =
        GravityModel.balance(
            rows, cols, GravityModel.weights(dist, decay), p.tolerance(), p.maxIterations());
    double mean = GravityModel.meanDistance(r.flows(), dist);
    meta.put(name + "_iterations", Integer.toString(r.iterations()));
    meta.put(name + "_mean_trip_m", Long.toString(Math.round(mean)));
    String msg =
        String.format(
            Locale.ROOT,
            "%s: %d pupils in %d wards → %d schools; decay %s; Furness balancing %s after %d"
                + " iterations (largest relative error %.1e); mean straight-line trip %.2f km.",
            capital(name),
            Math.round(total),
            n,
            Arrays.stream(colTargets).filter(v -> v > 0).count(),
            decay,
            r.converged() ? "converged" : "did NOT converge",
            r.iterations(),
            r.maxRelativeError(),
            mean / 1000);
    if (r.converged()) {
      report.info("", msg);
    } else {
      report.warn("", msg);
    }
    return ControlledRounding.round(r.flows(), colTargets);
  }

  private static double[] rateField(
      List<Ward> wards,
      double[] kids,
      long[] secPupils,
      Envelope extent,
      SyntheticParameters p,
      ImportReport report) {
    int n = wards.size();
    RandomGenerator rng = new Well19937c(p.seed());
    double diag = StrictMath.hypot(extent.getWidth(), extent.getHeight());
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Point pt = wards.get(i).labelPoint();
      x[i] = pt.getX();
      y[i] = pt.getY();
    }
    double kidsTotal = Arrays.stream(kids).sum();
    double[] logRate = new double[n];
    StringBuilder where = new StringBuilder();
    for (int k = 0; k < p.hotspots(); k++) {
      // centre: a ward drawn in proportion to its children
      double u = rng.nextDouble() * kidsTotal;
      int c = 0;
      double acc = 0;
      for (int i = 0; i < n; i++) {
        acc += kids[i];
        if (u < acc) {
          c = i;
          break;
        }
        c = i;
      }
      double amp = p.hotspotStrength() * (0.6 + 0.4 * rng.nextDouble());
      double sigma = p.hotspotRadius() * diag * (0.7 + 0.6 * rng.nextDouble());
      for (int i = 0; i < n; i++) {
        double dx = x[i] - x[c];
        double dy = y[i] - y[c];
        logRate[i] += amp * StrictMath.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      }
      where.append(k == 0 ? "" : ", ").append(wards.get(c).name());
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double w = secPupils[i] > 0 ? secPupils[i] : kids[i];
      num += w * StrictMath.exp(logRate[i]);
      den += w;
    }
    double base = den > 0 && num > 0 ? p.cypRatePerThousand() * den / num : p.cypRatePerThousand();
    double[] rate = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      rate[i] = base * StrictMath.exp(logRate[i]);
      max = Math.max(max, rate[i]);
    }
    report.info(
        "",
        String.format(
            Locale.ROOT,
            "SYNTHETIC rate field: %d hotspot(s)%s; base %.1f, highest %.1f per 1,000"
                + " secondary-age pupils (pupil-weighted mean %.1f).",
            p.hotspots(),
            p.hotspots() == 0 ? "" : " centred on " + where,
            base,
            max,
            p.cypRatePerThousand()));
    return rate;
  }

  // ------------------------------------------------------------------ helpers

  private static double median(double[] sorted) {
    int k = sorted.length;
    if (k == 0) {
      return 0;
    }
    return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
