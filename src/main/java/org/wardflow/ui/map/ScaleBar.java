package org.wardflow.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.wardflow.render.Viewport;

/**
 * A classic two-part scale bar (black and white halves) with its length above, kept at a round
 * ground distance (1, 2 or 5 × 10ⁿ metres) no wider than {@value #MAX_WIDTH} pixels.
 */
final class ScaleBar extends Region {
  /** Widest the bar may be, in pixels. */
  static final double MAX_WIDTH = 120;

  private final Rectangle left = new Rectangle();
  private final Rectangle right = new Rectangle();
  private final Label text = new Label();
  private double barWidth;

  ScaleBar() {
    getStyleClass().add("scale-bar");
    left.getStyleClass().add("scale-bar-dark");
    right.getStyleClass().add("scale-bar-light");
    text.getStyleClass().add("scale-bar-text");
    getChildren().addAll(left, right, text);
    setMouseTransparent(true);
    setManaged(false);
  }

  /** Updates the bar for a viewport. */
  void update(Viewport v) {
    double metres = niceDistance(v.metresPerPixel() * MAX_WIDTH);
    barWidth = metres / v.metresPerPixel();
    text.setText(format(metres));
    requestLayout();
  }

  /** The label text, e.g. "500 m" or "2 km". */
  String text() {
    return text.getText();
  }

  /** The largest 1, 2 or 5 × 10ⁿ not above {@code max}. */
  static double niceDistance(double max) {
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {5, 2, 1}) {
      if (m * p <= max * (1 + 1e-9)) {
        return m * p;
      }
    }
    return p;
  }

  static String format(double metres) {
    if (metres >= 1000) {
      double km = metres / 1000;
      return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
    }
    if (metres >= 1) {
      return (long) Math.rint(metres) + " m";
    }
    return Math.round(metres * 100) + " cm";
  }

  @Override
  protected double computePrefWidth(double height) {
    return Math.max(barWidth, text.prefWidth(-1)) + 16;
  }

  @Override
  protected double computePrefHeight(double width) {
    return text.prefHeight(-1) + 6 + 10;
  }

  @Override
  protected void layoutChildren() {
    double th = text.prefHeight(-1);
    double tw = text.prefWidth(-1);
    double x = 8;
    double y = 4 + th + 1;
    double half = Math.round(barWidth / 2);
    left.setX(x);
    left.setY(y);
    left.setWidth(half);
    left.setHeight(5);
    right.setX(x + half);
    right.setY(y);
    right.setWidth(Math.max(1, Math.round(barWidth) - half));
    right.setHeight(5);
    text.resizeRelocate(x + Math.round(barWidth) - tw / 2, 2, tw, th);
    if (text.getLayoutX() + tw > getWidth()) {
      text.setLayoutX(getWidth() - tw);
    }
  }
}
