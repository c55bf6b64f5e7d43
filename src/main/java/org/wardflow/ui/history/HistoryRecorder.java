package org.wardflow.ui.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.Geography;
import org.wardflow.render.Viewport;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapLayer;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.style.StyleViewModel;

/**
 * Records the view and style changes of a {@link MainViewModel} into a {@link History} by listening
 * to its properties: the style (measure, classification, classes, palette, manual breaks, school
 * sizing, flow table and flow settings, scale lock, labels), the disclosure policy (threshold,
 * rounding, zeros, totals), the sub-table filter, layer visibility and order, the selection and the
 * viewport (centre and scale; resizing the window is not an edit).
 *
 * <p>What opening data does is not an edit: while a new geography is being shown (until the UI
 * executor has run once after the change) viewport and selection changes are not recorded.
 *
 * <p>Policy edits never bypass the policy floor: undo and redo restore the threshold, rounding,
 * zeros and totals but always keep the floor in force now, and a change of the floor alone is not
 * an edit. Toolkit-free.
 */
public final class HistoryRecorder {
  private final MainViewModel model;
  private final History history;
  private final Executor later;
  private final Object viewKey = new Object();
  private final Object layerKey = new Object();
  private Geography seenGeography;
  private int settling;
  private List<LayerKind> order = List.of();
  private Map<LayerKind, Boolean> visible = new EnumMap<>(LayerKind.class);

  /**
   * Starts recording.
   *
   * @param model the application state
   * @param history where edits go
   * @param later runs a task after the current burst of changes (the FX thread's {@code runLater}
   *     in the app)
   */
  public HistoryRecorder(MainViewModel model, History history, Executor later) {
    this.model = Objects.requireNonNull(model, "model");
    this.history = Objects.requireNonNull(history, "history");
    this.later = Objects.requireNonNull(later, "later");
    MapViewModel map = model.map();
    seenGeography = map.getGeography();
    StyleViewModel s = model.style();
    watch(s.measureProperty(), "Change Measure");
    watch(s.methodProperty(), "Change Classification");
    watch(s.classesProperty(), "Change Number of Classes");
    watch(s.paletteProperty(), "Change Palette");
    watch(s.manualBreaksProperty(), "Change Class Bounds");
    watch(s.schoolSizingProperty(), "Change School Sizing");
    watch(s.flowTableProperty(), "Change Flow Table");
    watch(s.minCountProperty(), "Change Minimum Flow");
    watch(s.topNProperty(), "Change Largest Flows Shown");
    watch(s.fadeRestProperty(), (o, n) -> n ? "Fade Other Flows" : "Hide Other Flows");
    watch(s.hiddenFlowsProperty(), "Change Suppressed Flows");
    watch(s.scaleLockProperty(), (o, n) -> n ? "Lock Flow Scale" : "Unlock Flow Scale");
    watch(s.labelsProperty(), (o, n) -> n ? "Show Labels" : "Hide Labels");
    watch(model.filterProperty(), "Change Sub-table");
    model.policyProperty().addListener((obs, o, n) -> policyChanged(o, n));
    map.geographyProperty().addListener((obs, o, g) -> geographyChanged(g));
    map.selectionProperty().addListener((obs, o, n) -> selectionChanged(o, n));
    map.viewportProperty().addListener((obs, o, n) -> viewportChanged(o, n));
    map.layers().addListener((Observable o) -> layersChanged());
    snapshotLayers();
  }

  /** The history recorded into. */
  public History history() {
    return history;
  }

  // ---- style and filter ---------------------------------------------------------------------

  private <T> void watch(Property<T> p, String name) {
    watch(p, (o, n) -> name);
  }

  private <T> void watch(Property<T> p, BiFunction<T, T, String> name) {
    p.addListener(
        (ObservableValue<? extends T> obs, T o, T n) -> {
          if (!history.isApplying()) {
            history.record(new ValueEdit<T>(name.apply(o, n), p, o, n, p::setValue));
          }
        });
  }

  // ---- disclosure policy ----------------------------------------------------------------------

  private void policyChanged(DisclosurePolicy o, DisclosurePolicy n) {
    if (history.isApplying() || o == null || n == null) {
      return;
    }
    List<String> what = new ArrayList<>();
    if (o.k() != n.k()) {
      what.add("Change Threshold");
    }
    if (o.roundingBase() != n.roundingBase()) {
      what.add("Change Rounding");
    }
    if (o.publishZeros() != n.publishZeros()) {
      what.add(n.publishZeros() ? "Publish Zeros" : "Hide Zeros");
    }
    if (o.publishWardTotals() != n.publishWardTotals()
        || o.publishSchoolTotals() != n.publishSchoolTotals()
        || o.publishGrandTotal() != n.publishGrandTotal()) {
      what.add("Change Totals");
    }
    if (what.isEmpty()) {
      return; // the floor alone: not an edit, and never undone
    }
    String name = what.size() == 1 ? what.get(0) : "Change Disclosure Control";
    history.record(
        new ValueEdit<>(
            name,
            "Change Disclosure Control",
            List.of(model.policyProperty(), name),
            o,
            n,
            this::applyPolicy));
  }

