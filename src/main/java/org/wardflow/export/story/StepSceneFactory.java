package org.wardflow.export.story;

import java.util.Objects;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.PublishedScenes;
import org.wardflow.model.Geography;
import org.wardflow.render.Legend;
import org.wardflow.render.Scene;
import org.wardflow.render.Selection;
import org.wardflow.render.Style;

/**
 * Builds what a step draws from its published table. The main window may supply its own (so slides
 * look exactly like the analysis view); {@link #published} is the default.
 */
@FunctionalInterface
public interface StepSceneFactory {
  /** Choropleth heading of the default factory. */
  String WARD_TITLE = "CYP living in the ward (published)";

  /** Flow heading of the default factory. */
  String FLOW_TITLE = "CYP, home ward → school";

  /**
   * The view of a step.
   *
   * @param step the step (layers, selection, classification)
   * @param table its published table
   */
  StepView build(StoryStep step, PublishedTable table);

  /**
   * The default factory, reading nothing but the published table (through {@link PublishedScenes}):
   * wards shaded by their published total of children and young people (home ward), classified and
   * coloured as the step says; wards whose total is hidden hatched; the published flows (hidden
   * ones dashed, labelled "&lt;k" at most); the step's selection and layers.
   *
   * @param geography wards and schools of the analysis
   * @param legendStyle the style the legend's flow widths are measured with
   */
  static StepSceneFactory published(Geography geography, Style legendStyle) {
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(legendStyle, "legendStyle");
    return (step, table) -> {
      Palette palette = ColorBrewer.byName(step.palette()).orElse(ColorBrewer.defaultSequential());
      int n = Math.max(1, Math.min(step.classes(), palette.maxClasses()));
      PublishedScenes.Choropleth ch =
          PublishedScenes.wardTotals(table, geography, method(step.classification()), n, palette);
      Selection sel =
          !step.selectedWard().isEmpty()
              ? Selection.ward(step.selectedWard())
              : !step.selectedSchool().isEmpty()
                  ? Selection.school(step.selectedSchool())
                  : Selection.NONE;
      Scene scene =
          PublishedScenes.scene(geography, table, ch).withSelection(sel).withLayers(step.layers());
      Legend legend =
          Legend.forScene(scene, legendStyle, WARD_TITLE, ch.classes(), FLOW_TITLE)
              .withPolicy(table.policy());
      return new StepView(scene, legend);
    };
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
