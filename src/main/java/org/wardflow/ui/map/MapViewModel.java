package org.wardflow.ui.map;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.io.CrsTransform;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.render.Viewport;

/**
 * The view model of the map: viewport, navigation, layers, hover, selection, cursor position, scale
 * and status text, as JavaFX properties. It uses no toolkit (only {@code javafx.beans} and {@code
 * javafx.collections}), so it is unit-tested without starting JavaFX. Pixel positions are logical
 * pixels of the map view, origin top-left. Call it from one thread (the FX thread in the app).
 */
public final class MapViewModel {
  /** Screen resolution assumed for the scale (CSS/JavaFX logical pixels). */
  public static final double DPI = 96;

  /** Zoom factor of one keyboard or button zoom step. */
  public static final double STEP_ZOOM = 2;

  /** Smooth-scroll distance (JavaFX {@code deltaY}, pixels) that zooms by a factor of two. */
  public static final double WHEEL_DELTA_PER_DOUBLING = 160;

  /** Wheel notches that zoom by a factor of two (one notch zooms by √2). */
  public static final double NOTCHES_PER_DOUBLING = 2;

  /** Fraction of the view width/height one keyboard pan step moves. */
  public static final double STEP_PAN_FRACTION = 0.2;

  /** Pointer radius in pixels within which a school is picked. */
  public static final double PICK_RADIUS_PX = 7;

  /** Closest zoom: metres per pixel (about 1:190). */
  public static final double MIN_METRES_PER_PIXEL = 0.05;

  /** Farthest zoom: metres per pixel (about 1:19,000,000, all of Great Britain and more). */
  public static final double MAX_METRES_PER_PIXEL = 5000;

  /** Margin left around an extent when zooming to it, as a fraction of the view. */
  public static final double FIT_MARGIN = 0.04;

  /** Directions of a keyboard pan step: the direction the view moves over the map. */
  public enum Direction {
    /** Look further west. */
    LEFT,
    /** Look further east. */
    RIGHT,
    /** Look further north. */
    UP,
    /** Look further south. */
    DOWN
  }

