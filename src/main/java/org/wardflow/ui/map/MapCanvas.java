package org.wardflow.ui.map;

import java.awt.geom.Point2D;
import java.nio.IntBuffer;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import org.wardflow.render.Viewport;

/**
 * The map view: shows frames painted off the FX thread and turns pointer and keyboard input into
 * {@link MapViewModel} calls.
 *
 * <p>Frames: whenever the viewport, the frame description or the output scale changes, the canvas
 * takes an immutable {@link FrameRequest} after the next layout pass and hands it to a {@link
 * FrameScheduler}, which paints it with the {@link FramePainter} on a background thread into a
 * {@code TYPE_INT_ARGB_PRE} image. The finished frame is copied on the FX thread into a {@link
 * PixelBuffer} ({@code INT_ARGB_PRE}) behind a {@link WritableImage} shown by an {@link ImageView}.
 * A newer request makes older ones stale: their painters are told to stop and their pixels are
 * dropped. Until the new frame arrives the last frame is shown moved and scaled to the current
 * viewport (a cheap preview), so panning and zooming respond at once. Images are painted at the
 * window's output scale (HiDPI) and shown at logical size.
 *
 * <p>Input: drag (primary or middle button) pans, the wheel and pinch zoom about the pointer, a
 * double click zooms in, a click selects; with focus, arrow keys pan, {@code +}/{@code =} and
 * {@code -} zoom, Home zooms to all data and Escape clears the selection. Hovering a ward or school
 * shows a map tip with its name.
 */
public final class MapCanvas extends Region {
  /** Pointer travel in pixels below which a press-release counts as a click, not a drag. */
  public static final double DRAG_THRESHOLD = 4;

  private final MapViewModel model;
  private final FrameScheduler scheduler;
  private final ImageView imageView = new ImageView();
  private final Label tipTitle = new Label();
  private final Label tipDetail = new Label();
  private final VBox tip = new VBox(tipTitle, tipDetail);
  private final ScaleBar scaleBar = new ScaleBar();
  private final Affine preview = new Affine();
  private final ReadOnlyObjectWrapper<FrameRequest> displayed =
      new ReadOnlyObjectWrapper<>(this, "displayedFrame");
  private final ReadOnlyLongWrapper framesShown = new ReadOnlyLongWrapper(this, "framesShown");
  private final ReadOnlyObjectWrapper<String> paintError =
      new ReadOnlyObjectWrapper<>(this, "paintError");
  private final Runnable pulseListener = this::submitIfDirty;
  private final ObservableValue<Number> renderScale;

  private PixelBuffer<IntBuffer> pixelBuffer;
  private FrameRequest lastSubmitted;
  private double outputScale = 1;
  private boolean dirty = true;
  private boolean disposed;
  private Scene pulseScene;
  private Function<MapTarget, String> tipText = this::defaultTipText;
  private long lastPaintMillis;

  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean pressed;
  private boolean dragging;
  private double pointerX = Double.NaN;
  private double pointerY = Double.NaN;

  /**
   * Creates a map view painting on its own background thread.
   *
   * @param model the view model to show and drive
   * @param painter draws frames
   */
  public MapCanvas(MapViewModel model, FramePainter painter) {
    this(model, painter, FrameScheduler.paintingThread());
  }

  /**
   * Creates a map view painting on a given executor (closed by {@link #dispose()}).
   *
   * @param model the view model to show and drive
   * @param painter draws frames
   * @param executor runs the painter
   */
  public MapCanvas(MapViewModel model, FramePainter painter, ExecutorService executor) {
    this.model = Objects.requireNonNull(model, "model");
    BiConsumer<FrameRequest, RuntimeException> failed =
        (r, e) -> Platform.runLater(() -> paintFailed(e));
    this.scheduler =
        new FrameScheduler(painter, executor, f -> Platform.runLater(() -> commit(f)), failed);
    getStyleClass().add("map-canvas");
    setFocusTraversable(true);
    setMinSize(100, 80);
    setPrefSize(800, 600);

    imageView.setManaged(false);
    imageView.setPreserveRatio(false);
    imageView.getTransforms().add(preview);
    imageView.setMouseTransparent(true);
    tip.getStyleClass().add("map-tip");
    tip.setId("map-tip");
    tipTitle.getStyleClass().add("map-tip-title");
    tipDetail.getStyleClass().add("map-tip-detail");
    tip.setManaged(false);
    tip.setVisible(false);
    tip.setMouseTransparent(true);
    scaleBar.setId("scale-bar");
    getChildren().addAll(imageView, scaleBar, tip);
    scaleBar.update(model.getViewport());
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);

