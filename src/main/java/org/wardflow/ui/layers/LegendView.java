package org.wardflow.ui.layers;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.render.Layer;
import org.wardflow.render.Legend;
import org.wardflow.render.LegendPainter;
import org.wardflow.render.Style;
import org.wardflow.ui.map.LayerState;
import org.wardflow.ui.map.MapScene;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.style.Choropleth;

/**
 * The legend panel: the renderer's own legend painter ({@link LegendPainter}) drawn at the window's
 * output scale into an image — exactly the legend of exports — with class ranges and wards per
 * class, no-data and hatched suppressed swatches, flow widths and school symbols for the layers
 * shown; below it, what "[c]" means under the current policy and the classification notes.
 */
public final class LegendView extends VBox {
  private final ObservableValue<ThematicMap> thematic;
  private final MapViewModel map;
  private final ImageView image = new ImageView();
  private final Label suppressed = new Label();
  private final Label notes = new Label();
  private final Label symbols = new Label();
  private final Label subject = new Label();
  private double naturalWidth;
  private final Label empty = new Label("No legend: open a flow table to map it.");
  private final ReadOnlyObjectWrapper<Legend> legend = new ReadOnlyObjectWrapper<>(this, "legend");
  private double outputScale = 1;

  /**
   * Creates the legend.
   *
   * @param thematic the thematic map shown
   * @param map the map (for the visible layers)
   */
  public LegendView(ObservableValue<ThematicMap> thematic, MapViewModel map) {
    this.thematic = thematic;
    this.map = map;
    setId("legend");
    getStyleClass().add("legend-view");
    setSpacing(6);
    image.setId("legend-image");
    suppressed.setId("legend-suppressed");
    suppressed.getStyleClass().add("hint-text");
    suppressed.setWrapText(true);
    notes.getStyleClass().add("hint-text");
    notes.setWrapText(true);
    symbols.setId("legend-symbols");
    symbols.getStyleClass().add("hint-text");
    symbols.setWrapText(true);
    empty.getStyleClass().add("placeholder-text");
    empty.setWrapText(true);
    subject.setId("legend-subject");
    subject.getStyleClass().add("legend-subject");
    subject.setWrapText(true);
    getChildren().addAll(empty, subject, image, symbols, suppressed, notes);
    widthProperty().addListener((obs, o, w) -> fit());
    thematic.addListener((Observable o) -> refresh());
    map.sceneProperty()
        .addListener(
            (obs, old, s) -> {
              if (old == null || !old.layers().equals(s.layers())) {
                refresh();
              }
            });
    sceneProperty()
        .flatMap(Scene::windowProperty)
        .flatMap(Window::renderScaleXProperty)
        .addListener(
            (obs, o, s) -> {
              outputScale = s == null ? 1 : Math.max(1, s.doubleValue());
              refresh();
            });
    refresh();
  }

  /** The legend shown (the model the image is painted from), or null. */
  public ReadOnlyObjectProperty<Legend> legendProperty() {
    return legend.getReadOnlyProperty();
  }

  /** The image view showing the painted legend. */
  public ImageView imageView() {
    return image;
  }

  private void refresh() {
    ThematicMap t = thematic.getValue();
    if (t == null) {
      legend.set(null);
      image.setImage(null);
      show(false);
      return;
    }
    List<Layer> layers = new ArrayList<>();
    MapScene ms = map.getScene();
    for (LayerState l : ms.layers()) {
      if (l.visible()) {
        layers.add(
            switch (l.kind()) {
              case WARDS -> Layer.WARDS;
              case FLOWS -> Layer.FLOWS;
              case SCHOOLS -> Layer.SCHOOLS;
            });
      }
    }
    Choropleth c = t.choropleth();
    DisclosurePolicy p =
        t.input().cyp() != null
            ? t.input().cyp().policy()
            : t.input().flows() != null ? t.input().flows().policy() : null;
    Legend l =
        Legend.forScene(
                t.scene().withLayers(layers),
                t.style(),
                layers.contains(Layer.WARDS) ? c.title() : "",
                c.legendClasses(),
                t.flowTitle())
            .withPolicy(p);
    legend.set(l);
    paint(l, t.style());
    show(true);
    subject.setText(
        c.subject().isEmpty() || !layers.contains(Layer.WARDS)
            ? ""
            : "Where the CYP of " + c.subject() + " live");
    subject.setVisible(!subject.getText().isEmpty());
    subject.setManaged(subject.isVisible());
    symbols.setText(symbolText(t, layers));
    symbols.setVisible(!symbols.getText().isEmpty());
    symbols.setManaged(symbols.isVisible());
    suppressed.setText(suppressionNote(p));
    suppressed.setVisible(!suppressed.getText().isEmpty());
    suppressed.setManaged(suppressed.isVisible());
    String n = String.join(" ", c.notes());
    if (!c.legendClasses().isEmpty() && !c.colourBlindSafe()) {
      n = (n + " This palette is not rated colour-blind safe.").trim();
    }
    notes.setText(n);
    notes.setVisible(!n.isEmpty());
    notes.setManaged(!n.isEmpty());
  }

