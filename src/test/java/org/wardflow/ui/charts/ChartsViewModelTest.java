package org.wardflow.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.FlowStatistics.HiddenCells;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.ui.charts.ChartData.Point;
import org.wardflow.ui.matrix.ViewFixtures;

/** The chart view model without a toolkit: figures from the published table, notes, export. */
class ChartsViewModelTest {
  private final ObjectProperty<PublishedTable> table =
      new SimpleObjectProperty<>(ViewFixtures.published());
  private final ObjectProperty<Geography> geography =
      new SimpleObjectProperty<>(ViewFixtures.geography());
  private final ChartsViewModel vm = new ChartsViewModel(table, geography);

  private static double sumY(ChartData d) {
    return d.series().get(0).points().stream().mapToDouble(Point::y).sum();
  }

  /** Sum of the published cells (all fixture schools and wards have locations). */
  private double publishedCyp() {
    PublishedTable t = table.get();
    double s = 0;
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isPublished()) {
        s += t.cell(i).value();
      }
    }
    return s;
  }

  @Test
  void lorenzCurveAndGiniComeFromThePublishedSchoolTotals() {
    ChartData d = vm.chart(ChartKind.LORENZ);
    PublishedTable t = table.get();
    int n = t.schoolUrns().size();
    double[] x = new double[n];
    for (int c = 0; c < n; c++) {
      assertTrue(t.schoolTotal(c).isPublished());
      x[c] = t.schoolTotal(c).value();
    }
    // Gini as the mean absolute difference over twice the mean (independent of the Lorenz sum)
    double diff = 0;
    double sum = 0;
    for (double a : x) {
      sum += a;
      for (double b : x) {
        diff += Math.abs(a - b);
      }
    }
    double gini = diff / (2.0 * n * sum);
    assertTrue(
        d.title().contains(String.format(Locale.UK, "Gini %.2f (%d schools)", gini, n)), d.title());
    List<Point> curve = d.series(ChartsViewModel.LORENZ_SERIES).points();
    assertEquals(n + 1, curve.size());
    assertEquals(0, curve.get(0).y(), 1e-12);
    assertEquals(100, curve.get(n).x(), 1e-9);
    assertEquals(100, curve.get(n).y(), 1e-9);
    for (int i = 1; i < curve.size(); i++) {
      assertTrue(curve.get(i).y() <= curve.get(i).x() + 1e-9, "below the line of equality");
    }
    assertEquals(2, d.series(ChartsViewModel.EQUALITY_SERIES).points().size());
    assertTrue(d.xLabel().contains("%") && d.yLabel().contains("%"));
  }

  @Test
  void theHistogramCountsEveryPublishedChildOnceAndHiddenCellsOnlyOnRequest() {
    ChartData ex = vm.chart(ChartKind.DISTANCE);
    assertEquals(publishedCyp(), sumY(ex), 1e-9);
    assertTrue(ex.xLabel().contains("(km)"), ex.xLabel());
    assertTrue(String.join(" ", ex.notes()).contains("hidden cells are left out"));
    vm.hiddenCellsProperty().set(HiddenCells.MIDPOINT);
    ChartData mid = vm.chart(ChartKind.DISTANCE);
    assertTrue(sumY(mid) > sumY(ex), "hidden cells add their midpoints");
    assertTrue(String.join(" ", mid.notes()).contains("middle of their possible range"));
    assertTrue(mid.yLabel().contains("midpoints"));
  }

  @Test
  void binWidthSetsTheBands() {
    vm.binWidthKmProperty().set(2);
    List<Point> pts = vm.chart(ChartKind.DISTANCE).series().get(0).points();
    assertEquals("0–2", pts.get(0).category());
    assertEquals("2–4", pts.get(1).category());
    assertEquals(publishedCyp(), sumY(vm.chart(ChartKind.DISTANCE)), 1e-9);
  }

  /**
   * Eastwick (label point 408,000 / 280,000) sends 10 to Hilltop Academy (7,071 m), 5 to Northgate
   * High (1,414 m) and 15 to Elm Primary (1,414 m): half of its 30 CYP go 1,414 m or less.
   */
  @Test
  void medianDistanceByWardIsSortedLongestFirst() {
    ChartData d = vm.chart(ChartKind.MEDIAN_BY_WARD);
    List<Point> pts = d.series().get(0).points();
    for (int i = 1; i < pts.size(); i++) {
      assertTrue(pts.get(i - 1).y() >= pts.get(i).y());
    }
    Point eastwick =
        pts.stream().filter(p -> p.category().equals("Eastwick")).findFirst().orElseThrow();
    assertEquals(Math.sqrt(2) * 1000 / 1000, eastwick.y(), 1e-6);
    assertFalse(
        pts.stream().anyMatch(p -> p.category().equals("Fenby")),
        "Fenby's only cell is hidden and left out");
  }

  @Test
  void topSchoolSharesAreADistributionOverWards() {
    ChartData d = vm.chart(ChartKind.TOP_SCHOOL_SHARE);
    List<Point> pts = d.series().get(0).points();
    assertEquals(10, pts.size());
    assertEquals("0–10%", pts.get(0).category());
    assertEquals(5, sumY(d), 1e-9, "five wards have published CYP");
    // Eastwick: top school Elm Primary 15 of a published total of 30 → the 50–60% band
    assertTrue(pts.get(5).y() >= 1);
    assertTrue(d.title().contains("(5 wards)"), d.title());
  }

  @Test
  void labelsAndCaveatTravelWithTheCharts() throws IOException {
    assertEquals("FICTIONAL · SYNTHETIC", vm.dataLabelProperty().get());
    assertTrue(vm.caveat().startsWith("Exploratory, not predictive"));
    StringWriter w = new StringWriter();
    vm.writeCsv(ChartKind.LORENZ, w);
    String text = w.toString();
    assertTrue(text.contains("# Exploratory, not predictive"));
    assertTrue(text.contains("# Data: FICTIONAL · SYNTHETIC"));
    assertTrue(text.contains("# Disclosure control: Counts of 1–4 suppressed"));
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(text),
            CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      assertEquals("series", p.getHeaderNames().get(0));
      List<CSVRecord> recs = p.getRecords();
      ChartData d = vm.chart(ChartKind.LORENZ);
      assertEquals(d.series().stream().mapToInt(s -> s.points().size()).sum(), recs.size());
      CSVRecord last = recs.get(d.series().get(0).points().size() - 1);
      assertEquals(ChartsViewModel.LORENZ_SERIES, last.get(0));
      assertEquals("100", last.get(2));
    }
  }

  @Test
  void noTableGivesEmptyChartsThatSaySo() {
    table.set(null);
    for (ChartKind k : ChartKind.values()) {
      assertTrue(vm.chart(k).series().isEmpty());
      assertTrue(vm.chart(k).title().contains("no published flow table"));
    }
  }
}
