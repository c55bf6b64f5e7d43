package org.wardflow.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The persistent banner: the caveat every view carries, the title of the data shown and its
 * FICTIONAL / SYNTHETIC label (hidden for observed data).
 */
final class CaveatBanner extends HBox {
  final Label caveat = new Label(MainViewModel.CAVEAT);
  final Label title = new Label();
  final Label dataLabel = new Label();

  CaveatBanner(MainViewModel main) {
    getStyleClass().add("caveat-banner");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);
    caveat.setId("caveat");
    caveat.getStyleClass().add("caveat-text");
    caveat.setTooltip(
        new Tooltip(
            "Wardflow explores patterns in published, disclosure-controlled figures about children"
                + " and young people.\nIt does not predict individual behaviour and must not be"
                + " used to label schools or areas."));
    caveat.setMinWidth(Region.USE_PREF_SIZE);
    title.setId("dataset-title");
    title.getStyleClass().add("dataset-title");
    title.textProperty().bind(main.datasetTitleProperty());
    title.setTooltip(new Tooltip("The data shown on the map"));
    title.setMinWidth(0);
    dataLabel.setId("dataset-label");
    dataLabel.getStyleClass().add("data-label");
    dataLabel.textProperty().bind(main.datasetLabelProperty());
    dataLabel.visibleProperty().bind(main.datasetLabelProperty().isNotEmpty());
    dataLabel.managedProperty().bind(dataLabel.visibleProperty());
    dataLabel.setMinWidth(Region.USE_PREF_SIZE);
    dataLabel.setTooltip(
        new Tooltip(
            "FICTIONAL: an invented place, not real wards or schools.\n"
                + "SYNTHETIC: made by a Wardflow generator, not observed."));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label icon = new Label("i");
    icon.getStyleClass().add("caveat-icon");
    icon.setMinWidth(Region.USE_PREF_SIZE);
    icon.setTooltip(caveat.getTooltip());
    getChildren().addAll(icon, caveat, spacer, title, dataLabel);
  }
}
