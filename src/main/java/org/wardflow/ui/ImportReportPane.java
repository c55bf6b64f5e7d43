package org.wardflow.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Issue;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.ui.map.MapText;

/**
 * The collapsible import report panel: choose one of this session's reports; see what the file was
 * read as, its tallies (read, repaired, skipped, …) and a table of issues with severity badges,
 * where in the file each happened and how many people it affects.
 */
final class ImportReportPane extends TitledPane {
  private final ObjectProperty<ImportReport> current;
  private final ComboBox<ImportReport> chooser;
  private final Label kind = new Label();
  private final FlowPane counts = new FlowPane(6, 4);
  private final TableView<Issue> table = new TableView<>();
  private final ObservableList<Issue> rows = FXCollections.observableArrayList();

  ImportReportPane(ObservableList<ImportReport> reports, ObjectProperty<ImportReport> current) {
    this.current = current;
    setId("import-report");
    getStyleClass().add("report-pane");
    setAnimated(false);
    setExpanded(false);
    setTooltip(new Tooltip("What each imported file gave: counts, repairs, skipped records, why"));

    chooser = new ComboBox<>(reports);
    chooser.setId("report-chooser");
    chooser.setPromptText("No files imported yet");
    chooser.setTooltip(new Tooltip("Choose which file's import report to show"));
    chooser.setCellFactory(v -> new ReportCell());
    chooser.setButtonCell(new ReportCell());
    chooser.valueProperty().bindBidirectional(current);
    chooser.setPrefWidth(280);
    kind.getStyleClass().add("report-kind");
    kind.setTooltip(new Tooltip("What the file was read as"));
    counts.getStyleClass().add("report-counts");
    counts.setAlignment(Pos.CENTER_LEFT);
    HBox head = new HBox(10, chooser, kind, counts);
    head.setAlignment(Pos.CENTER_LEFT);
    head.getStyleClass().add("report-head");
    HBox.setHgrow(counts, Priority.ALWAYS);

    table.setId("report-issues");
    table.setItems(rows);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        new Label("No files imported yet — use File ▸ Open… or drop files on the map."));
    table.setTooltip(new Tooltip("Issues found while reading the file, in file order"));
    TableColumn<Issue, Severity> sev = new TableColumn<>("Severity");
    sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
    sev.setCellFactory(c -> new SeverityCell());
    sev.setPrefWidth(104);
    sev.setMaxWidth(130);
    TableColumn<Issue, String> where = new TableColumn<>("Where");
    where.setCellValueFactory(
        c ->
            new ReadOnlyStringWrapper(
                c.getValue().location().isEmpty() ? "whole file" : c.getValue().location()));
    where.setPrefWidth(150);
    where.setMaxWidth(260);
    TableColumn<Issue, String> people = new TableColumn<>("People");
    people.setCellValueFactory(
        c ->
            new ReadOnlyStringWrapper(
                c.getValue().people() < 0 ? "—" : MapText.grouped(c.getValue().people())));
    people.setPrefWidth(70);
    people.setMaxWidth(90);
    people.getStyleClass().add("numeric");
    TableColumn<Issue, String> message = new TableColumn<>("Message");
    message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
    message.setPrefWidth(600);
    table.getColumns().add(sev);
    table.getColumns().add(where);
    table.getColumns().add(people);
    table.getColumns().add(message);

    BorderPane content = new BorderPane(table);
    content.setTop(head);
    BorderPane.setMargin(table, new javafx.geometry.Insets(6, 0, 0, 0));
    content.getStyleClass().add("report-content");
    content.setPrefHeight(210);
    setContent(content);
    current.addListener((obs, old, r) -> show(r));
    show(current.get());
  }

  TableView<Issue> table() {
    return table;
  }

  private void show(ImportReport r) {
    rows.clear();
    counts.getChildren().clear();
    if (r == null) {
      setText("Import report");
      kind.setText("");
      table.setPlaceholder(
          new Label("No files imported yet — use File ▸ Open… or drop files on the map."));
      return;
    }
    setText("Import report — " + fileName(r.file()) + ": " + MainViewModel.summary(r));
    setGraphic(Icons.severity(r.worst()));
    kind.setText(r.kind());
    r.counts()
        .forEach(
            (k, v) -> {
              Label chip = new Label(k + " " + MapText.grouped(v));
              chip.getStyleClass().add("count-chip");
              chip.setTooltip(new Tooltip("Records " + k + " while importing this file"));
              counts.getChildren().add(chip);
            });
    rows.setAll(r.issues());
    table.setPlaceholder(new Label("No problems found in " + fileName(r.file()) + "."));
  }

  static String fileName(Path p) {
    return p == null
        ? "(no file)"
        : p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  /** A report in the chooser: severity badge and file name. */
  private static final class ReportCell extends ListCell<ImportReport> {
    @Override
    protected void updateItem(ImportReport r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(fileName(r.file()));
      setGraphic(Icons.severity(r.worst()));
    }
  }

  /** Severity badge and word, coloured by severity. */
  private static final class SeverityCell extends TableCell<Issue, Severity> {
    @Override
    protected void updateItem(Severity s, boolean empty) {
      super.updateItem(s, empty);
      getStyleClass().removeAll("severity-row-info", "severity-row-warning", "severity-row-error");
      if (empty || s == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setGraphic(Icons.severity(s));
      setText(
          switch (s) {
            case INFO -> "Info";
            case WARNING -> "Warning";
            case ERROR -> "Error";
          });
      getStyleClass().add("severity-row-" + s.name().toLowerCase());
    }
  }
}
