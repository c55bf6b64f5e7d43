package org.wardflow.ui.selection;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wardflow.model.Geography;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;

/**
 * The side panel of summary figures for the selection (published values only): a heading, key
 * figures, and the list of schools a ward's CYP attend or the wards a school's CYP live in, with
 * published counts and shares; names in the list select that school or ward. With nothing selected
 * it shows the table's totals and the wards with the highest mapped values.
 */
public final class SelectionSummaryPanel extends VBox {
  private final MapViewModel map;
  private final Label title = new Label();
  private final Label subtitle = new Label();
  private final GridPane facts = new GridPane();
  private final Label listTitle = new Label();
  private final GridPane list = new GridPane();
  private final Label more = new Label();
  private final Label note = new Label();

  /**
   * Creates the panel.
   *
   * @param summary the summary to show
   * @param map the map (selection, zoom)
   */
  public SelectionSummaryPanel(ObservableValue<SelectionSummary> summary, MapViewModel map) {
    this.map = map;
    setId("selection-summary");
    getStyleClass().add("selection-panel");
    setSpacing(6);
    title.setId("selection-title");
    title.getStyleClass().add("selection-title");
    title.setWrapText(true);
    subtitle.getStyleClass().add("selection-subtitle");
    subtitle.setWrapText(true);
    facts.getStyleClass().add("facts");
    facts.setHgap(10);
    facts.setVgap(3);
    listTitle.getStyleClass().add("list-title");
    listTitle.setWrapText(true);
    list.setId("selection-list");
    list.getStyleClass().add("summary-list");
    list.setHgap(8);
    list.setVgap(1);
    ColumnConstraints name = new ColumnConstraints();
    name.setHgrow(Priority.ALWAYS);
    name.setMinWidth(60);
    ColumnConstraints value = new ColumnConstraints();
    value.setHalignment(HPos.RIGHT);
    value.setMinWidth(28);
    ColumnConstraints share = new ColumnConstraints();
    share.setHalignment(HPos.RIGHT);
    share.setMinWidth(34);
    list.getColumnConstraints().addAll(name, value, share);
    more.getStyleClass().add("hint-text");
    note.getStyleClass().add("hint-text");
    note.setWrapText(true);

    Button zoom = new Button("Zoom to");
    zoom.setId("selection-zoom");
    zoom.setTooltip(new Tooltip("Zoom the map to the selected ward or school"));
    zoom.setOnAction(e -> map.zoomToSelection());
    Button clear = new Button("Clear");
    clear.setId("selection-clear");
    clear.setTooltip(new Tooltip("Clear the selection (Esc on the map)"));
    clear.setOnAction(e -> map.setSelection(null));
    zoom.disableProperty().bind(map.selectionProperty().isNull());
    clear.disableProperty().bind(map.selectionProperty().isNull());
    HBox buttons = new HBox(6, zoom, clear);
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.getStyleClass().add("panel-buttons");
    getChildren().addAll(title, subtitle, facts, listTitle, list, more, note, buttons);
    summary.addListener((obs, o, s) -> show(s));
    show(summary.getValue());
  }

  private void show(SelectionSummary s) {
    if (s == null) {
      s = SelectionSummary.EMPTY;
    }
    title.setText(s.title());
    subtitle.setText(s.subtitle());
    subtitle.setVisible(!s.subtitle().isEmpty());
    subtitle.setManaged(subtitle.isVisible());
    facts.getChildren().clear();
    int r = 0;
    for (SelectionSummary.Fact f : s.facts()) {
      Label k = new Label(f.key());
      k.getStyleClass().add("fact-key");
      Label v = new Label(f.value());
      v.getStyleClass().add(f.hidden() ? "fact-hidden" : "fact-value");
      v.setWrapText(true);
      if (f.hidden()) {
        v.setTooltip(new Tooltip("Hidden to protect small numbers"));
      }
      facts.addRow(r++, k, v);
    }
    listTitle.setText(s.listTitle());
    listTitle.setVisible(!s.rows().isEmpty());
    listTitle.setManaged(listTitle.isVisible());
    list.getChildren().clear();
    r = 0;
    for (SelectionSummary.Row row : s.rows()) {
      Hyperlink name = new Hyperlink(row.name());
      name.getStyleClass().add("row-link");
      name.setMinWidth(0);
      name.setMaxWidth(Double.MAX_VALUE);
      name.setTooltip(new Tooltip(row.name() + " — click to select"));
      MapTarget target =
          s.kind() == SelectionSummary.Kind.WARD
              ? new MapTarget(MapTarget.Kind.SCHOOL, row.id(), row.name())
              : new MapTarget(MapTarget.Kind.WARD, row.id(), row.name());
      name.setOnAction(e -> select(target));
      Label value = new Label(row.value());
      value.getStyleClass().add(row.hidden() ? "fact-hidden" : "row-value");
      Label share = new Label(s.kind() == SelectionSummary.Kind.OVERVIEW ? "" : row.share());
      share.getStyleClass().add("row-share");
      list.addRow(r++, name, value, share);
    }
    list.setVisible(!s.rows().isEmpty());
    list.setManaged(list.isVisible());
    more.setText(s.more() > 0 ? "and " + s.more() + " more" : "");
    more.setVisible(s.more() > 0);
    more.setManaged(more.isVisible());
    note.setText(s.note());
    note.setVisible(!s.note().isEmpty());
    note.setManaged(note.isVisible());
  }

  private void select(MapTarget t) {
    Geography g = map.getGeography();
    if (g == null) {
      return;
    }
    boolean exists =
        t.isWard() ? g.wards().byCode(t.id()).isPresent() : g.schools().byUrn(t.id()).isPresent();
    if (exists) {
      map.setSelection(t);
      map.setStatusMessage("Selected " + t.describe());
    }
  }
}
