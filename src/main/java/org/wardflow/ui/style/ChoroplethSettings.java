package org.wardflow.ui.style;

import java.util.List;
import java.util.Objects;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.ColorBrewer;

/**
 * How the ward choropleth is drawn.
 *
 * @param measure what is mapped
 * @param method how values are split into classes
 * @param classes number of classes asked for (2–9; standard deviation ignores it)
 * @param palette ColorBrewer scheme name, e.g. {@code YlOrRd}
 * @param manualBreaks class bounds for {@link ClassificationMethod#MANUAL} (lowest lower bound,
 *     breaks, highest upper bound; extended to the data when they do not reach it)
 */
public record ChoroplethSettings(
    ChoroplethMeasure measure,
    ClassificationMethod method,
    int classes,
    String palette,
    List<Double> manualBreaks) {

  /** Rate per 1,000 children, natural breaks, 5 classes, YlOrRd. */
  public static final ChoroplethSettings DEFAULT =
      new ChoroplethSettings(
          ChoroplethMeasure.RATE, ClassificationMethod.JENKS, 5, "YlOrRd", List.of());

  /** Validates. */
  public ChoroplethSettings {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(method, "method");
    if (classes < 1 || classes > Classifier.MAX_CLASSES) {
      throw new IllegalArgumentException("classes must be 1–" + Classifier.MAX_CLASSES);
    }
    if (ColorBrewer.byName(palette).isEmpty()) {
      throw new IllegalArgumentException("unknown ColorBrewer palette " + palette);
    }
    manualBreaks = List.copyOf(manualBreaks);
  }

  /** With another measure. */
  public ChoroplethSettings withMeasure(ChoroplethMeasure m) {
    return new ChoroplethSettings(m, method, classes, palette, manualBreaks);
  }

  /** With another method. */
  public ChoroplethSettings withMethod(ClassificationMethod m) {
    return new ChoroplethSettings(measure, m, classes, palette, manualBreaks);
  }

  /** With another number of classes. */
  public ChoroplethSettings withClasses(int n) {
    return new ChoroplethSettings(measure, method, n, palette, manualBreaks);
  }

  /** With another palette. */
  public ChoroplethSettings withPalette(String p) {
    return new ChoroplethSettings(measure, method, classes, p, manualBreaks);
  }

  /** With manual breaks. */
  public ChoroplethSettings withManualBreaks(List<Double> b) {
    return new ChoroplethSettings(measure, method, classes, palette, b);
  }
}
