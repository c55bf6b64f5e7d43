package org.wardflow.ui.disclosure;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;

/**
 * The audit list: every hidden cell and total of the published table with the range of counts
 * anyone could work out for it from the publication alone (its feasible interval), and whether that
 * range is at least as wide as the protection level. Computed in the background; never shows a
 * hidden count.
 */
public final class AuditDialog {
  private AuditDialog() {}

  /**
   * Shows the dialog (non-modal) for a published table.
   *
   * @param owner the owner window, or null
   * @param table the published table
   * @param geo the geography for names, or null
   * @return the dialog
   */
  public static Alert show(Window owner, PublishedTable table, Geography geo) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
    a.setTitle("Disclosure audit");
    a.setHeaderText(table.audit().describe());
    a.setGraphic(null);
    a.initModality(Modality.NONE);
    if (owner != null) {
      a.initOwner(owner);
      if (owner.getScene() != null) {
        a.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
      }
    }
    a.getDialogPane().getStyleClass().add("wardflow-dialog");
    a.setResizable(true);

    TableView<AuditRow> view = new TableView<>();
    view.setId("audit-table");
    view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    view.getColumns().add(column("Figure", AuditRow::kind, 90));
    view.getColumns().add(column("Ward", AuditRow::ward, 200));
    view.getColumns().add(column("School", AuditRow::school, 240));
    view.getColumns().add(column("Published", AuditRow::published, 80));
    TableColumn<AuditRow, String> range =
        column("Could be (from what is published)", AuditRow::range, 200);
    range.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AuditRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("audit-narrow");
                if (row != null && !row.protectedEnough()) {
                  getStyleClass().add("audit-narrow");
                }
              }
            });
    view.getColumns().add(range);
    view.setPrefSize(860, 420);
    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(40, 40);
    StackPane holder = new StackPane(view, progress);
    Label note =
        new Label(
            table.policy().legendText()
                + ". Ranges are what anyone could work out from the published cells and totals;"
                + " each must be at least "
                + table.protectionLevel()
                + " wide. Hidden counts themselves are never shown.");
    note.setWrapText(true);
    note.setMaxWidth(860);
    note.getStyleClass().add("hint-text");
    a.getDialogPane().setContent(new VBox(8, note, holder));

    Task<List<AuditRow>> task =
        new Task<>() {
          @Override
          protected List<AuditRow> call() {
            return AuditRow.of(table, geo);
          }
        };
    task.setOnSucceeded(
        e -> {
          view.getItems().setAll(task.getValue());
          progress.setVisible(false);
          view.setPlaceholder(new Label("Nothing is hidden"));
        });
    task.setOnFailed(
        e -> {
          progress.setVisible(false);
          view.setPlaceholder(
              new Label("The audit list could not be computed: " + task.getException()));
        });
    Thread t = new Thread(task, "wardflow-audit-list");
    t.setDaemon(true);
    t.start();
    a.show();
    return a;
  }

  private static TableColumn<AuditRow, String> column(
      String title, java.util.function.Function<AuditRow, String> value, double width) {
    TableColumn<AuditRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
