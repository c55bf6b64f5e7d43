package org.wardflow.ui.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.analysis.FlowStatistics;
import org.wardflow.analysis.FlowStatistics.Concentration;
import org.wardflow.analysis.FlowStatistics.DistanceDistribution;
import org.wardflow.analysis.FlowStatistics.HiddenCells;
import org.wardflow.analysis.FlowStatistics.WardTopSchool;
import org.wardflow.analysis.HiddenCellBounds;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.charts.ChartData.Point;
import org.wardflow.ui.charts.ChartData.Series;

/**
 * The view model of the hypothesis charts: distance travelled home ward → school (distribution and
 * median by ward), concentration of CYP across schools (Lorenz curve, Gini) and the share of a
 * ward's CYP in its top school. Figures come from {@link FlowStatistics} on the published table
 * only; hidden cells are left out or counted at the middle of their range ({@link
 * #hiddenCellsProperty()}), and every chart says which. Toolkit-free; call it from one thread.
 */
public final class ChartsViewModel {
  /** Name of the Lorenz curve series. */
  public static final String LORENZ_SERIES = "Lorenz curve";

  /** Name of the line of equality series. */
  public static final String EQUALITY_SERIES = "Line of equality";

  /** Number of top-school-share bands (10 percentage points each). */
  static final int SHARE_BANDS = 10;

  /** Share of hidden or estimated figures from which a chart carries a caution. */
  static final double CAUTION_SHARE = 0.25;

  private static final String DIST_X = "Straight-line distance, home ward → school (km)";
  private static final String MEDIAN_Y = "Median distance to school (km)";
  private static final String LORENZ_X = "Schools, cumulative % (fewest CYP first)";
  private static final String LORENZ_Y = "CYP, cumulative % (published)";
  private static final String TOP_X = "Share of the ward's CYP in its top school (%)";

  private final ObjectProperty<PublishedTable> table = new SimpleObjectProperty<>(this, "table");
  private final ObjectProperty<Geography> geography = new SimpleObjectProperty<>(this, "geography");
  private final ObjectProperty<HiddenCells> hiddenCells =
      new SimpleObjectProperty<>(this, "hiddenCells", HiddenCells.EXCLUDE);
  private final DoubleProperty binWidthKm = new SimpleDoubleProperty(this, "binWidthKm", 1.0);
  private final BooleanProperty includeSchoolsWithoutCyp =
      new SimpleBooleanProperty(this, "includeSchoolsWithoutCyp");
  private final StringProperty protectiveMarking =
      new SimpleStringProperty(this, "protectiveMarking", "");
  private final ReadOnlyObjectWrapper<Map<ChartKind, ChartData>> charts =
      new ReadOnlyObjectWrapper<>(this, "charts", Map.of());
  private final ReadOnlyStringWrapper dataLabel = new ReadOnlyStringWrapper(this, "dataLabel", "");

  /**
   * Creates the view model.
   *
   * @param tableSource the published table (may hold null)
   * @param geographySource ward label points and school locations (may hold null)
   */
  public ChartsViewModel(
      ObservableValue<PublishedTable> tableSource, ObservableValue<Geography> geographySource) {
    table.bind(Objects.requireNonNull(tableSource, "tableSource"));
    geography.bind(Objects.requireNonNull(geographySource, "geographySource"));
    for (Observable o :
        new Observable[] {table, geography, hiddenCells, binWidthKm, includeSchoolsWithoutCyp}) {
      o.addListener(x -> recompute());
    }
    recompute();
  }

  /** The published table charted. */
  public ReadOnlyObjectProperty<PublishedTable> tableProperty() {
    return table;
  }

  /** How hidden cells enter the figures (left out by default). */
  public ObjectProperty<HiddenCells> hiddenCellsProperty() {
    return hiddenCells;
  }

  /** Width of a distance band of the histogram, km (default 1). */
  public DoubleProperty binWidthKmProperty() {
    return binWidthKm;
  }

  /** Whether the Lorenz curve counts the geography's schools with no CYP (as zeros). */
  public BooleanProperty includeSchoolsWithoutCypProperty() {
    return includeSchoolsWithoutCyp;
  }

  /** Protective marking written at the top of exports (empty for none). */
  public StringProperty protectiveMarkingProperty() {
    return protectiveMarking;
  }

  /** All charts, recomputed when an input changes. */
  public ReadOnlyObjectProperty<Map<ChartKind, ChartData>> chartsProperty() {
    return charts.getReadOnlyProperty();
  }

  /** One chart. */
  public ChartData chart(ChartKind kind) {
    return charts.get().get(kind);
  }

