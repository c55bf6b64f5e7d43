package org.wardflow.ui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.ui.map.MapText;
import org.wardflow.ui.map.MapViewModel;

/** Facts about the selected ward or school (public attributes only, never flow counts). */
final class SelectionPanel extends VBox {
  private final MapViewModel model;
  private final Label title = new Label();
  private final GridPane facts = new GridPane();
  private final Label empty = new Label("Nothing selected.\nClick a ward or school on the map.");

  SelectionPanel(MapViewModel model) {
    this.model = model;
    getStyleClass().add("selection-panel");
    setSpacing(6);
    title.setId("selection-title");
    title.getStyleClass().add("selection-title");
    title.setWrapText(true);
    facts.getStyleClass().add("facts");
    facts.setHgap(10);
    facts.setVgap(3);
    empty.getStyleClass().add("placeholder-text");
    empty.setWrapText(true);

    Button zoom = new Button("Zoom to");
    zoom.setGraphic(Icons.zoomSelection());
    zoom.setTooltip(new Tooltip("Zoom the map to the selected ward or school"));
    zoom.setOnAction(e -> model.zoomToSelection());
    Button clear = new Button("Clear");
    clear.setGraphic(Icons.clear());
    clear.setTooltip(new Tooltip("Clear the selection (Esc on the map)"));
    clear.setOnAction(e -> model.setSelection(null));
    zoom.disableProperty().bind(model.selectionProperty().isNull());
    clear.disableProperty().bind(model.selectionProperty().isNull());
    HBox buttons = new HBox(6, zoom, clear);
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.getStyleClass().add("panel-buttons");
    getChildren().addAll(empty, title, facts, buttons);
    model.selectionProperty().addListener((obs, old, t) -> refresh());
    model.geographyProperty().addListener((obs, old, g) -> refresh());
    refresh();
  }

  private void refresh() {
    facts.getChildren().clear();
    var ward = model.selectedWard();
    var school = model.selectedSchool();
    boolean none = ward.isEmpty() && school.isEmpty();
    empty.setVisible(none);
    empty.setManaged(none);
    title.setVisible(!none);
    title.setManaged(!none);
    ward.ifPresent(this::showWard);
    school.ifPresent(this::showSchool);
  }

  private void showWard(Ward w) {
    title.setText(w.name());
    int r = 0;
    row(r++, "Type", "Ward");
    row(r++, "Code", w.code());
    if (!w.districtName().isEmpty()) {
      row(r++, "District", w.districtName());
    }
    row(r, "Area", String.format(Locale.UK, "%,.2f km²", w.geometry().getArea() / 1_000_000));
  }

  private void showSchool(School s) {
    title.setText(s.name());
    int r = 0;
    row(r++, "Type", s.type().isEmpty() ? "School" : s.type());
    row(r++, "URN", s.urn());
    row(r++, "Phase", s.phase().label());
    row(r++, "Status", s.open() ? "Open" : "Closed");
    row(r++, "Pupils", s.pupilCount().isPresent() ? MapText.grouped(s.pupils()) : "unknown");
    if (!s.postcode().isEmpty()) {
      row(r, "Postcode", s.postcode());
    }
  }

  private void row(int r, String key, String value) {
    Label k = new Label(key);
    k.getStyleClass().add("fact-key");
    Label v = new Label(value);
    v.getStyleClass().add("fact-value");
    v.setWrapText(true);
    facts.addRow(r, k, v);
  }
}
