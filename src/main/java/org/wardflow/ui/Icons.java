package org.wardflow.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import org.wardflow.io.ImportReport;

/**
 * Small line icons drawn from SVG paths on an 18 × 18 grid and styled by CSS (class {@code icon}),
 * so they follow the theme and stay sharp at any output scale.
 */
public final class Icons {
  private Icons() {}

  /** Open a file: a folder. */
  public static Node open() {
    return icon("M2 5.5V14.5H16V7H8.5L7 5.5Z", "icon-open");
  }

  /** Zoom in: a magnifier with a plus. */
  public static Node zoomIn() {
    return icon(
        "M7.5 2.5A5 5 0 1 0 7.5 12.5A5 5 0 1 0 7.5 2.5Z M11 11L16 16 M5 7.5H10 M7.5 5V10",
        "icon-zoom-in");
  }

  /** Zoom out: a magnifier with a minus. */
  public static Node zoomOut() {
    return icon(
        "M7.5 2.5A5 5 0 1 0 7.5 12.5A5 5 0 1 0 7.5 2.5Z M11 11L16 16 M5 7.5H10", "icon-zoom-out");
  }

  /** Zoom to all data: four corners. */
  public static Node zoomAll() {
    return icon(
        "M2.5 6.5V2.5H6.5 M11.5 2.5H15.5V6.5 M15.5 11.5V15.5H11.5 M6.5 15.5H2.5V11.5"
            + " M6 6H12V12H6Z",
        "icon-zoom-all");
  }

  /** Zoom to a layer: stacked sheets. */
  public static Node zoomLayer() {
    return icon("M9 2.5L16 6L9 9.5L2 6Z M2 9.5L9 13L16 9.5 M2 12.5L9 16L16 12.5", "icon-layers");
  }

  /** Zoom to the selection: a target. */
  public static Node zoomSelection() {
    return icon(
        "M9 4A5 5 0 1 0 9 14A5 5 0 1 0 9 4Z M9 1V5 M9 13V17 M1 9H5 M13 9H17",
        "icon-zoom-selection");
  }

  /** The import report: a list. */
  public static Node report() {
    return icon("M3 3.5H15V15.5H3Z M6 7H12 M6 10H12 M6 13H10", "icon-report");
  }

  /** Move up: a chevron. */
  public static Node up() {
    return icon("M4 11.5L9 6.5L14 11.5", "icon-up");
  }

  /** Move down: a chevron. */
  public static Node down() {
    return icon("M4 6.5L9 11.5L14 6.5", "icon-down");
  }

  /** Clear: a cross. */
  public static Node clear() {
    return icon("M5 5L13 13 M13 5L5 13", "icon-clear");
  }

  /** A polygon layer swatch. */
  public static Node polygonSwatch() {
    SVGPath p = new SVGPath();
    p.setContent("M2 5L8 2L16 4.5L15 13.5L7 16L2.5 12Z");
    p.getStyleClass().addAll("swatch", "swatch-polygon");
    return p;
  }

  /** A point layer swatch. */
  public static Node pointSwatch() {
    SVGPath p = new SVGPath();
    p.setContent(
        "M5 5A2.2 2.2 0 1 0 5 9.4A2.2 2.2 0 1 0 5 5Z M12 3H16.4V7.4H12Z"
            + " M9.5 11A2.2 2.2 0 1 0 9.5 15.4A2.2 2.2 0 1 0 9.5 11Z");
    p.getStyleClass().addAll("swatch", "swatch-point");
    return p;
  }

  /** A flow layer swatch: two curved arrows of different widths. */
  public static Node flowSwatch() {
    SVGPath p = new SVGPath();
    p.setContent("M2 14C5 6 10 4 15.5 4.5 M3 16C7 12 11 11.5 16 12");
    p.getStyleClass().addAll("swatch", "swatch-flow");
    return p;
  }

  /** Disclosure control: a shield. */
  public static Node shield() {
    return icon(
        "M9 2L15 4.5V9C15 12.5 12.5 15 9 16.5C5.5 15 3 12.5 3 9V4.5Z M6.5 9L8.3 10.8L11.8 7",
        "icon-shield");
  }

  /** Map style: a palette of three swatches. */
  public static Node palette() {
    return icon(
        "M2.5 3.5H7V8H2.5Z M11 3.5H15.5V8H11Z M2.5 10.5H7V15H2.5Z M11 10.5H15.5V15H11Z",
        "icon-palette");
  }

  /**
   * A severity badge: a coloured disc with a glyph (i, !, ×), styled {@code severity-info}, {@code
   * severity-warning} or {@code severity-error}.
   */
  public static Node severity(ImportReport.Severity s) {
    Label glyph =
        new Label(
            switch (s) {
              case INFO -> "i";
              case WARNING -> "!";
              case ERROR -> "×";
            });
    glyph.getStyleClass().add("severity-glyph");
    StackPane badge = new StackPane(glyph);
    badge.getStyleClass().addAll("severity-badge", "severity-" + s.name().toLowerCase());
    badge.setMinSize(16, 16);
    badge.setMaxSize(16, 16);
    return badge;
  }

  private static Node icon(String path, String styleClass) {
    SVGPath p = new SVGPath();
    p.setContent(path);
    p.getStyleClass().addAll("icon", styleClass);
    StackPane box = new StackPane(p);
    box.getStyleClass().add("icon-box");
    box.setMinSize(18, 18);
    box.setPrefSize(18, 18);
    box.setMaxSize(18, 18);
    return box;
  }
}
