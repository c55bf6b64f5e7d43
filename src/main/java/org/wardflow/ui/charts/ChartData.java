package org.wardflow.ui.charts;

import java.util.List;

/**
 * What one chart shows, toolkit-free: titles, axis labels with units, series of points and notes.
 * Built from published figures by {@link ChartsViewModel}; the view turns it into a JavaFX chart
 * and the CSV export writes it as is.
 *
 * @param kind which chart
 * @param title chart title, with its headline figure (e.g. the Gini coefficient)
 * @param xLabel x-axis label with unit
 * @param yLabel y-axis label with unit
 * @param categorical true when x values are categories (bars), false for numbers (lines)
 * @param series the series, first drawn first
 * @param notes plain-language notes: how hidden cells were treated, what was left out
 * @param warning a caution shown prominently when hidden figures dominate the chart (empty when
 *     none)
 * @param integerValues true when y values are whole numbers (counts), for the axis ticks
 */
public record ChartData(
    ChartKind kind,
    String title,
    String xLabel,
    String yLabel,
    boolean categorical,
    List<Series> series,
    List<String> notes,
    String warning,
    boolean integerValues) {

  /** Freezes the lists. */
  public ChartData {
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    warning = warning == null ? "" : warning;
  }

  /** An empty chart (no table loaded). */
  static ChartData empty(ChartKind kind, String xLabel, String yLabel, boolean categorical) {
    return new ChartData(
        kind,
        kind.tabTitle() + " — no published flow table",
        xLabel,
        yLabel,
        categorical,
        List.of(),
        List.of(),
        "",
        categorical);
  }

  /** The series of that name, if any. */
  public Series series(String name) {
    return series.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  /**
   * One series.
   *
   * @param name legend name
   * @param points its points in order
   */
  public record Series(String name, List<Point> points) {
    /** Freezes the list. */
    public Series {
      points = List.copyOf(points);
    }
  }

  /**
   * One point.
   *
   * @param category x category (bars), or null for a numeric x
   * @param x numeric x (NaN for categories)
   * @param y value
   * @param tip tooltip text
   */
  public record Point(String category, double x, double y, String tip) {}
}
