package org.wardflow.ui.comfort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wardflow.ui.Glossary;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;

/**
 * Help ▸ About Wardflow: what Wardflow is, its version and caveat, and — from the licence files the
 * jar and the installers carry ({@code org/wardflow/licenses}) — the bundled software and its
 * licences, the data attributions (Open Government Licence, EPSG Geodetic Parameter Dataset) and
 * the NOTICE texts of Apache-licensed components.
 */
final class AboutDialog {
  /** Folder of the licence files in the jar. */
  static final String LICENCES = "/org/wardflow/licenses/";

  private AboutDialog() {}

  /** Builds the dialog (not shown). */
  static Alert build(MainWindow window, Glossary words) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
    a.setTitle("About Wardflow");
    a.setGraphic(null);
    a.setHeaderText("Wardflow " + version());
    Window owner = window.root().getScene() == null ? null : window.root().getScene().getWindow();
    if (owner != null) {
      a.initOwner(owner);
      a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    } else {
      a.getDialogPane()
          .getStylesheets()
          .add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    }
    a.getDialogPane().getStyleClass().add("wardflow-dialog");
    a.getDialogPane().setId("about-dialog");
    a.setResizable(true);

    Label intro =
        new Label(
            words.apply(
                "Desktop GIS for the flows of children and young people from the ward where they"
                    + " live to the school they attend, under disclosure control.\n\n"
                    + MainViewModel.CAVEAT
                    + ".\n\nWardflow is free software under the GNU General Public Licence,"
                    + " version 3 or later. It bundles the components listed under Licences;"
                    + " maps made from open data must carry the attributions listed under Data"
                    + " attributions (Open Government Licence v3.0; EPSG Geodetic Parameter"
                    + " Dataset, © IOGP)."));
    intro.setWrapText(true);
    intro.setMaxWidth(560);
    VBox introBox = new VBox(intro);
    introBox.setPadding(new javafx.geometry.Insets(10));
    Tab about = new Tab("About", introBox);
    about.setId("about-tab-about");
    Tab licences = new Tab("Licences", text("about-licences", read("THIRD-PARTY.txt")));
    licences.setId("about-tab-licences");
    Tab data = new Tab("Data attributions", text("about-data", read("DATA-ATTRIBUTIONS.txt")));
    data.setId("about-tab-data");
    Tab notices = new Tab("Notices", text("about-notices", read("NOTICE.txt")));
    notices.setId("about-tab-notices");
    TabPane tabs = new TabPane(about, licences, data, notices);
    tabs.setId("about-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setPrefSize(720, 480);
    a.getDialogPane().setContent(tabs);
    return a;
  }

  /** Shows the dialog. */
  static void show(MainWindow window, Glossary words) {
    build(window, words).show();
  }

  private static TextArea text(String id, String s) {
    TextArea t = new TextArea(s);
    t.setId(id);
    t.setEditable(false);
    t.setWrapText(false);
    t.getStyleClass().add("licence-text");
    return t;
  }

  /** A licence file from the jar, or a sentence saying it is missing. */
  static String read(String name) {
    try (InputStream in = AboutDialog.class.getResourceAsStream(LICENCES + name)) {
      if (in == null) {
        return name + " is missing from this build; see the licences folder of the installation.";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return name + " could not be read: " + e.getMessage();
    }
  }

  private static String version() {
    return Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion())
        .orElse("development build");
  }
}