  /** FICTIONAL / SYNTHETIC label of the table and geography, or empty. */
  public ReadOnlyStringProperty dataLabelProperty() {
    return dataLabel.getReadOnlyProperty();
  }

  /** The caveat every chart and export carries. */
  public String caveat() {
    return MainViewModel.CAVEAT;
  }

  // ---- computation --------------------------------------------------------------------------

  private void recompute() {
    PublishedTable t = table.get();
    Geography g = geography.get();
    dataLabel.set(label(t, g));
    Map<ChartKind, ChartData> out = new EnumMap<>(ChartKind.class);
    if (t == null || g == null) {
      out.put(ChartKind.DISTANCE, ChartData.empty(ChartKind.DISTANCE, DIST_X, "CYP", true));
      out.put(
          ChartKind.MEDIAN_BY_WARD,
          ChartData.empty(ChartKind.MEDIAN_BY_WARD, "Home ward", MEDIAN_Y, true));
      out.put(ChartKind.LORENZ, ChartData.empty(ChartKind.LORENZ, LORENZ_X, LORENZ_Y, false));
      out.put(
          ChartKind.TOP_SCHOOL_SHARE,
          ChartData.empty(ChartKind.TOP_SCHOOL_SHARE, TOP_X, "Wards", true));
      charts.set(Collections.unmodifiableMap(out));
      return;
    }
    HiddenCells h = hiddenCells.get();
    HiddenCellBounds bounds = HiddenCellBounds.fromPolicy(t);
    DistanceDistribution dist = FlowStatistics.distances(t, g.wards(), g.schools(), bounds, h);
    out.put(ChartKind.DISTANCE, distance(dist, h));
    out.put(ChartKind.MEDIAN_BY_WARD, medianByWard(dist, g, h));
    Concentration conc =
        FlowStatistics.concentration(
            t, includeSchoolsWithoutCyp.get() ? g.schools() : null, bounds, h);
    out.put(ChartKind.LORENZ, lorenz(conc));
    out.put(ChartKind.TOP_SCHOOL_SHARE, topShare(FlowStatistics.topSchoolShares(t, bounds, h), h));
    charts.set(Collections.unmodifiableMap(out));
  }

  private static String cypWord(HiddenCells h) {
    return h == HiddenCells.MIDPOINT
        ? "CYP (published; hidden cells at midpoints)"
        : "CYP (published)";
  }

  private ChartData distance(DistanceDistribution d, HiddenCells h) {
    double w = binWidthKm.get() > 0 ? binWidthKm.get() : 1.0;
    double[] hist = d.histogram(w * 1000);
    List<Point> pts = new ArrayList<>();
    for (int i = 0; i < hist.length; i++) {
      String band = km(i * w) + "–" + km((i + 1) * w);
      pts.add(new Point(band, Double.NaN, hist[i], band + " km: " + fmt(hist[i]) + " CYP"));
    }
    String title =
        d.totalWeight() > 0
            ? String.format(
                Locale.UK,
                "How far do CYP travel to school? Median %.1f km (%s CYP)",
                d.median() / 1000,
                fmt(d.totalWeight()))
            : "How far do CYP travel to school? No flows with known locations";
    List<String> notes = new ArrayList<>();
    notes.add(d.note());
    if (d.totalWeight() > 0) {
      notes.add(
          String.format(
              Locale.UK,
              "Mean %.1f km; a quarter travel more than %.1f km, a tenth more than %.1f km.",
              d.mean() / 1000,
              d.quantile(0.75) / 1000,
              d.quantile(0.9) / 1000));
    }
    boolean whole = true;
    for (double v : hist) {
      whole &= v == Math.rint(v);
    }
    return new ChartData(
        ChartKind.DISTANCE,
        title,
        DIST_X + ", bands of " + km(w) + " km",
        cypWord(h),
        true,
        List.of(new Series(cypWord(h), pts)),
        notes,
        cellCaution(d.hiddenCells(), h),
        whole);
  }

