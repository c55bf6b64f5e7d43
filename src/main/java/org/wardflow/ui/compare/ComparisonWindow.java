package org.wardflow.ui.compare;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the side-by-side comparison in a window of its own. */
public final class ComparisonWindow {
  private ComparisonWindow() {}

  /**
   * Shows the comparison in a new window (disposed when it closes).
   *
   * @param owner the owner window, or null
   * @param inputs what to compare
   * @return the window's stage
   */
  public static Stage show(Window owner, ComparisonInputs inputs) {
    ComparisonView view = ComparisonView.create(inputs);
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
      if (owner.getScene() != null) {
        // share the app's style sheets
        view.getStylesheets().addAll(owner.getScene().getStylesheets());
      }
    }
    stage.setTitle("Side by side: VRU list and analysis — exploratory, not predictive");
    stage.setScene(new Scene(view, 1360, 900));
    stage.setOnHidden(e -> view.dispose());
    stage.show();
    return stage;
  }
}
