package org.wardflow.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.export.story.StoryStep;
import org.wardflow.model.Geography;
import org.wardflow.render.Layer;
import org.wardflow.render.Viewport;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapLayer;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.StyleViewModel;

/**
 * Converts between the main window's live view and a storyboard {@link StoryStep}: {@link #capture}
 * saves the map extent, visible layers, selection, measure, classification and the current
 * disclosure policy; {@link #apply} puts a saved step back on the main map.
 */
public final class StoryViews {
  private StoryViews() {}

  /**
   * The current view as a step.
   *
   * @param vm the main window's view model
   * @param title the step title
   */
  public static StoryStep capture(MainViewModel vm, String title) {
    MapViewModel mv = vm.map();
    Viewport vp = mv.getViewport();
    Envelope extent = vp == null || vp.width() < 2 ? null : vp.envelope();
    List<Layer> layers = new ArrayList<>();
    for (Layer l : Layer.values()) {
      boolean on =
          switch (l) {
            case WARDS -> visible(mv, LayerKind.WARDS);
            case FLOWS -> visible(mv, LayerKind.FLOWS);
            case SCHOOLS -> visible(mv, LayerKind.SCHOOLS);
            case LABELS -> vm.style().labelsProperty().get();
          };
      if (on) {
        layers.add(l);
      }
    }
    MapTarget sel = mv.getSelection();
    StyleViewModel st = vm.style();
    ClassificationMethod method = st.methodProperty().get();
    ChoroplethMeasure measure = st.measureProperty().get();
    return new StoryStep(
        null,
        title,
        "",
        extent,
        layers,
        sel != null && sel.isWard() ? sel.id() : "",
        sel != null && sel.isSchool() ? sel.id() : "",
        measure == null ? "" : measure.name(),
        method == null ? "" : method.name(),
        st.classesProperty().get(),
        st.paletteProperty().get(),
        vm.policyProperty().get());
  }

  /**
   * A default title for the current view: what is selected (or the whole area) and the threshold.
   *
   * @param vm the main window's view model
   * @param number the 1-based number the step will have
   */
  public static String defaultTitle(MainViewModel vm, int number) {
    MapTarget sel = vm.map().getSelection();
    String what = sel == null ? "All wards" : sel.name();
    return "View " + number + ": " + what + " (k = " + vm.policyProperty().get().k() + ")";
  }

  /**
   * Shows a step on the main map: extent, layers, selection, measure, classification and its policy
   * (at or above the floor).
   *
   * @param vm the main window's view model
   * @param step the step
   */
  public static void apply(MainViewModel vm, StoryStep step) {
    MapViewModel mv = vm.map();
    List<Layer> layers = step.layers();
    setVisible(mv, LayerKind.WARDS, layers.contains(Layer.WARDS));
    setVisible(mv, LayerKind.FLOWS, layers.contains(Layer.FLOWS));
    setVisible(mv, LayerKind.SCHOOLS, layers.contains(Layer.SCHOOLS));
    StyleViewModel st = vm.style();
    st.labelsProperty().set(layers.contains(Layer.LABELS));
    parse(ChoroplethMeasure.class, step.measure()).ifPresent(st.measureProperty()::set);
    parse(ClassificationMethod.class, step.classification()).ifPresent(st.methodProperty()::set);
    st.classesProperty().set(step.classes());
    if (!step.palette().isEmpty()) {
      st.paletteProperty().set(step.palette());
    }
    vm.disclosure().setPolicy(step.effectivePolicy());
    Geography g = mv.getGeography();
    MapTarget target = null;
    if (g != null && !step.selectedWard().isEmpty()) {
      target = g.wards().byCode(step.selectedWard()).map(MapTarget::of).orElse(null);
    } else if (g != null && !step.selectedSchool().isEmpty()) {
      target = g.schools().byUrn(step.selectedSchool()).map(MapTarget::of).orElse(null);
    }
    mv.setSelection(target);
    if (step.extent() != null) {
      mv.zoomToExtent(step.extent());
    } else {
      mv.zoomToAll();
    }
  }

  private static boolean visible(MapViewModel mv, LayerKind k) {
    return mv.layer(k).map(MapLayer::isVisible).orElse(false);
  }

  private static void setVisible(MapViewModel mv, LayerKind k, boolean on) {
    mv.layer(k).ifPresent(l -> l.setVisible(on));
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    try {
      return name == null || name.isEmpty()
          ? Optional.empty()
          : Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
