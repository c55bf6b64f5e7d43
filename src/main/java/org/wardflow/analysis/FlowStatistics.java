package org.wardflow.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * Descriptive statistics of the published flows for exploring hypotheses: how far CYP travel from
 * home ward to school, how concentrated CYP are across schools, and how much of a ward's CYP go to
 * its top school. From published figures only; hidden cells are either left out or counted at the
 * midpoint of their bounds ({@link HiddenCells}), and every result says which.
 */
public final class FlowStatistics {
  /** What to do with hidden (suppressed) cells. */
  public enum HiddenCells {
    /** Leave hidden cells out. */
    EXCLUDE("hidden cells are left out"),
    /** Count each hidden cell at the midpoint of its bounds. */
    MIDPOINT("hidden cells are counted at the middle of their possible range");

    private final String note;

    HiddenCells(String note) {
      this.note = note;
    }

    /** Plain-language statement for notes on charts and exports. */
    public String note() {
      return note;
    }
  }

  private FlowStatistics() {}

  /** The weight of a cell under a treatment: published value, midpoint, or NaN when excluded. */
  private static double weight(PublishedTable t, HiddenCellBounds b, int cell, HiddenCells h) {
    PublishedValue v = t.cell(cell);
    if (v.isPublished()) {
      return v.value();
    }
    return h == HiddenCells.MIDPOINT ? b.midpoint(cell) : Double.NaN;
  }

  // ------------------------------------------------------------------ distance travelled

  /**
   * The distribution of straight-line distance from home ward (its label point) to school, weighted
   * by CYP.
   */
  public static final class DistanceDistribution {
    private final double[] distances;
    private final double[] weights;
    private final double total;
    private final Map<String, Double> medianByWard;
    private final int cellsUsed;
    private final int hiddenCells;
    private final int cellsWithoutLocation;
    private final double cypWithoutLocation;
    private final HiddenCells treatment;

    DistanceDistribution(
        double[] distances,
        double[] weights,
        Map<String, Double> medianByWard,
        int cellsUsed,
        int hiddenCells,
        int cellsWithoutLocation,
        double cypWithoutLocation,
        HiddenCells treatment) {
      this.distances = distances;
      this.weights = weights;
      double s = 0;
      for (double w : weights) {
        s += w;
      }
      this.total = s;
      this.medianByWard = Collections.unmodifiableMap(medianByWard);
      this.cellsUsed = cellsUsed;
      this.hiddenCells = hiddenCells;
      this.cellsWithoutLocation = cellsWithoutLocation;
      this.cypWithoutLocation = cypWithoutLocation;
      this.treatment = treatment;
    }

    /** Distances in metres, ascending (a fresh array). */
    public double[] distances() {
      return distances.clone();
    }

    /** CYP weight of each distance (a fresh array). */
    public double[] weights() {
      return weights.clone();
    }

    /** Total CYP weight. */
    public double totalWeight() {
      return total;
    }

    /** Weighted median distance in metres (NaN when there are no flows). */
    public double median() {
      return quantile(0.5);
    }

    /** Weighted quantile (see {@link FlowStatistics#weightedQuantile}). */
    public double quantile(double q) {
      return weightedQuantile(distances, weights, q);
    }

    /** Weighted mean distance in metres. */
    public double mean() {
      double s = 0;
      for (int i = 0; i < distances.length; i++) {
        s += distances[i] * weights[i];
      }
      return total == 0 ? Double.NaN : s / total;
    }

    /** Weighted median distance by home ward code (wards with flows only). */
    public Map<String, Double> medianByWard() {
      return medianByWard;
    }

    /** CYP weight per bin of the given width in metres, from 0 (for a histogram). */
    public double[] histogram(double binWidth) {
      if (!(binWidth > 0)) {
        throw new IllegalArgumentException("bin width must be positive");
      }
      int bins = distances.length == 0 ? 0 : (int) (distances[distances.length - 1] / binWidth) + 1;
      double[] h = new double[bins];
      for (int i = 0; i < distances.length; i++) {
        h[(int) (distances[i] / binWidth)] += weights[i];
      }
      return h;
    }

    /** Cells (ward × school pairs with CYP) used. */
    public int cellsUsed() {
      return cellsUsed;
    }

    /** Hidden cells left out or counted at midpoints, per {@link #treatment()}. */
    public int hiddenCells() {
      return hiddenCells;
    }

    /** Cells left out because the ward or school has no known location. */
    public int cellsWithoutLocation() {
      return cellsWithoutLocation;
    }

    /** Published CYP in those cells. */
    public double cypWithoutLocation() {
      return cypWithoutLocation;
    }

    /** How hidden cells were treated. */
    public HiddenCells treatment() {
      return treatment;
    }

