package org.wardflow.export.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.render.Flow;
import org.wardflow.render.FlowDisplay;
import org.wardflow.render.Legend;
import org.wardflow.render.LegendClass;
import org.wardflow.render.Scene;
import org.wardflow.render.Selection;
import org.wardflow.render.Style;
import org.wardflow.render.WardFills;

/**
 * The default {@link StepSceneFactory}: wards shaded by their published total of children and young
 * people (home ward), classified as the step says; wards whose total is hidden hatched; the
 * published flows (hidden ones dashed, labelled "&lt;k" at most); the step's selection and layers.
 * Reads nothing but the published table.
 */
public final class PublishedScenes implements StepSceneFactory {
  /** Choropleth heading. */
  public static final String WARD_TITLE = "CYP living in the ward (published)";

  /** Flow heading. */
  public static final String FLOW_TITLE = "CYP, home ward → school";

  private final Geography geography;
  private final Style legendStyle;

  /**
   * A factory for a geography.
   *
   * @param geography wards and schools of the analysis
   * @param legendStyle the style the legend's flow widths are measured with
   */
  public PublishedScenes(Geography geography, Style legendStyle) {
    this.geography = Objects.requireNonNull(geography, "geography");
    this.legendStyle = Objects.requireNonNull(legendStyle, "legendStyle");
  }

  @Override
  public StepView build(StoryStep step, PublishedTable table) {
    int k = table.policy().k();
    Map<String, Integer> argb = new HashMap<>();
    Set<String> suppressed = new HashSet<>();
    Set<String> noData = new HashSet<>();
    List<String> codes = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Ward w : geography.wards().wards()) {
      int row = table.wardIndex(w.code());
      if (row < 0) {
        noData.add(w.code());
        continue;
      }
      PublishedValue v = table.wardTotal(row);
      if (!v.isPublished()) {
        suppressed.add(w.code());
      } else {
        codes.add(w.code());
        values.add((double) v.value());
      }
    }
    List<LegendClass> classes = List.of();
    if (!values.isEmpty()) {
      double[] vals = values.stream().mapToDouble(Double::doubleValue).toArray();
      int n = Math.max(1, Math.min(step.classes(), Math.min(9, Classifier.MAX_CLASSES)));
      Classification c = Classifier.classify(method(step.classification()), vals, n);
      Palette palette =
          step.palette().isEmpty()
              ? ColorBrewer.defaultSequential()
              : ColorBrewer.byName(step.palette()).orElse(ColorBrewer.defaultSequential());
      int shown = Math.max(palette.minClasses(), Math.min(palette.maxClasses(), c.classCount()));
      int[] colours = palette.colors(shown);
      for (int i = 0; i < vals.length; i++) {
        int cls = c.classOfIndex(i);
        if (cls == Classification.NO_DATA) {
          noData.add(codes.get(i));
        } else {
          argb.put(codes.get(i), colours[Math.min(cls, colours.length - 1)]);
        }
      }
      List<LegendClass> lc = new ArrayList<>();
      for (int i = 0; i < c.classCount(); i++) {
        lc.add(
            new LegendClass(
                colours[Math.min(i, colours.length - 1)], c.labels().get(i), c.count(i)));
      }
      classes = lc;
    }
    List<Flow> flows = new ArrayList<>();
    table.forEachCell(
        (row, col, value) -> {
          if (!value.isPublished() || value.value() > 0) {
            flows.add(new Flow(table.wardCodes().get(row), table.schoolUrns().get(col), value));
          }
        });
    Selection sel =
        !step.selectedWard().isEmpty()
            ? Selection.ward(step.selectedWard())
            : !step.selectedSchool().isEmpty()
                ? Selection.school(step.selectedSchool())
                : Selection.NONE;
    Scene scene =
        Scene.of(geography)
            .withWardFills(new WardFills(argb, suppressed, noData))
            .withFlows(flows)
            .withFlowDisplay(new FlowDisplay(0, 0, false, true, k))
            .withSelection(sel)
            .withLayers(step.layers());
    Legend legend =
        Legend.forScene(scene, legendStyle, WARD_TITLE, classes, FLOW_TITLE)
            .withPolicy(table.policy());
    return new StepView(scene, legend);
  }

  private static ClassificationMethod method(String name) {
    try {
      ClassificationMethod m = ClassificationMethod.valueOf(name);
      return m == ClassificationMethod.MANUAL ? ClassificationMethod.QUANTILE : m;
    } catch (IllegalArgumentException e) {
      return ClassificationMethod.QUANTILE;
    }
  }
}