  /** Applies a recorded policy under the floor in force now. */
  private void applyPolicy(DisclosurePolicy p) {
    int floor = model.policyProperty().get().floor();
    model.disclosure().setPolicy(p.withFloor(floor));
  }

  // ---- geography, selection and viewport ----------------------------------------------------

  private void geographyChanged(Geography g) {
    seenGeography = g;
    settling++;
    later.execute(() -> settling--);
    snapshotLayers();
  }

  /** True while a new geography is being shown: its zooming and clearing are not edits. */
  private boolean settling() {
    return settling > 0 || model.map().getGeography() != seenGeography;
  }

  private void selectionChanged(MapTarget o, MapTarget n) {
    if (history.isApplying() || settling() || Objects.equals(o, n)) {
      return;
    }
    String name = n == null ? "Clear Selection" : "Select " + n.name();
    history.record(new ValueEdit<>(name, null, o, n, this::applySelection));
  }

  private void applySelection(MapTarget t) {
    MapViewModel map = model.map();
    Geography g = map.getGeography();
    if (t == null) {
      map.setSelection(null);
    } else if (g != null
        && (t.isWard()
            ? g.wards().byCode(t.id()).isPresent()
            : g.schools().byUrn(t.id()).isPresent())) {
      map.setSelection(t);
    }
  }

  /** The part of a viewport an edit restores: centre and scale, not the window size. */
  record View(double centerX, double centerY, double metresPerPixel) {
    static View of(Viewport v) {
      return new View(v.centerX(), v.centerY(), v.metresPerPixel());
    }
  }

  private void viewportChanged(Viewport o, Viewport n) {
    if (history.isApplying() || o == null || n == null || model.map().getGeography() == null) {
      return;
    }
    View before = View.of(o);
    View after = View.of(n);
    if (before.equals(after) || settling()) {
      return;
    }
    String name = before.metresPerPixel() != after.metresPerPixel() ? "Zoom" : "Pan";
    history.record(new ValueEdit<>(name, "Change View", viewKey, before, after, this::applyView));
  }

  private void applyView(View v) {
    MapViewModel map = model.map();
    Viewport now = map.getViewport();
    map.setViewport(
        new Viewport(v.centerX(), v.centerY(), v.metresPerPixel(), now.width(), now.height()));
  }

  // ---- layers -------------------------------------------------------------------------------

  private void snapshotLayers() {
    List<MapLayer> layers = model.map().layers();
    order = layers.stream().map(MapLayer::kind).toList();
    visible = new EnumMap<>(LayerKind.class);
    for (MapLayer l : layers) {
      visible.put(l.kind(), l.isVisible());
    }
  }

  private void layersChanged() {
    List<LayerKind> oldOrder = order;
    Map<LayerKind, Boolean> oldVisible = visible;
    snapshotLayers();
    if (history.isApplying() || settling()) {
      return;
    }
    if (!oldOrder.equals(order) && oldOrder.size() == order.size() && order.containsAll(oldOrder)) {
      history.record(new ValueEdit<>("Move Layer", layerKey, oldOrder, order, this::applyOrder));
    }
    for (MapLayer l : model.map().layers()) {
      Boolean was = oldVisible.get(l.kind());
      if (was != null && was != l.isVisible()) {
        LayerKind kind = l.kind();
        String name = (l.isVisible() ? "Show " : "Hide ") + kind.label();
        Consumer<Boolean> set =
            v -> model.map().layer(kind).ifPresent(x -> x.setVisible(Boolean.TRUE.equals(v)));
        history.record(new ValueEdit<>(name, null, was, l.isVisible(), set));
      }
    }
  }

  private void applyOrder(List<LayerKind> kinds) {
    MapViewModel map = model.map();
    List<MapLayer> now = new ArrayList<>(map.layers());
    if (now.size() != kinds.size()) {
      return;
    }
    List<MapLayer> sorted = new ArrayList<>();
    for (LayerKind k : kinds) {
      now.stream().filter(l -> l.kind() == k).findFirst().ifPresent(sorted::add);
    }
    if (sorted.size() == now.size()) {
      map.layers().setAll(sorted);
    }
  }
}