    model
        .viewportProperty()
        .addListener(
            (Observable o) -> {
              updatePreview();
              scaleBar.update(model.getViewport());
              requestLayout();
              markDirty();
            });
    model.sceneProperty().addListener((Observable o) -> markDirty());
    model.hoverProperty().addListener((Observable o) -> updateTip());
    sceneProperty().addListener((obs, old, s) -> attachToScene(s));
    renderScale =
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty);
    renderScale.addListener((obs, old, s) -> setOutputScale(s));
    setOutputScale(renderScale.getValue());
    installInput();
  }

  // ---- public API ---------------------------------------------------------------------------

  /** The view model this map shows. */
  public MapViewModel model() {
    return model;
  }

  /** The image view showing frames (its image is the last committed frame). */
  public ImageView imageView() {
    return imageView;
  }

  /** The image of the last committed frame, or null before the first frame. */
  public Image currentImage() {
    return imageView.getImage();
  }

  /** The request of the frame on screen, or null before the first frame. */
  public ReadOnlyObjectProperty<FrameRequest> displayedFrameProperty() {
    return displayed.getReadOnlyProperty();
  }

  /** Number of frames committed to the screen so far. */
  public ReadOnlyLongProperty framesShownProperty() {
    return framesShown.getReadOnlyProperty();
  }

  /** The message of the last painter failure, or null when the last frame succeeded. */
  public ReadOnlyObjectProperty<String> paintErrorProperty() {
    return paintError.getReadOnlyProperty();
  }

  /** How long the last committed frame took to paint, in milliseconds. */
  public long lastPaintMillis() {
    return lastPaintMillis;
  }

  /** The scheduler (for its counters). */
  public FrameScheduler scheduler() {
    return scheduler;
  }

  /** The device pixels per logical pixel frames are painted at. */
  public double outputScale() {
    return outputScale;
  }

  /**
   * True when the frame on screen shows exactly the current viewport and frame description at the
   * current output scale (no preview, nothing pending).
   */
  public boolean isUpToDate() {
    FrameRequest d = displayed.get();
    return d != null
        && d.viewport().equals(model.getViewport())
        && d.scene().equals(model.getScene())
        && d.outputScale() == outputScale;
  }

  /** Replaces the text of the map tip for a hovered target. */
  public void setTipText(Function<MapTarget, String> tipText) {
    this.tipText = Objects.requireNonNull(tipText, "tipText");
    updateTip();
  }

  /** The map tip (visible while a ward or school is hovered). */
  public Node tip() {
    return tip;
  }

  /** The text of the map tip: the name, a line break, then the details. */
  public String tipText() {
    return tipTitle.getText() + "\n" + tipDetail.getText();
  }

  /** The text of the scale bar, e.g. "500 m". */
  public String scaleBarText() {
    return scaleBar.text();
  }

  /** Stops painting and releases the painting thread. */
  public void dispose() {
    disposed = true;
    attachToScene(null);
    scheduler.close();
  }

  /**
   * Asks for a new frame even though the viewport and frame description are unchanged — for
   * painters that also draw state of their own (an overlay snapshot) which has just changed.
   */
  public void refresh() {
    lastSubmitted = null;
    markDirty();
  }

  // ---- frames -------------------------------------------------------------------------------

  private void attachToScene(Scene s) {
    if (pulseScene != null) {
      pulseScene.removePostLayoutPulseListener(pulseListener);
    }
    pulseScene = disposed ? null : s;
    if (pulseScene != null) {
      pulseScene.addPostLayoutPulseListener(pulseListener);
      markDirty();
    }
  }

  private void setOutputScale(Number s) {
    double next = s == null ? 1 : Math.max(0.5, Math.min(8, s.doubleValue()));
    if (next != outputScale) {
      outputScale = next;
      markDirty();
    }
  }

  private void markDirty() {
    if (!dirty) {
      dirty = true;
      Platform.requestNextPulse();
    }
  }

  private void submitIfDirty() {
    if (!dirty || disposed || getWidth() < 1 || getHeight() < 1) {
      return;
    }
    dirty = false;
    Viewport v = model.getViewport();
    MapScene s = model.getScene();
    if (lastSubmitted != null
        && lastSubmitted.viewport().equals(v)
        && lastSubmitted.scene().equals(s)
        && lastSubmitted.outputScale() == outputScale) {
      return;
    }
    lastSubmitted = scheduler.submit(v, outputScale, s);
  }

  private void commit(RenderedFrame f) {
    FrameRequest r = f.request();
    FrameRequest shown = displayed.get();
    if (disposed || (shown != null && r.sequence() <= shown.sequence())) {
      scheduler.recycle(f);
      return;
    }
    int w = r.pixelWidth();
    int h = r.pixelHeight();
    int[] pixels = f.pixels();
    if (pixelBuffer == null || pixelBuffer.getWidth() != w || pixelBuffer.getHeight() != h) {
      IntBuffer buffer = IntBuffer.allocate(w * h);
      buffer.put(pixels, 0, w * h).rewind();
      pixelBuffer = new PixelBuffer<>(w, h, buffer, PixelFormat.getIntArgbPreInstance());
      imageView.setImage(new WritableImage(pixelBuffer));
    } else {
      pixelBuffer.updateBuffer(
          pb -> {
            IntBuffer b = pb.getBuffer();
            b.clear();
            b.put(pixels, 0, w * h).rewind();
            return null;
          });
    }
    scheduler.recycle(f);
    lastPaintMillis = f.paintNanos() / 1_000_000;
    paintError.set(null);
    displayed.set(r);
    framesShown.set(framesShown.get() + 1);
    updatePreview();
  }

  private void paintFailed(RuntimeException e) {
    String msg =
        "The map could not be drawn ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + ").";
    paintError.set(msg);
    model.setStatusMessage(msg);
    System.getLogger(MapCanvas.class.getName()).log(System.Logger.Level.WARNING, msg, e);
  }

  /** Shows the displayed frame moved and scaled so that it lines up with the current viewport. */
  private void updatePreview() {
    FrameRequest d = displayed.get();
    if (d == null) {
      return;
    }
    Viewport shown = d.viewport();
    Viewport now = model.getViewport();
    imageView.setFitWidth(shown.width());
    imageView.setFitHeight(shown.height());
    double s = shown.metresPerPixel() / now.metresPerPixel();
    Point2D.Double origin = shown.toWorld(0, 0);
    double tx = now.toScreenX(origin.x);
    double ty = now.toScreenY(origin.y);
    preview.setToTransform(s, 0, tx, 0, s, ty);
    imageView.setSmooth(Math.abs(s - 1) > 1e-9);
  }

  @Override
  protected void layoutChildren() {
    if (getWidth() >= 1 && getHeight() >= 1) {
      model.setSize(getWidth(), getHeight());
    }
    imageView.relocate(0, 0);
    scaleBar.autosize();
    scaleBar.relocate(10, getHeight() - scaleBar.getHeight() - 10);
    if (tip.isVisible()) {
      tip.autosize();
      double x = pointerX + 16;
      double y = pointerY + 18;
      if (x + tip.getWidth() > getWidth() - 4) {
        x = pointerX - tip.getWidth() - 8;
      }
      if (y + tip.getHeight() > getHeight() - 4) {
        y = pointerY - tip.getHeight() - 8;
      }
      tip.relocate(Math.max(4, x), Math.max(4, y));
    }
  }

  // ---- map tip ------------------------------------------------------------------------------

  private void updateTip() {
    MapTarget t = model.getHover();
    if (t == null || dragging || Double.isNaN(pointerX)) {
      tip.setVisible(false);
      return;
    }
    String text = tipText.apply(t);
    int nl = text.indexOf('\n');
    tipTitle.setText(nl < 0 ? text : text.substring(0, nl));
    tipDetail.setText(nl < 0 ? "" : text.substring(nl + 1));
    tipDetail.setVisible(nl >= 0);
    tipDetail.setManaged(nl >= 0);
    tip.setVisible(true);
    requestLayout();
  }

  private String defaultTipText(MapTarget t) {
    if (t.isWard()) {
      String district =
          model.getGeography() == null
              ? ""
              : model
                  .getGeography()
                  .wards()
                  .byCode(t.id())
                  .map(w -> w.districtName().isEmpty() ? "" : " · " + w.districtName())
                  .orElse("");
      return t.name() + "\nWard " + t.id() + district;
    }
    String phase =
        model.getGeography() == null
            ? ""
            : model
                .getGeography()
                .schools()
                .byUrn(t.id())
                .map(s -> s.phase().label() + " school · ")
                .orElse("");
    return t.name() + "\n" + phase + "URN " + t.id();
  }

  // ---- input --------------------------------------------------------------------------------

  private void installInput() {
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
    addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> onExited());
    addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    addEventHandler(ZoomEvent.ZOOM, this::onZoom);
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private static boolean pans(MouseButton b) {
    return b == MouseButton.PRIMARY || b == MouseButton.MIDDLE;
  }

  private void onPressed(MouseEvent e) {
    requestFocus();
    if (!pans(e.getButton())) {
      return;
    }
    pressed = true;
    dragging = false;
    pressX = lastX = e.getX();
    pressY = lastY = e.getY();
  }

  private void onDragged(MouseEvent e) {
    if (!pressed) {
      return;
    }
    if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
      return;
    }
    if (!dragging) {
      dragging = true;
      setCursor(Cursor.CLOSED_HAND);
      tip.setVisible(false);
    }
    model.pan(e.getX() - lastX, e.getY() - lastY);
    lastX = e.getX();
    lastY = e.getY();
    e.consume();
  }

  private void onReleased(MouseEvent e) {
    if (!pressed || !pans(e.getButton())) {
      return;
    }
    pressed = false;
    if (dragging) {
      dragging = false;
      setCursor(Cursor.DEFAULT);
      pointerX = e.getX();
      pointerY = e.getY();
      model.pointerMoved(e.getX(), e.getY());
      updateTip();
    } else if (e.getButton() == MouseButton.PRIMARY) {
      model.click(e.getX(), e.getY());
    }
    e.consume();
  }

  private void onClicked(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
      model.zoomAbout(MapViewModel.STEP_ZOOM, e.getX(), e.getY());
      e.consume();
    }
  }

  private void onMoved(MouseEvent e) {
    pointerX = e.getX();
    pointerY = e.getY();
    model.pointerMoved(e.getX(), e.getY());
    updateTip();
  }

  private void onExited() {
    if (dragging) {
      return;
    }
    pointerX = Double.NaN;
    pointerY = Double.NaN;
    model.pointerExited();
    tip.setVisible(false);
  }

  private void onScroll(ScrollEvent e) {
    if (e.getDeltaY() != 0) {
      if (e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE
          || e.getTouchCount() > 0
          || e.isInertia()) {
        model.wheel(e.getDeltaY(), e.getX(), e.getY());
      } else {
        // a wheel click: platforms scale deltaY differently (40 px, 1 line, 3 lines), so count
        // each event as one notch, or less for high-resolution wheels that report fractions
        double lines = Math.abs(e.getTextDeltaY());
        double notch = lines > 0 && lines < 1 ? lines : 1;
        model.wheelNotches(Math.signum(e.getDeltaY()) * notch, e.getX(), e.getY());
      }
    }
    e.consume();
  }

  private void onZoom(ZoomEvent e) {
    model.zoomAbout(e.getZoomFactor(), e.getX(), e.getY());
    e.consume();
  }

  private void onKey(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    boolean handled = true;
    switch (e.getCode()) {
      case LEFT, KP_LEFT -> model.panStep(MapViewModel.Direction.LEFT);
      case RIGHT, KP_RIGHT -> model.panStep(MapViewModel.Direction.RIGHT);
      case UP, KP_UP -> model.panStep(MapViewModel.Direction.UP);
      case DOWN, KP_DOWN -> model.panStep(MapViewModel.Direction.DOWN);
      case PLUS, EQUALS, ADD -> model.zoomIn();
      case MINUS, SUBTRACT, UNDERSCORE -> model.zoomOut();
      case HOME -> model.zoomToAll();
      case ESCAPE -> {
        if (model.getSelection() != null) {
          model.setSelection(null);
          model.setStatusMessage("Selection cleared");
        } else {
          handled = false;
        }
      }
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }
}