  private final ObjectProperty<Geography> geography = new SimpleObjectProperty<>(this, "geography");
  private final ObservableList<MapLayer> layers =
      FXCollections.observableArrayList(
          l -> new Observable[] {l.visibleProperty(), l.nameProperty()});
  private final ReadOnlyObjectWrapper<Viewport> viewport =
      new ReadOnlyObjectWrapper<>(this, "viewport", new Viewport(0, 0, 10, 800, 600));
  private final ReadOnlyObjectWrapper<MapTarget> hover = new ReadOnlyObjectWrapper<>(this, "hover");
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>(this, "selection");
  private final ReadOnlyObjectWrapper<Coordinate> cursor =
      new ReadOnlyObjectWrapper<>(this, "cursor");
  private final ReadOnlyStringWrapper cursorText =
      new ReadOnlyStringWrapper(this, "cursorText", "");
  private final ReadOnlyStringWrapper latLonText =
      new ReadOnlyStringWrapper(this, "latLonText", "");
  private final ReadOnlyStringWrapper scaleText = new ReadOnlyStringWrapper(this, "scaleText", "");
  private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "");
  private final ReadOnlyObjectWrapper<MapScene> scene =
      new ReadOnlyObjectWrapper<>(this, "scene", MapScene.EMPTY);
  private final ReadOnlyObjectWrapper<Picker> picker =
      new ReadOnlyObjectWrapper<>(this, "picker", Picker.NONE);
  private final ObjectProperty<MapContent> content = new SimpleObjectProperty<>(this, "content");

  private Function<Geography, Picker> pickerFactory = GeographyPicker::new;
  private boolean sizeKnown;
  private double pointerX = Double.NaN;
  private double pointerY = Double.NaN;

  /** Creates an empty map view model (no geography, 800×600 view). */
  public MapViewModel() {
    geography.addListener((obs, old, g) -> onGeographyChanged(old, g));
    layers.addListener((Observable o) -> onLayersChanged());
    hover.addListener((Observable o) -> updateScene());
    selection.addListener((Observable o) -> updateScene());
    content.addListener((Observable o) -> updateScene());
    viewport.addListener((Observable o) -> onViewportChanged());
    scaleText.set(MapText.scale(scaleDenominator()));
  }

  // ---- properties -------------------------------------------------------------------------

  /** The wards and schools shown; null before anything is loaded. */
  public ObjectProperty<Geography> geographyProperty() {
    return geography;
  }

  /** The wards and schools shown; null before anything is loaded. */
  public Geography getGeography() {
    return geography.get();
  }

  /**
   * Shows a geography: rebuilds the layer list (keeping visibility and order of layers that stay).
   * The first geography shown is zoomed to; later ones keep the view (zoom to the new layer with
   * {@link #zoomToLayer}).
   */
  public void setGeography(Geography g) {
    geography.set(g);
  }

  /** The layer list, topmost layer first (as in a GIS layer panel). */
  public ObservableList<MapLayer> layers() {
    return layers;
  }

  /** The layer of a kind, if present. */
  public Optional<MapLayer> layer(LayerKind kind) {
    return layers.stream().filter(l -> l.kind() == kind).findFirst();
  }

  /** What part of the map is shown, in logical pixels. */
  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.getReadOnlyProperty();
  }

  /** What part of the map is shown, in logical pixels. */
  public Viewport getViewport() {
    return viewport.get();
  }

  /** Sets the viewport (clamped to the zoom limits). */
  public void setViewport(Viewport v) {
    Objects.requireNonNull(v, "viewport");
    double mpp = clampMpp(v.metresPerPixel());
    viewport.set(
        mpp == v.metresPerPixel()
            ? v
            : new Viewport(v.centerX(), v.centerY(), mpp, v.width(), v.height()));
  }

  /** The target under the pointer, or null. */
  public ReadOnlyObjectProperty<MapTarget> hoverProperty() {
    return hover.getReadOnlyProperty();
  }

  /** The target under the pointer, or null. */
  public MapTarget getHover() {
    return hover.get();
  }

  /** The selected ward or school, or null. */
  public ObjectProperty<MapTarget> selectionProperty() {
    return selection;
  }

  /** The selected ward or school, or null. */
  public MapTarget getSelection() {
    return selection.get();
  }

  /** Selects a target (null clears the selection). */
  public void setSelection(MapTarget t) {
    selection.set(t);
  }

  /** The selected ward, if a ward is selected. */
  public Optional<Ward> selectedWard() {
    MapTarget t = selection.get();
    Geography g = geography.get();
    return t == null || !t.isWard() || g == null ? Optional.empty() : g.wards().byCode(t.id());
  }

  /** The selected school, if a school is selected. */
  public Optional<School> selectedSchool() {
    MapTarget t = selection.get();
    Geography g = geography.get();
    return t == null || !t.isSchool() || g == null ? Optional.empty() : g.schools().byUrn(t.id());
  }

  /**
   * The thematic content drawn over the geography (choropleth, flows, symbols, style), or null for
   * the plain base map. Replacing it draws a new frame.
   */
  public ObjectProperty<MapContent> contentProperty() {
    return content;
  }

  /** The thematic content, or null. */
  public MapContent getContent() {
    return content.get();
  }

  /** Sets the thematic content (null: the plain base map). */
  public void setContent(MapContent c) {
    content.set(c);
  }

  /** The BNG position under the pointer, or null when the pointer is off the map. */
  public ReadOnlyObjectProperty<Coordinate> cursorProperty() {
    return cursor.getReadOnlyProperty();
  }

  /** Pointer position as {@code E 406,800 N 286,800}, empty when off the map. */
  public ReadOnlyStringProperty cursorTextProperty() {
    return cursorText.getReadOnlyProperty();
  }

  /** Pointer position as {@code 52.47909° N 1.90131° W}, empty when off the map. */
  public ReadOnlyStringProperty latLonTextProperty() {
    return latLonText.getReadOnlyProperty();
  }

  /** The map scale at {@value #DPI} dpi, e.g. {@code 1:25,000}. */
  public ReadOnlyStringProperty scaleTextProperty() {
    return scaleText.getReadOnlyProperty();
  }

  /** The scale denominator at {@value #DPI} dpi (unrounded). */
  public double scaleDenominator() {
    return viewport.get().scaleDenominator(DPI);
  }

  /** The latest message for the status bar. */
  public StringProperty statusMessageProperty() {
    return statusMessage;
  }

  /** Shows a message in the status bar. */
  public void setStatusMessage(String message) {
    statusMessage.set(message == null ? "" : message);
  }

  /** The immutable frame description, replaced whenever something drawn changes. */
  public ReadOnlyObjectProperty<MapScene> sceneProperty() {
    return scene.getReadOnlyProperty();
  }

  /** The current frame description. */
  public MapScene getScene() {
    return scene.get();
  }

  /** The picker for the current geography. */
  public ReadOnlyObjectProperty<Picker> pickerProperty() {
    return picker.getReadOnlyProperty();
  }

  /**
   * Replaces how pickers are made for a geography (default {@link GeographyPicker}); applies to the
   * current geography at once.
   */
  public void setPickerFactory(Function<Geography, Picker> factory) {
    this.pickerFactory = Objects.requireNonNull(factory, "factory");
    Geography g = geography.get();
    picker.set(g == null ? Picker.NONE : factory.apply(g));
  }

  // ---- navigation ---------------------------------------------------------------------------

  /**
   * Tells the view model the size of the map view. The first real size fits the data; later resizes
   * keep the centre and scale.
   */
  public void setSize(double width, double height) {
    int w = Math.max(1, (int) Math.round(width));
    int h = Math.max(1, (int) Math.round(height));
    Viewport v = viewport.get();
    if (v.width() == w && v.height() == h && sizeKnown) {
      return;
    }
    boolean first = !sizeKnown;
    sizeKnown = true;
    viewport.set(v.resized(w, h));
    if (first && geography.get() != null) {
      zoomToAll();
    }
  }

  /**
   * Zooms by a factor keeping the map point under a pixel fixed (clamped to the zoom limits).
   *
   * @param factor &gt; 1 zooms in
   * @param px pixel x of the fixed point
   * @param py pixel y of the fixed point
   */
  public void zoomAbout(double factor, double px, double py) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      return;
    }
    Viewport v = viewport.get();
    double target = clampMpp(v.metresPerPixel() / factor);
    double effective = v.metresPerPixel() / target;
    if (effective != 1) {
      viewport.set(v.zoomAbout(effective, px, py));
    }
  }

  /** Zooms in one step about the centre of the view. */
  public void zoomIn() {
    Viewport v = viewport.get();
    zoomAbout(STEP_ZOOM, v.width() / 2.0, v.height() / 2.0);
  }

  /** Zooms out one step about the centre of the view. */
  public void zoomOut() {
    Viewport v = viewport.get();
    zoomAbout(1 / STEP_ZOOM, v.width() / 2.0, v.height() / 2.0);
  }

  /**
   * Zooms for a smooth (pixel-precise) scroll, e.g. on a touchpad, about the pointer.
   *
   * @param deltaY JavaFX scroll {@code deltaY}: positive (away from the user) zooms in
   * @param px pointer x
   * @param py pointer y
   */
  public void wheel(double deltaY, double px, double py) {
    if (deltaY != 0) {
      zoomAbout(Math.pow(2, deltaY / WHEEL_DELTA_PER_DOUBLING), px, py);
    }
  }

  /**
   * Zooms for clicks of a mouse wheel about the pointer: one notch zooms by √2.
   *
   * @param notches positive (wheel away from the user) zooms in; fractions for fine wheels
   * @param px pointer x
   * @param py pointer y
   */
  public void wheelNotches(double notches, double px, double py) {
    if (notches != 0) {
      zoomAbout(Math.pow(2, notches / NOTCHES_PER_DOUBLING), px, py);
    }
  }

  /** Pans by a pixel offset: the map moves with the pointer (drag right shows more west). */
  public void pan(double dx, double dy) {
    if (dx != 0 || dy != 0) {
      viewport.set(viewport.get().panByPixels(dx, dy));
    }
  }

  /** One keyboard pan step ({@value #STEP_PAN_FRACTION} of the view) in a direction. */
  public void panStep(Direction d) {
    Viewport v = viewport.get();
    double sx = v.width() * STEP_PAN_FRACTION;
    double sy = v.height() * STEP_PAN_FRACTION;
    switch (d) {
      case LEFT -> pan(sx, 0);
      case RIGHT -> pan(-sx, 0);
      case UP -> pan(0, sy);
      case DOWN -> pan(0, -sy);
    }
  }

  /** Fits an extent (BNG) in the view with a small margin. Empty extents are ignored. */
  public void zoomToExtent(Envelope extent) {
    if (extent == null || extent.isNull()) {
      return;
    }
    Envelope e = new Envelope(extent);
    if (e.getWidth() < 200 && e.getHeight() < 200) {
      e.expandBy(Math.max(0, (200 - e.getWidth()) / 2), Math.max(0, (200 - e.getHeight()) / 2));
    }
    Viewport v = viewport.get();
    setViewport(Viewport.fit(e, v.width(), v.height(), FIT_MARGIN));
  }

  /** The extent of a layer (BNG), or empty when it has no located features. */
  public Optional<Envelope> layerExtent(LayerKind kind) {
    Geography g = geography.get();
    if (g == null) {
      return Optional.empty();
    }
    Envelope e =
        switch (kind) {
          case WARDS -> g.wards().extent();
          case SCHOOLS -> g.schools().extent();
          case FLOWS -> g.extent();
        };
    return e.isNull() ? Optional.empty() : Optional.of(e);
  }

  /** Zooms to the extent of a layer. */
  public void zoomToLayer(LayerKind kind) {
    layerExtent(kind).ifPresent(this::zoomToExtent);
  }

  /** Zooms to all data. */
  public void zoomToAll() {
    Geography g = geography.get();
    if (g != null) {
      zoomToExtent(g.extent());
    }
  }

  /** Zooms to the selected ward or school; does nothing without a selection. */
  public void zoomToSelection() {
    Optional<Ward> w = selectedWard();
    if (w.isPresent()) {
      zoomToExtent(w.get().geometry().getEnvelopeInternal());
      return;
    }
    selectedSchool()
        .filter(School::hasLocation)
        .ifPresent(s -> zoomToExtent(s.location().buffer(400).getEnvelopeInternal()));
  }

  // ---- pointer ------------------------------------------------------------------------------

  /** The pointer moved over the map: updates the cursor position texts and the hover target. */
  public void pointerMoved(double px, double py) {
    pointerX = px;
    pointerY = py;
    Point2D.Double w = viewport.get().toWorld(px, py);
    Coordinate c = new Coordinate(w.x, w.y);
    cursor.set(c);
    cursorText.set(MapText.bng(c.x, c.y));
    latLonText.set(latLon(c));
    hover.set(pick(px, py).orElse(null));
  }

  /** The pointer left the map. */
  public void pointerExited() {
    pointerX = Double.NaN;
    pointerY = Double.NaN;
    cursor.set(null);
    cursorText.set("");
    latLonText.set("");
    hover.set(null);
  }

  /** A click (without drag) at a pixel: selects what is there, or clears the selection. */
  public void click(double px, double py) {
    Optional<MapTarget> t = pick(px, py);
    selection.set(t.orElse(null));
    setStatusMessage(t.map(x -> "Selected " + x.describe()).orElse("Selection cleared"));
  }

  /**
   * What is at a pixel: the topmost visible layer that has something there wins; schools within
   * {@value #PICK_RADIUS_PX} pixels, wards by point-in-polygon.
   */
  public Optional<MapTarget> pick(double px, double py) {
    Picker p = picker.get();
    Viewport v = viewport.get();
    Point2D.Double w = v.toWorld(px, py);
    Coordinate c = new Coordinate(w.x, w.y);
    for (MapLayer l : layers) {
      if (!l.isVisible()) {
        continue;
      }
      Optional<MapTarget> t =
          switch (l.kind()) {
            case SCHOOLS -> p.schoolNear(c, PICK_RADIUS_PX * v.metresPerPixel()).map(MapTarget::of);
            case WARDS -> p.wardAt(c).map(MapTarget::of);
            case FLOWS -> Optional.<MapTarget>empty();
          };
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  // ---- layers -------------------------------------------------------------------------------

  /**
   * Moves a layer to a new position in the list (0 = top), keeping the others in order.
   *
   * @return true when the layer moved
   */
  public boolean moveLayer(MapLayer layer, int newIndex) {
    int from = layers.indexOf(layer);
    int to = Math.max(0, Math.min(layers.size() - 1, newIndex));
    if (from < 0 || from == to) {
      return false;
    }
    List<MapLayer> copy = new ArrayList<>(layers);
    copy.remove(from);
    copy.add(to, layer);
    layers.setAll(copy);
    return true;
  }

  /** An immutable snapshot of what is drawn (layers bottom first). */
  public MapScene snapshot() {
    List<LayerState> order = new ArrayList<>(layers.size());
    for (int i = layers.size() - 1; i >= 0; i--) {
      order.add(layers.get(i).snapshot());
    }
    return new MapScene(geography.get(), order, hover.get(), selection.get(), content.get());
  }

  // ---- internals ----------------------------------------------------------------------------

  private void onGeographyChanged(Geography old, Geography g) {
    picker.set(g == null ? Picker.NONE : pickerFactory.apply(g));
    List<MapLayer> next = new ArrayList<>();
    if (g != null) {
      next.add(reuse(LayerKind.SCHOOLS, g.schools().name()));
      next.add(reuse(LayerKind.FLOWS, flowLayerName()));
      next.add(reuse(LayerKind.WARDS, g.wards().name()));
      next.sort((a, b) -> Integer.compare(rank(a.kind()), rank(b.kind())));
    }
    hover.set(null);
    MapTarget sel = selection.get();
    if (sel != null && g != null) {
      boolean stillThere =
          sel.isWard()
              ? g.wards().byCode(sel.id()).isPresent()
              : g.schools().byUrn(sel.id()).isPresent();
      if (!stillThere) {
        selection.set(null);
      }
    } else if (g == null) {
      selection.set(null);
    }
    layers.setAll(next);
    if (g != null && old == null) {
      zoomToAll();
    }
    updateScene();
  }

  private String flowLayerName() {
    return layer(LayerKind.FLOWS).map(MapLayer::getName).orElse(LayerKind.FLOWS.label());
  }

  private MapLayer reuse(LayerKind kind, String name) {
    for (MapLayer l : layers) {
      if (l.kind() == kind) {
        l.nameProperty().set(name);
        return l;
      }
    }
    return new MapLayer(kind, name);
  }

  private int rank(LayerKind kind) {
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).kind() == kind) {
        return i;
      }
    }
    return switch (kind) {
      case SCHOOLS -> -3;
      case FLOWS -> -2;
      case WARDS -> -1;
    };
  }

  private void onLayersChanged() {
    MapTarget h = hover.get();
    if (h != null && !Double.isNaN(pointerX)) {
      hover.set(pick(pointerX, pointerY).orElse(null));
    }
    updateScene();
  }

  private void updateScene() {
    MapScene next = snapshot();
    if (!next.equals(scene.get())) {
      scene.set(next);
    }
  }

  private void onViewportChanged() {
    scaleText.set(MapText.scale(scaleDenominator()));
    if (!Double.isNaN(pointerX)) {
      pointerMoved(pointerX, pointerY);
    }
  }

  private static double clampMpp(double mpp) {
    return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, mpp));
  }

  private static String latLon(Coordinate bng) {
    try {
      return MapText.latLon(CrsTransform.bngToWgs84(bng.x, bng.y));
    } catch (RuntimeException e) {
      return "";
    }
  }
}