  /** Cells with CYP: published non-zero cells and hidden cells (public facts). */
  private int cellsWithCyp() {
    PublishedTable t = table.get();
    int n = 0;
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cellStatus(i).hidden() ? t.cell(i).isSuppressed() : t.cellValue(i) > 0) {
        n++;
      }
    }
    return n;
  }

  private String cellCaution(int hidden, HiddenCells h) {
    int all = cellsWithCyp();
    if (all == 0 || hidden < CAUTION_SHARE * all) {
      return "";
    }
    int k = table.get().policy().k();
    return h == HiddenCells.EXCLUDE
        ? String.format(
            Locale.UK,
            "Caution: %,d of %,d cells with CYP are hidden at k = %d and left out, so this chart"
                + " shows only the published remainder. Choose \"Hidden cells: at the middle of"
                + " their range\" to include them as estimates.",
            hidden,
            all,
            k)
        : String.format(
            Locale.UK,
            "Caution: %,d of %,d cells with CYP are hidden at k = %d; they are counted at the"
                + " middle of their range, so this chart is largely an estimate.",
            hidden,
            all,
            k);
  }

  private ChartData medianByWard(DistanceDistribution d, Geography g, HiddenCells h) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(d.medianByWard().entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
    Map<String, Integer> nameCount = new HashMap<>();
    for (Map.Entry<String, Double> e : entries) {
      nameCount.merge(wardName(g, e.getKey()), 1, Integer::sum);
    }
    List<Point> pts = new ArrayList<>();
    for (Map.Entry<String, Double> e : entries) {
      String name = wardName(g, e.getKey());
      String cat = nameCount.get(name) > 1 ? name + " (" + e.getKey() + ")" : name;
      double km = e.getValue() / 1000;
      pts.add(
          new Point(
              cat,
              Double.NaN,
              km,
              String.format(Locale.UK, "%s (%s): median %.2f km", name, e.getKey(), km)));
    }
    String title =
        pts.isEmpty()
            ? "Median distance to school by home ward — no flows with known locations"
            : String.format(
                Locale.UK,
                "Median distance to school by home ward — %s, %.1f to %.1f km",
                plural(pts.size(), "ward"),
                pts.get(pts.size() - 1).y(),
                pts.get(0).y());
    return new ChartData(
        ChartKind.MEDIAN_BY_WARD,
        title,
        "Home ward (sorted by median distance, longest first)",
        MEDIAN_Y,
        true,
        List.of(new Series("Median distance (" + cypWord(h) + ")", pts)),
        List.of(
            d.note(),
            h == HiddenCells.EXCLUDE
                ? "Only wards with published CYP in at least one located school are shown."
                : "Wards with CYP in at least one located school are shown."),
        cellCaution(d.hiddenCells(), h),
        false);
  }

  private static String wardName(Geography g, String code) {
    return g.wards().byCode(code).map(Ward::name).orElse(code);
  }

  private ChartData lorenz(Concentration c) {
    double[] x = c.lorenzX();
    double[] y = c.lorenzY();
    List<Point> curve = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      curve.add(
          new Point(
              null,
              x[i] * 100,
              y[i] * 100,
              String.format(
                  Locale.UK, "%.1f%% of schools have %.1f%% of CYP", x[i] * 100, y[i] * 100)));
    }
    List<Point> equality =
        List.of(
            new Point(null, 0, 0, "Line of equality"),
            new Point(null, 100, 100, "Line of equality"));
    String title =
        Double.isNaN(c.gini())
            ? "Concentration of CYP across schools — no CYP"
            : String.format(
                Locale.UK,
                "Concentration of CYP across schools — Gini %.2f (%s)",
                c.gini(),
                plural(c.schools(), "school"));
    List<String> notes = new ArrayList<>();
    notes.add(c.note());
    if (!Double.isNaN(c.gini())) {
      notes.add(
          String.format(
              Locale.UK,
              "The 10%% of schools with most CYP have %.0f%% of them; Gini 0 = every school has"
                  + " the same number, 1 = all in one school.",
              c.shareOfTop(0.1) * 100));
    }
    notes.add(
        includeSchoolsWithoutCyp.get()
            ? "Schools of the geography with no CYP in the table are counted as 0."
            : "Only schools in the published table are counted.");
    return new ChartData(
        ChartKind.LORENZ,
        title,
        LORENZ_X,
        c.treatment() == HiddenCells.MIDPOINT
            ? "CYP, cumulative % (published; hidden cells at midpoints)"
            : LORENZ_Y,
        false,
        List.of(new Series(LORENZ_SERIES, curve), new Series(EQUALITY_SERIES, equality)),
        notes,
        lorenzCaution(c),
        false);
  }

  private String lorenzCaution(Concentration c) {
    if (c.schools() == 0 || c.estimatedSchools() < CAUTION_SHARE * c.schools()) {
      return "";
    }
    return String.format(
        Locale.UK,
        "Caution: %,d of %,d school totals are hidden at k = %d and estimated from their cells"
            + " (%s), so the curve reflects disclosure control as much as the data.",
        c.estimatedSchools(),
        c.schools(),
        table.get().policy().k(),
        c.treatment().note());
  }

  private ChartData topShare(List<WardTopSchool> shares, HiddenCells h) {
    int[] counts = new int[SHARE_BANDS];
    int estimated = 0;
    double[] values = new double[shares.size()];
    int n = 0;
    for (WardTopSchool s : shares) {
      if (Double.isNaN(s.share())) {
        continue;
      }
      values[n++] = s.share();
      counts[Math.min(SHARE_BANDS - 1, (int) Math.floor(s.share() * SHARE_BANDS))]++;
      if (s.estimated()) {
        estimated++;
      }
    }
    List<Point> pts = new ArrayList<>();
    int step = 100 / SHARE_BANDS;
    for (int i = 0; i < SHARE_BANDS; i++) {
      String band = (i * step) + "–" + ((i + 1) * step) + "%";
      pts.add(new Point(band, Double.NaN, counts[i], band + ": " + counts[i] + " wards"));
    }
    double[] v = java.util.Arrays.copyOf(values, n);
    java.util.Arrays.sort(v);
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    double median = FlowStatistics.weightedQuantile(v, ones, 0.5);
    String title =
        n == 0
            ? "Share of a ward's CYP in its top school — no wards with CYP"
            : String.format(
                Locale.UK,
                "Share of a ward's CYP in its top school — median %.0f%% (%s)",
                median * 100,
                plural(n, "ward"));
    List<String> notes = new ArrayList<>();
    notes.add(
        "Top school = the school with most of the ward's published CYP; share = its CYP ÷ the"
            + " ward's published total (else the sum of its cells used); "
            + h.note()
            + ".");
    notes.add(estimated + " of " + plural(n, "ward") + " involve hidden figures (estimated).");
    String caution =
        n > 0 && estimated >= CAUTION_SHARE * n
            ? String.format(
                Locale.UK,
                "Caution: for %d of %s the top school or the total involves hidden figures (%s).",
                estimated,
                plural(n, "ward"),
                h.note())
            : "";
    return new ChartData(
        ChartKind.TOP_SCHOOL_SHARE,
        title,
        TOP_X,
        "Wards",
        true,
        List.of(new Series("Wards", pts)),
        notes,
        caution,
        true);
  }

  private static String label(PublishedTable t, Geography g) {
    boolean fictional = (t != null && t.info().fictional()) || (g != null && g.info().fictional());
    boolean synthetic = (t != null && t.info().synthetic()) || (g != null && g.info().synthetic());
    return new DatasetInfo("", "", "", fictional, synthetic, Map.of()).label();
  }

  private static String plural(int n, String word) {
    return String.format(Locale.UK, "%,d %s%s", n, word, n == 1 ? "" : "s");
  }

  private static String km(double v) {
    return v == Math.rint(v)
        ? Long.toString((long) v)
        : String.format(Locale.UK, "%.2f", v).replaceAll("0+$", "");
  }

  private static String fmt(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.UK, "%,d", (long) v)
        : String.format(Locale.UK, "%,.1f", v);
  }

  // ---- export -------------------------------------------------------------------------------

  /**
   * Writes the series of a chart as CSV ({@code series,x,y} with the axis labels as column names),
   * after {@code #} lines giving the title, caveat, data label, disclosure policy and notes.
   *
   * @param kind which chart
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public void writeCsv(ChartKind kind, Writer out) throws IOException {
    ChartData c = chart(kind);
    PublishedTable t = table.get();
    List<String> comments = new ArrayList<>();
    if (!protectiveMarking.get().isBlank()) {
      comments.add(protectiveMarking.get().trim());
    }
    comments.add("Wardflow chart: " + c.title());
    comments.add(
        "Exploratory, not predictive. Children and young people (CYP); published figures only.");
    comments.add("Data: " + (dataLabel.get().isEmpty() ? "observed" : dataLabel.get()));
    if (t != null) {
      comments.add("Dataset: " + t.info().title());
      comments.add("Disclosure control: " + t.policy().statement());
    }
    comments.addAll(c.notes());
    CSVFormat fmt =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeaderComments(comments.toArray(new Object[0]))
            .setHeader("series", c.xLabel(), c.yLabel())
            .setRecordSeparator("\n")
            .get();
    CSVPrinter p = new CSVPrinter(out, fmt);
    for (Series s : c.series()) {
      for (Point pt : s.points()) {
        p.printRecord(
            s.name(), pt.category() != null ? pt.category() : number(pt.x()), number(pt.y()));
      }
    }
    p.flush();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.UK, "%.4f", v);
  }

  /**
   * Writes {@link #writeCsv} to a file (UTF-8, replaced if present).
   *
   * @throws IOException naming the file when it cannot be written
   */
  public void exportCsv(ChartKind kind, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(kind, w);
    } catch (IOException e) {
      throw new IOException("Cannot write the chart data to " + file + ": " + e.getMessage(), e);
    }
  }
}
