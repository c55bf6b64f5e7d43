package org.wardflow.ui;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;

/**
 * The status bar: latest message, the long tasks under way (progress and Cancel), what is under the
 * pointer, the pointer position in British National Grid and in latitude/longitude, and the scale.
 */
final class StatusBar extends HBox {
  final Label message = new Label();
  final Label hover = new Label();
  final Label bng = new Label();
  final Label latLon = new Label();
  final Label scale = new Label();
  final org.wardflow.ui.task.TaskIndicator tasks;

  StatusBar(MainViewModel main, org.wardflow.ui.task.TaskCentre centre) {
    MapViewModel map = main.map();
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    message.setId("status-message");
    message.textProperty().bind(map.statusMessageProperty());
    message.setTooltip(new Tooltip("The latest message"));
    message.setMinWidth(120);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    tasks = new org.wardflow.ui.task.TaskIndicator(centre);
    hover.setId("status-hover");
    hover.getStyleClass().add("status-hover");
    hover.textProperty().bind(map.hoverProperty().map(MapTarget::describe).orElse(""));
    hover.setTooltip(new Tooltip("The ward or school under the pointer"));
    bng.setId("status-bng");
    bng.textProperty().bind(map.cursorTextProperty().map(t -> t.isEmpty() ? "E –  N –" : t));
    bng.setTooltip(new Tooltip("Pointer position, British National Grid (EPSG:27700), metres"));
    bng.setMinWidth(170);
    latLon.setId("status-latlon");
    latLon.textProperty().bind(map.latLonTextProperty().map(t -> t.isEmpty() ? "–° N  –° W" : t));
    latLon.setTooltip(new Tooltip("Pointer position, WGS 84 latitude and longitude (about 2 m)"));
    latLon.setMinWidth(190);
    scale.setId("status-scale");
    scale.textProperty().bind(map.scaleTextProperty());
    scale.setTooltip(new Tooltip("Map scale on a 96 dpi screen"));
    scale.setMinWidth(96);
    scale.getStyleClass().add("status-scale");
    for (Label l : new Label[] {bng, latLon, scale}) {
      l.getStyleClass().add("status-field");
    }
    getChildren().addAll(message, tasks, hover, sep(), bng, sep(), latLon, sep(), scale);
  }

  private static Separator sep() {
    return new Separator(Orientation.VERTICAL);
  }
}
