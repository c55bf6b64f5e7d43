package org.wardflow.ui.comfort;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wardflow.ui.Glossary;

/**
 * File ▸ Preferences…: the Appearance tab (theme, text size; applied at once) and the Glossary tab
 * (the organisation's wording of the displayed terms; applied and saved with OK, refused with a
 * message when a wording is not allowed).
 */
final class PreferencesDialog {
  private final Comfort comfort;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Map<String, TextField> fields = new LinkedHashMap<>();
  private final Label problem = new Label();
  private final ButtonType save = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);

  PreferencesDialog(Comfort comfort) {
    this.comfort = comfort;
    dialog.setTitle("Preferences");
    dialog.setHeaderText(null);
    Window owner =
        comfort.window().root().getScene() == null
            ? null
            : comfort.window().root().getScene().getWindow();
    if (owner != null) {
      dialog.initOwner(owner);
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.getDialogPane().getStyleClass().add("wardflow-dialog");
    dialog.getDialogPane().setId("preferences-dialog");
    TabPane tabs = new TabPane(appearanceTab(), glossaryTab());
    tabs.setId("preferences-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    dialog.getDialogPane().setContent(tabs);
    dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
    Button ok = (Button) dialog.getDialogPane().lookupButton(save);
    ok.setId("preferences-ok");
    ok.setTooltip(new Tooltip("Use and save the glossary"));
    ok.disableProperty().bind(problem.textProperty().isNotEmpty());
    Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
    cancel.setTooltip(new Tooltip("Close without changing the glossary"));
    dialog.setResultConverter(b -> b);
    dialog.setOnHidden(
        e -> {
          if (dialog.getResult() == save) {
            apply();
          }
        });
  }

  /** Shows the dialog (not modal-blocking: the result is applied when it closes). */
  void show() {
    dialog.show();
  }

  /** The dialog (tests). */
  Dialog<ButtonType> dialog() {
    return dialog;
  }

  private Tab appearanceTab() {
    ComboBox<Theme> theme = new ComboBox<>();
    theme.setId("pref-theme");
    theme.getItems().setAll(Theme.values());
    theme.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Theme t) {
            return t == null ? "" : t.label();
          }

          @Override
          public Theme fromString(String s) {
            return Theme.parse(s);
          }
        });
    theme.valueProperty().bindBidirectional(comfort.themeProperty());
    theme.setTooltip(new Tooltip("Light, Dark or High contrast (also View ▸ Theme)"));

    Slider size = new Slider(ComfortSettings.MIN_TEXT, ComfortSettings.MAX_TEXT, 100);
    size.setId("pref-text-size");
    size.setMajorTickUnit(20);
    size.setMinorTickCount(1);
    size.setBlockIncrement(ComfortSettings.TEXT_STEP);
    size.setSnapToTicks(true);
    size.setShowTickMarks(true);
    size.setShowTickLabels(true);
    size.setValue(comfort.textPercentProperty().get());
    size.valueProperty()
        .addListener(
            (obs, o, v) -> {
              if (!size.isValueChanging()) {
                comfort.textPercentProperty().set((int) Math.round(v.doubleValue()));
              }
            });
    size.valueChangingProperty()
        .addListener(
            (obs, was, changing) -> {
              if (!changing) {
                comfort.textPercentProperty().set((int) Math.round(size.getValue()));
              }
            });
    comfort.textPercentProperty().addListener((obs, o, p) -> size.setValue(p.doubleValue()));
    size.setTooltip(
        new Tooltip("Text size, 80–200% (also View ▸ Text Size, Ctrl+Shift+− / Ctrl+Shift+=)"));
    Label sizeValue = new Label();
    sizeValue.textProperty().bind(Bindings.format("%d%%", comfort.textPercentProperty()));

    GridPane g = grid();
    g.addRow(0, new Label("Theme"), theme);
    g.addRow(1, new Label("Text size"), size, sizeValue);
    Label hint = new Label("Changes apply at once and are remembered.");
    hint.getStyleClass().add("hint-text");
    hint.setWrapText(true);
    VBox box = new VBox(12, g, hint);
    box.setPadding(new Insets(12));
    Tab t = new Tab("Appearance", box);
    t.setId("pref-tab-appearance");
    return t;
  }

  private Tab glossaryTab() {
    Glossary current = comfort.glossaryProperty().get();
    GridPane g = grid();
    Label h1 = new Label("Term");
    Label h2 = new Label("Your wording");
    h1.getStyleClass().add("control-label");
    h2.getStyleClass().add("control-label");
    g.addRow(0, h1, h2);
    int row = 1;
    for (String key : Glossary.keys()) {
      // the term's own wording must not be reworded by the glossary itself
      Label term =
          new Label(
              Glossary.description(key) + ": \u201C" + Glossary.defaultWording(key) + "\u201D");
      term.getProperties().put("wardflow.glossary.watched", Boolean.TRUE);
      term.getProperties().put("wardflow.glossary.original", term.getText());
      term.setWrapText(true);
      TextField f = new TextField(current.term(key));
      f.setId("glossary-" + key.replace('.', '-'));
      f.setPrefColumnCount(22);
      f.setTooltip(
          new Tooltip(
              "How your organisation words \u201C"
                  + Glossary.defaultWording(key)
                  + "\u201D in labels (display only)"));
      f.textProperty().addListener((obs, o, v) -> validate());
      fields.put(key, f);
      g.addRow(row++, term, f);
    }
    Button reset = new Button("Wardflow's wording");
    reset.setId("glossary-reset");
    reset.setTooltip(new Tooltip("Put every term back to Wardflow's own wording"));
    reset.setOnAction(e -> fields.forEach((k, f) -> f.setText(Glossary.defaultWording(k))));
    problem.setId("glossary-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.setMaxWidth(460);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    Label note =
        new Label(
            "Changes the words shown in labels, legends, tips and the caveat — never data, file"
                + " contents or exports. Saved in "
                + comfort.settings().glossaryFile()
                + ".");
    note.getStyleClass().add("hint-text");
    note.setWrapText(true);
    note.setMaxWidth(460);
    note.getProperties().put("wardflow.glossary.watched", Boolean.TRUE);
    note.getProperties().put("wardflow.glossary.original", note.getText());
    VBox box = new VBox(10, g, reset, problem, note);
    box.setPadding(new Insets(12));
    Tab t = new Tab("Glossary", box);
    t.setId("pref-tab-glossary");
    return t;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(12);
    g.setVgap(8);
    ColumnConstraints c0 = new ColumnConstraints();
    c0.setMinWidth(120);
    c0.setPrefWidth(230);
    ColumnConstraints c1 = new ColumnConstraints();
    c1.setHgrow(Priority.ALWAYS);
    g.getColumnConstraints().setAll(c0, c1);
    return g;
  }

  /** Shows the first problem of the typed wording (and disables OK), or clears it. */
  private void validate() {
    for (Map.Entry<String, TextField> e : fields.entrySet()) {
      Optional<String> p = Glossary.problem(e.getKey(), e.getValue().getText());
      if (p.isPresent()) {
        problem.setText(p.get());
        mark(e.getValue(), true);
        return;
      }
      mark(e.getValue(), false);
    }
    problem.setText("");
  }

  private static void mark(Node n, boolean bad) {
    n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
  }

  private void apply() {
    Glossary g = Glossary.defaults();
    for (Map.Entry<String, TextField> e : fields.entrySet()) {
      if (Glossary.problem(e.getKey(), e.getValue().getText()).isPresent()) {
        return;
      }
      g = g.with(e.getKey(), e.getValue().getText());
    }
    try {
      comfort.saveGlossary(g);
    } catch (IOException ex) {
      comfort
          .window()
          .viewModel()
          .map()
          .setStatusMessage(
              "The glossary is used but could not be saved to "
                  + comfort.settings().glossaryFile()
                  + ": "
                  + ex.getMessage());
    }
  }
}