    /**
     * A note for the chart, e.g. "Straight-line distance … ; hidden cells are left out (4 cells)".
     */
    public String note() {
      return "Straight-line distance from the home ward's label point to the school; "
          + treatment.note()
          + " ("
          + hiddenCells
          + " cells)"
          + (cellsWithoutLocation > 0
              ? "; " + cellsWithoutLocation + " cells without a known location are left out"
              : "")
          + ".";
    }
  }

  /**
   * Distance travelled from home ward to school, weighted by CYP.
   *
   * @param t the published table
   * @param wards ward layer (label points)
   * @param schools school layer (locations)
   * @param bounds bounds of hidden cells (for {@link HiddenCells#MIDPOINT})
   * @param hidden what to do with hidden cells
   */
  public static DistanceDistribution distances(
      PublishedTable t,
      WardLayer wards,
      SchoolLayer schools,
      HiddenCellBounds bounds,
      HiddenCells hidden) {
    List<double[]> all = new ArrayList<>();
    Map<String, List<double[]>> byWard = new LinkedHashMap<>();
    int used = 0;
    int hiddenCount = 0;
    int noLoc = 0;
    double cypNoLoc = 0;
    Point[] schoolPt = new Point[t.schoolUrns().size()];
    for (int c = 0; c < schoolPt.length; c++) {
      School s = schools.byUrn(t.schoolUrns().get(c)).orElse(null);
      schoolPt[c] = s != null && s.hasLocation() ? s.location() : null;
    }
    for (int r = 0; r < t.wardCodes().size(); r++) {
      String code = t.wardCodes().get(r);
      Ward w = wards.byCode(code).orElse(null);
      Point from = w == null ? null : w.labelPoint();
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        if (!t.cell(i).isPublished()) {
          hiddenCount++;
        }
        double wt = weight(t, bounds, i, hidden);
        if (Double.isNaN(wt) || wt <= 0) {
          continue;
        }
        Point to = schoolPt[t.column(i)];
        if (from == null || to == null) {
          noLoc++;
          cypNoLoc += t.cell(i).isPublished() ? wt : 0;
          continue;
        }
        double d = from.distance(to);
        double[] pair = {d, wt};
        all.add(pair);
        byWard.computeIfAbsent(code, k -> new ArrayList<>()).add(pair);
        used++;
      }
    }
    all.sort((a, b) -> Double.compare(a[0], b[0]));
    Map<String, Double> med = new LinkedHashMap<>();
    byWard.forEach(
        (code, list) -> {
          list.sort((a, b) -> Double.compare(a[0], b[0]));
          med.put(
              code,
              weightedQuantile(
                  list.stream().mapToDouble(a -> a[0]).toArray(),
                  list.stream().mapToDouble(a -> a[1]).toArray(),
                  0.5));
        });
    return new DistanceDistribution(
        all.stream().mapToDouble(a -> a[0]).toArray(),
        all.stream().mapToDouble(a -> a[1]).toArray(),
        med,
        used,
        hiddenCount,
        noLoc,
        cypNoLoc,
        hidden);
  }

  /**
   * Weighted quantile of values sorted ascending: the smallest value whose cumulative weight
   * reaches q·W; when the cumulative weight equals q·W exactly, the mean of that value and the next
   * (so that q = 0.5 with equal weights is the usual median).
   *
   * @return NaN when there is no weight
   */
  public static double weightedQuantile(double[] sorted, double[] weights, double q) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (sorted.length == 0 || total <= 0) {
      return Double.NaN;
    }
    double target = q * total;
    double cum = 0;
    double eps = 1e-9 * total;
    for (int i = 0; i < sorted.length; i++) {
      cum += weights[i];
      if (cum >= target - eps) {
        if (Math.abs(cum - target) <= eps && i + 1 < sorted.length && q > 0 && q < 1) {
          int j = i + 1;
          while (j < sorted.length && weights[j] <= 0) {
            j++;
          }
          return j < sorted.length ? (sorted[i] + sorted[j]) / 2 : sorted[i];
        }
        return sorted[i];
      }
    }
    return sorted[sorted.length - 1];
  }

  // ------------------------------------------------------------------ concentration

  /**
   * How concentrated CYP are across schools: the Lorenz curve and Gini coefficient.
   *
   * @param lorenzX cumulative share of schools (0..1), from the schools with fewest CYP
   * @param lorenzY cumulative share of CYP (0..1)
   * @param gini Gini coefficient: 0 = every school has the same number, towards 1 = all CYP in one
   *     school
   * @param values CYP per school, ascending
   * @param estimatedSchools schools whose total was hidden (estimated from cells)
   * @param treatment how hidden cells were treated for those schools
   */
  public record Concentration(
      double[] lorenzX,
      double[] lorenzY,
      double gini,
      double[] values,
      int estimatedSchools,
      HiddenCells treatment) {

    /** The share of all CYP in the {@code fraction} of schools with most CYP (e.g. 0.1). */
    public double shareOfTop(double fraction) {
      int n = values.length;
      int m = (int) Math.ceil(fraction * n);
      double total = Arrays.stream(values).sum();
      double top = 0;
      for (int i = n - m; i < n; i++) {
        top += values[i];
      }
      return total == 0 ? Double.NaN : top / total;
    }

    /** Number of schools. */
    public int schools() {
      return values.length;
    }

    /** A note for the chart. */
    public String note() {
      return "School totals as published; "
          + estimatedSchools
          + " schools with a hidden total estimated from their cells, where "
          + treatment.note()
          + ".";
    }
  }

  /**
   * Concentration of CYP across the schools of the table — and, when {@code universe} is given,
   * also its schools absent from the table (with 0 CYP).
   *
   * @param t the published table
   * @param universe schools to include with 0 when absent from the table, or null
   * @param bounds bounds of hidden cells
   * @param hidden what to do with hidden cells of schools whose total is hidden
   */
  public static Concentration concentration(
      PublishedTable t, SchoolLayer universe, HiddenCellBounds bounds, HiddenCells hidden) {
    PublishedColumns cols = PublishedColumns.of(t);
    List<Double> vals = new ArrayList<>();
    int estimated = 0;
    for (int c = 0; c < t.schoolUrns().size(); c++) {
      PublishedValue tot = t.schoolTotal(c);
      if (tot.isPublished()) {
        vals.add((double) tot.value());
        continue;
      }
      estimated++;
      double s = 0;
      for (int i = cols.start(c); i < cols.end(c); i++) {
        double w = weight(t, bounds, cols.cells[i], hidden);
        if (!Double.isNaN(w)) {
          s += w;
        }
      }
      vals.add(s);
    }
    if (universe != null) {
      for (School s : universe.schools()) {
        if (t.schoolIndex(s.urn()) < 0) {
          vals.add(0.0);
        }
      }
    }
    double[] v = vals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    double total = Arrays.stream(v).sum();
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    double cum = 0;
    double g = 0;
    for (int i = 0; i < n; i++) {
      cum += v[i];
      x[i + 1] = (i + 1) / (double) n;
      y[i + 1] = total == 0 ? 0 : cum / total;
      g += (2.0 * (i + 1) - n - 1) * v[i];
    }
    double gini = n == 0 || total == 0 ? Double.NaN : g / (n * total);
    return new Concentration(x, y, gini, v, estimated, hidden);
  }

  // ------------------------------------------------------------------ top school share

  /**
   * The share of a ward's CYP attending its top school.
   *
   * @param wardCode the ward
   * @param topSchoolUrn the school with most of the ward's CYP (first by URN when tied)
   * @param tiedSchools how many schools share the top count
   * @param topCount CYP from the ward at that school
   * @param wardTotal the ward's CYP: its published total, else the sum of its cells used
   * @param share topCount / wardTotal (NaN when the total is 0)
   * @param estimated true when hidden cells (at midpoints) or a hidden ward total are involved
   */
  public record WardTopSchool(
      String wardCode,
      String topSchoolUrn,
      int tiedSchools,
      double topCount,
      double wardTotal,
      double share,
      boolean estimated) {}

  /**
   * For every ward of the table, the share of its CYP in its top school.
   *
   * @param t the published table
   * @param bounds bounds of hidden cells
   * @param hidden what to do with hidden cells
   */
  public static List<WardTopSchool> topSchoolShares(
      PublishedTable t, HiddenCellBounds bounds, HiddenCells hidden) {
    List<WardTopSchool> out = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      double best = -1;
      String bestUrn = null;
      int tied = 0;
      double sum = 0;
      boolean est = false;
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        double w = weight(t, bounds, i, hidden);
        if (Double.isNaN(w)) {
          continue;
        }
        if (!t.cell(i).isPublished()) {
          est = true;
        }
        sum += w;
        String urn = t.schoolUrns().get(t.column(i));
        if (w > best) {
          best = w;
          bestUrn = urn;
          tied = 1;
        } else if (w == best) {
          tied++;
          if (urn.compareTo(bestUrn) < 0) {
            bestUrn = urn;
          }
        }
      }
      if (bestUrn == null || best <= 0) {
        continue;
      }
      PublishedValue wt = t.wardTotal(r);
      double total = wt.isPublished() ? wt.value() : sum;
      if (!wt.isPublished()) {
        est = true;
      }
      out.add(
          new WardTopSchool(
              t.wardCodes().get(r),
              bestUrn,
              tied,
              best,
              total,
              total > 0 ? best / total : Double.NaN,
              est));
    }
    return out;
  }
}