  /**
   * What the suppression symbol, the hatching and the dashed flows mean under a policy, and the
   * rounding: e.g. "[c], hatching and dashed flows: hidden to protect small numbers (counts of 1–4,
   * and other cells that would reveal them). Figures rounded to the nearest 5." Empty when nothing
   * is suppressed or rounded.
   */
  static String suppressionNote(DisclosurePolicy p) {
    if (p == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (p.k() > 1) {
      sb.append("[c], hatching and dashed flows: ")
          .append(p.legendText().replaceFirst("^\\[c\\] ", ""))
          .append('.');
    }
    if (p.roundingBase() > 0) {
      sb.append(sb.length() > 0 ? " " : "")
          .append("Figures rounded to the nearest ")
          .append(p.roundingBase())
          .append(" (totals rounded on their own, so cells need not add up).");
    }
    return sb.toString();
  }

  /** What symbol sizes and the flow filters mean, in one or two sentences. */
  static String symbolText(ThematicMap t, List<Layer> layers) {
    StringBuilder sb = new StringBuilder();
    if (layers.contains(Layer.FLOWS) && !t.scene().flows().isEmpty()) {
      var d = t.scene().flowDisplay();
      long published = t.scene().flows().stream().filter(f -> !f.hidden()).count();
      if (d.topN() > 0 && d.topN() < published) {
        sb.append("Flows: the ")
            .append(d.topN())
            .append(" largest of ")
            .append(published)
            .append(d.fadeRest() ? " drawn in full, the rest faint" : " drawn");
        sb.append(d.minCount() > 0 ? ", and only those of " + d.minCount() + " or more. " : ". ");
      } else if (d.minCount() > 0) {
        sb.append("Flows: only those of ").append(d.minCount()).append(" or more. ");
      }
    }
    if (layers.contains(Layer.SCHOOLS)) {
      switch (t.input().sizing()) {
        case CYP -> {
          if (t.input().cyp() != null) {
            sb.append(
                "School symbol area ∝ CYP attending (published school total); small plain"
                    + " symbols: total hidden or not published.");
          }
        }
        case PUPILS -> sb.append("School symbol area ∝ pupils on roll.");
        case NONE -> {}
      }
    }
    return sb.toString().trim();
  }

  private void show(boolean has) {
    empty.setVisible(!has);
    empty.setManaged(!has);
    image.setVisible(has);
    image.setManaged(has);
  }

  private void paint(Legend l, Style style) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D sg = scratch.createGraphics();
    Rectangle2D size = LegendPainter.measure(l, style, sg.getFontRenderContext());
    sg.dispose();
    double s = outputScale;
    int w = (int) Math.ceil((size.getWidth() + 4) * s);
    int h = (int) Math.ceil((size.getHeight() + 4) * s);
    if (w <= 0 || h <= 0) {
      image.setImage(null);
      return;
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(s, s);
      LegendPainter.paint(l, style, g, 2, 2);
    } finally {
      g.dispose();
    }
    image.setImage(SwingFXUtils.toFXImage(img, null));
    image.setPreserveRatio(true);
    image.setSmooth(true);
    naturalWidth = w / s;
    fit();
  }

  /** Shows the legend at its natural size, or narrower (scaled) when the panel is narrower. */
  private void fit() {
    double avail = getWidth() - snappedLeftInset() - snappedRightInset();
    image.setFitWidth(avail > 20 ? Math.min(naturalWidth, avail) : naturalWidth);
  }
}
