package org.wardflow.ui.present;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;

/**
 * The storyboard editor: the steps in presentation order with add, remove, move up/down, rename
 * (the title field) and speaker notes. Edits replace the shared immutable {@link Storyboard} in the
 * property it was built on, so project files and presentation mode see them at once.
 *
 * <p>Keys in the list: Delete — remove; Alt+Up / Alt+Down — move; F2 — rename; Enter or double
 * click — show the step on the main map.
 */
public final class StoryboardPanel extends VBox {
  private final ObjectProperty<Storyboard> storyboard;
  private final ListView<StoryStep> list = new ListView<>();
  private final TextField title = new TextField();
  private final TextArea notes = new TextArea();
  private final Button add = new Button("Add view");
  private final Button remove = new Button("Remove");
  private final Button up = new Button("Up");
  private final Button down = new Button("Down");
  private final Button show = new Button("Show");
  private final ProgressBar progress = new ProgressBar();
  private final Label status = new Label();
  private final Consumer<StoryStep> goTo;
  private boolean updating;

  /**
   * A panel editing a storyboard.
   *
   * @param storyboard the shared storyboard
   * @param addCurrent adds the current view (the same action as the menu item)
   * @param goTo shows a step on the main map
   */
  public StoryboardPanel(
      ObjectProperty<Storyboard> storyboard, Runnable addCurrent, Consumer<StoryStep> goTo) {
    super(6);
    this.storyboard = Objects.requireNonNull(storyboard, "storyboard");
    this.goTo = Objects.requireNonNull(goTo, "goTo");
    setId("storyboard-panel");
    setPadding(new Insets(6));

    list.setId("story-steps");
    list.setPrefHeight(200);
    list.setPlaceholder(
        new Label("No steps yet. Present ▸ Add Current View to Storyboard (Ctrl+B)."));
    ((Label) list.getPlaceholder()).setWrapText(true);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StoryStep s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                  setText(null);
                  setTooltip(null);
                } else {
                  setText((getIndex() + 1) + ". " + s.title());
                  String tip =
                      "k = "
                          + s.effectivePolicy().k()
                          + (s.notes().isEmpty() ? "" : "\n" + s.notes())
                          + "\nDouble click or Enter: show on the map";
                  setTooltip(new Tooltip(tip));
                }
              }
            });
    list.setOnKeyPressed(this::onListKey);
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            showSelected();
          }
        });

    add.setId("story-add");
    add.setOnAction(e -> addCurrent.run());
    add.setTooltip(new Tooltip("Add the current map view as the last step (Ctrl+B)"));
    remove.setId("story-remove");
    remove.setOnAction(e -> removeSelected());
    remove.setTooltip(new Tooltip("Remove the selected step (Delete)"));
    up.setId("story-up");
    up.setOnAction(e -> moveSelected(-1));
    up.setTooltip(new Tooltip("Move the selected step earlier (Alt+Up)"));
    down.setId("story-down");
    down.setOnAction(e -> moveSelected(1));
    down.setTooltip(new Tooltip("Move the selected step later (Alt+Down)"));
    show.setId("story-show");
    show.setOnAction(e -> showSelected());
    show.setTooltip(new Tooltip("Show the selected step on the main map (Enter)"));
    HBox buttons = new HBox(4, add, remove, up, down, show);
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Button b : new Button[] {add, remove, up, down, show}) {
      b.setMinWidth(Button.USE_PREF_SIZE);
    }

    title.setId("story-title");
    title.setPromptText("Step title");
    title.setTooltip(new Tooltip("Rename the selected step (F2 in the list; Enter to apply)"));
    title.setOnAction(
        e -> {
          commitTitle();
          list.requestFocus();
        });
    title
        .focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                commitTitle();
              }
            });
    notes.setId("story-notes");
    notes.setPromptText("Speaker notes (shown to the presenter, printed in the deck)");
    notes.setWrapText(true);
    notes.setPrefRowCount(4);
    notes.textProperty().addListener((o, a, b) -> commitNotes());

    progress.setId("story-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.setVisible(false);
    progress.setManaged(false);
    status.setId("story-status");
    status.setWrapText(true);

    Label titleLabel = new Label("Title");
    titleLabel.setLabelFor(title);
    Label notesLabel = new Label("Speaker notes");
    notesLabel.setLabelFor(notes);
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().setAll(list, buttons, titleLabel, title, notesLabel, notes, progress, status);

    storyboard.addListener((o, a, b) -> refresh());
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selectionChanged());
    refresh();
  }

  /** The list of steps. */
  public ListView<StoryStep> list() {
    return list;
  }

  /** The progress bar of a running export (hidden otherwise). */
  ProgressBar progress() {
    return progress;
  }

  /** The line under the editor telling what the last export did. */
  Label status() {
    return status;
  }

  /** Selects the step at an index and focuses the list. */
  public void select(int index) {
    list.getSelectionModel().select(index);
    list.scrollTo(index);
    list.requestFocus();
  }

  private void onListKey(KeyEvent e) {
    KeyCode c = e.getCode();
    if (c == KeyCode.DELETE || c == KeyCode.BACK_SPACE) {
      removeSelected();
    } else if (e.isAltDown() && c == KeyCode.UP) {
      moveSelected(-1);
    } else if (e.isAltDown() && c == KeyCode.DOWN) {
      moveSelected(1);
    } else if (c == KeyCode.F2) {
      title.requestFocus();
      title.selectAll();
    } else if (c == KeyCode.ENTER) {
      showSelected();
    } else {
      return;
    }
    e.consume();
  }

  private int selected() {
    return list.getSelectionModel().getSelectedIndex();
  }

  private void removeSelected() {
    int i = selected();
    Storyboard b = storyboard.get();
    if (i < 0 || i >= b.size()) {
      return;
    }
    storyboard.set(b.remove(i));
    if (!storyboard.get().isEmpty()) {
      select(Math.min(i, storyboard.get().size() - 1));
    }
  }

  private void moveSelected(int delta) {
    int i = selected();
    Storyboard b = storyboard.get();
    int to = i + delta;
    if (i < 0 || to < 0 || to >= b.size()) {
      return;
    }
    storyboard.set(b.move(i, to));
    select(to);
  }

  private void showSelected() {
    StoryStep s = list.getSelectionModel().getSelectedItem();
    if (s != null) {
      goTo.accept(s);
    }
  }

  private void commitTitle() {
    int i = selected();
    Storyboard b = storyboard.get();
    if (updating || i < 0 || i >= b.size()) {
      return;
    }
    String t = title.getText().strip();
    if (!t.isEmpty() && !t.equals(b.get(i).title())) {
      storyboard.set(b.rename(i, t));
    }
  }

  private void commitNotes() {
    int i = selected();
    Storyboard b = storyboard.get();
    if (updating || i < 0 || i >= b.size()) {
      return;
    }
    if (!notes.getText().equals(b.get(i).notes())) {
      storyboard.set(b.set(i, b.get(i).withNotes(notes.getText())));
    }
  }

  private void refresh() {
    Storyboard b = storyboard.get();
    StoryStep sel = list.getSelectionModel().getSelectedItem();
    updating = true;
    try {
      list.getItems().setAll(b.steps());
      int i = sel == null ? -1 : b.indexOf(sel.id());
      if (i >= 0) {
        list.getSelectionModel().select(i);
      }
    } finally {
      updating = false;
    }
    selectionChanged();
  }

  private void selectionChanged() {
    if (updating) {
      return;
    }
    StoryStep s = list.getSelectionModel().getSelectedItem();
    int i = selected();
    int n = storyboard.get().size();
    remove.setDisable(s == null);
    up.setDisable(s == null || i <= 0);
    down.setDisable(s == null || i >= n - 1);
    show.setDisable(s == null);
    title.setDisable(s == null);
    notes.setDisable(s == null);
    updating = true;
    try {
      if (s == null) {
        title.clear();
        notes.clear();
      } else {
        if (!title.isFocused() || !title.getText().equals(s.title())) {
          title.setText(s.title());
        }
        if (!notes.getText().equals(s.notes())) {
          notes.setText(s.notes());
        }
      }
    } finally {
      updating = false;
    }
  }
}
