package org.wardflow.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapLayer;
import org.wardflow.ui.map.MapViewModel;

/**
 * The layer list: one row per layer (visibility checkbox, symbol, name), topmost layer first.
 * Reorder by dragging a row or with the Move up / Move down buttons; Zoom to layer fits the
 * selected layer.
 */
final class LayerPanel extends VBox {
  private static final DataFormat LAYER_INDEX =
      new DataFormat("application/x-wardflow-layer-index");

  private static final double ROW_HEIGHT = 32;

  private final MapViewModel model;
  private final ListView<MapLayer> list;

  LayerPanel(MapViewModel model) {
    this.model = model;
    getStyleClass().add("layer-panel");
    list = new ListView<>(model.layers());
    list.setId("layer-list");
    list.setCellFactory(v -> new LayerCell());
    list.setFixedCellSize(ROW_HEIGHT);
    list.prefHeightProperty()
        .bind(Bindings.max(64, Bindings.size(model.layers()).multiply(ROW_HEIGHT).add(4)));
    list.setMinHeight(64);
    list.setFocusTraversable(true);
    list.setTooltip(
        new Tooltip(
            "Layers, topmost first. Tick to show or hide; drag a row (or use the arrows) to change"
                + " the drawing order."));
    list.setPlaceholder(new Label("No layers"));
    VBox.setVgrow(list, Priority.ALWAYS);

    Button up = button(Icons.up(), "Move the selected layer up (drawn later, on top)");
    up.setId("layer-up");
    up.setOnAction(e -> move(-1));
    Button down = button(Icons.down(), "Move the selected layer down (drawn earlier, below)");
    down.setId("layer-down");
    down.setOnAction(e -> move(+1));
    Button zoom = button(Icons.zoomLayer(), "Zoom to the extent of the selected layer");
    zoom.setId("layer-zoom");
    zoom.setOnAction(e -> zoomToSelectedLayer());
    var nothingSelected = list.getSelectionModel().selectedItemProperty().isNull();
    up.disableProperty()
        .bind(nothingSelected.or(list.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
    down.disableProperty()
        .bind(
            nothingSelected.or(
                Bindings.createBooleanBinding(
                    () -> list.getSelectionModel().getSelectedIndex() >= model.layers().size() - 1,
                    list.getSelectionModel().selectedIndexProperty(),
                    model.layers())));
    zoom.disableProperty().bind(nothingSelected);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(4, up, down, spacer, zoom);
    buttons.getStyleClass().add("panel-buttons");
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(list, buttons);
    setSpacing(6);
  }

  ListView<MapLayer> list() {
    return list;
  }

  /** The layer selected in the list, or the wards layer when none is selected. */
  LayerKind selectedOrDefault() {
    MapLayer l = list.getSelectionModel().getSelectedItem();
    return l == null ? LayerKind.WARDS : l.kind();
  }

  void zoomToSelectedLayer() {
    LayerKind k = selectedOrDefault();
    if (model.layerExtent(k).isEmpty()) {
      model.setStatusMessage("The " + k.label().toLowerCase() + " layer has nothing to zoom to");
      return;
    }
    model.zoomToLayer(k);
  }

  private void move(int delta) {
    MapLayer l = list.getSelectionModel().getSelectedItem();
    if (l != null && model.moveLayer(l, model.layers().indexOf(l) + delta)) {
      list.getSelectionModel().select(l);
    }
  }

  private static Button button(Node icon, String tip) {
    Button b = new Button();
    b.setGraphic(icon);
    b.getStyleClass().add("icon-button");
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  /** A row: checkbox, swatch, name; draggable for reordering. */
  private final class LayerCell extends ListCell<MapLayer> {
    private final CheckBox visible = new CheckBox();
    private final Label name = new Label();
    private final HBox box;
    private BooleanProperty bound;

    LayerCell() {
      getStyleClass().add("layer-cell");
      name.getStyleClass().add("layer-name");
      name.setMinWidth(0);
      box = new HBox(6, visible, new Label(), name);
      box.setMinWidth(0);
      // never wider than the list: long names are cut with an ellipsis, no horizontal scroll bar
      setPrefWidth(0);
      box.setAlignment(Pos.CENTER_LEFT);
      setOnDragDetected(
          e -> {
            if (getItem() == null) {
              return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.put(LAYER_INDEX, getIndex());
            db.setContent(c);
            db.setDragView(snapshot(null, null));
            e.consume();
          });
      setOnDragOver(
          e -> {
            if (e.getGestureSource() != this && e.getDragboard().hasContent(LAYER_INDEX)) {
              e.acceptTransferModes(TransferMode.MOVE);
              getStyleClass().add("drop-target");
            }
            e.consume();
          });
      setOnDragExited(e -> getStyleClass().remove("drop-target"));
      setOnDragDropped(
          e -> {
            Object from = e.getDragboard().getContent(LAYER_INDEX);
            boolean done = false;
            if (from instanceof Integer i && i >= 0 && i < model.layers().size()) {
              MapLayer moved = model.layers().get(i);
              int to = getItem() == null ? model.layers().size() - 1 : getIndex();
              done = model.moveLayer(moved, to);
              list.getSelectionModel().select(moved);
            }
            e.setDropCompleted(done);
            e.consume();
          });
    }

    @Override
    protected void updateItem(MapLayer item, boolean empty) {
      super.updateItem(item, empty);
      if (bound != null) {
        visible.selectedProperty().unbindBidirectional(bound);
        bound = null;
      }
      name.textProperty().unbind();
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        setTooltip(null);
        return;
      }
      bound = item.visibleProperty();
      visible.selectedProperty().bindBidirectional(bound);
      visible.setId("layer-visible-" + item.kind().name());
      visible.setTooltip(new Tooltip("Show or hide the " + item.kind().label().toLowerCase()));
      name.textProperty().bind(item.nameProperty());
      box.getChildren()
          .set(
              1,
              switch (item.kind()) {
                case WARDS -> Icons.polygonSwatch();
                case SCHOOLS -> Icons.pointSwatch();
                case FLOWS -> Icons.flowSwatch();
              });
      setTooltip(new Tooltip(item.kind().label() + ": " + item.getName()));
      setText(null);
      setGraphic(box);
    }
  }
}
