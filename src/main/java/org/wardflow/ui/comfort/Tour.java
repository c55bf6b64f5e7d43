package org.wardflow.ui.comfort;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The guided tour: a short sequence of callouts over the real window, each placed next to the
 * control it describes (which glows while its step is shown), with Back, Next and Skip buttons; Esc
 * or Skip ends it, Next on the last step finishes it. {@link #onEnd} hears either.
 */
final class Tour {
  /** Style class of the control a step describes, while that step is shown. */
  static final String TARGET_CLASS = "tour-target";

  /**
   * One step.
   *
   * @param targetId the id of the node the step describes (looked up in the scene)
   * @param title the callout's heading
   * @param text the callout's text
   */
  record Step(String targetId, String title, String text) {
    Step {
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The steps of Wardflow's tour. */
  static final List<Step> STEPS =
      List.of(
          new Step(
              "map",
              "What the map shows",
              "Wards are coloured by published figures about the children and young people who"
                  + " live there; lines run from the ward where they live to the school they"
                  + " attend, and circles are schools. Click a ward or school to see only its"
                  + " flows; hover for figures."),
          new Step(
              "k-spinner",
              "The disclosure threshold",
              "Threshold k hides small counts (and any count that would let them be worked out)."
                  + " Everything shown or exported is this published table, never the raw one."
                  + " Hatched wards and [c] mark hidden figures."),
          new Step(
              "dataset-label",
              "The demo is FICTIONAL and SYNTHETIC",
              "Wardflow opens on Quillbridge, an invented city. Its wards and schools are"
                  + " FICTIONAL and its flows SYNTHETIC (made by a generator, not observed). The"
                  + " label stays on every view and export of such data."),
          new Step(
              "caveat",
              "Results are exploratory",
              "The figures show patterns in published counts. They are exploratory, not"
                  + " predictive: they do not predict anyone's behaviour and must not be used to"
                  + " label schools or areas. Ranks carry uncertainty intervals."),
          new Step(
              "tool-open",
              "Open your own data",
              "Open ward boundaries, schools and an origin–destination table here (File ▸ Open…,"
                  + " Ctrl+O) or drop the files onto the window. Help ▸ Show Tour shows this tour"
                  + " again."));

  private final Scene scene;
  private final List<Step> steps;
  private final Function<String, String> words;
  private final Popup popup = new Popup();
  private final VBox callout = new VBox(8);
  private final Label title = new Label();
  private final Label text = new Label();
  private final Label position = new Label();
  private final Button back = new Button("Back");
  private final Button next = new Button("Next");
  private final Button skip = new Button("Skip tour");
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
  private final EventHandler<KeyEvent> escape = this::onKey;
  private Node target;
  private Runnable onEnd = () -> {};

  /**
   * Creates a tour (not shown yet).
   *
   * @param scene the window's scene
   * @param steps the steps
   * @param words rewords texts (the glossary)
   */
  Tour(Scene scene, List<Step> steps, Function<String, String> words) {
    this.scene = Objects.requireNonNull(scene, "scene");
    this.steps = List.copyOf(steps);
    this.words = words;
    callout.setId("tour-callout");
    callout.getStyleClass().add("tour-callout");
    callout.getStylesheets().setAll(scene.getStylesheets());
    callout.setMaxWidth(380);
    callout.setPrefWidth(380);
    title.getStyleClass().add("tour-title");
    title.setWrapText(true);
    text.getStyleClass().add("tour-text");
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    position.getStyleClass().add("tour-position");
    back.setId("tour-back");
    back.setTooltip(new Tooltip("The previous step"));
    back.setOnAction(e -> go(step.get() - 1));
    next.setId("tour-next");
    next.setDefaultButton(true);
    next.setTooltip(new Tooltip("The next step"));
    next.setOnAction(e -> go(step.get() + 1));
    skip.setId("tour-skip");
    skip.setTooltip(new Tooltip("End the tour (Esc); Help ▸ Show Tour shows it again"));
    skip.setOnAction(e -> close());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(6, position, gap, skip, back, next);
    buttons.setAlignment(Pos.CENTER_LEFT);
    callout.getChildren().addAll(title, text, buttons);
    popup.getContent().add(callout);
    callout.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    popup.setAutoHide(false);
    popup.setHideOnEscape(false);
  }

  /** Runs when the tour ends (finished, skipped or Esc). */
  void setOnEnd(Runnable r) {
    onEnd = Objects.requireNonNull(r, "onEnd");
  }

  /** The step shown (0-based), or −1 when the tour is not showing. */
  ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** True while the tour shows. */
  boolean isShowing() {
    return step.get() >= 0;
  }

  /** The callout (for tests and styling). */
  VBox callout() {
    return callout;
  }

  /** Starts at the first step. */
  void start() {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    go(0);
  }

  /** Ends the tour. */
  void close() {
    if (step.get() < 0) {
      return;
    }
    unmark();
    popup.hide();
    scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
    step.set(-1);
    onEnd.run();
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ESCAPE) {
      e.consume();
      close();
    }
  }

  private void go(int i) {
    if (i >= steps.size()) {
      close();
      return;
    }
    if (i < 0) {
      return;
    }
    Window owner = scene.getWindow();
    if (owner == null || !owner.isShowing()) {
      close();
      return;
    }
    Step s = steps.get(i);
    step.set(i);
    unmark();
    title.setText(words.apply(s.title()));
    text.setText(words.apply(s.text()));
    position.setText((i + 1) + " of " + steps.size());
    back.setDisable(i == 0);
    next.setText(i == steps.size() - 1 ? "Done" : "Next");
    callout.getStylesheets().setAll(scene.getStylesheets());
    target = scene.lookup("#" + s.targetId());
    if (target != null && target.isVisible() && target.getScene() == scene) {
      target.getStyleClass().add(TARGET_CLASS);
    } else {
      target = null;
    }
    if (!popup.isShowing()) {
      popup.show(owner);
    }
    callout.applyCss();
    callout.layout();
    popup.sizeToScene();
    place(owner);
    next.requestFocus();
  }

  /** Puts the callout next to its target: below it, else above, else inside it; in the window. */
  private void place(Window owner) {
    double w = callout.prefWidth(-1);
    double h = callout.prefHeight(w);
    double wx = owner.getX() + scene.getX();
    double wy = owner.getY() + scene.getY();
    double ww = scene.getWidth();
    double wh = scene.getHeight();
    double x;
    double y;
    Bounds b = target == null ? null : target.localToScreen(target.getLayoutBounds());
    if (b == null) {
      x = wx + (ww - w) / 2;
      y = wy + (wh - h) / 2;
    } else if (b.getHeight() > wh / 2) {
      // a large target (the map): inside its top-left corner
      x = b.getMinX() + 24;
      y = b.getMinY() + 24;
    } else if (b.getMaxY() + 10 + h <= wy + wh) {
      x = b.getMinX();
      y = b.getMaxY() + 10;
    } else {
      x = b.getMinX();
      y = b.getMinY() - 10 - h;
    }
    x = Math.max(wx + 8, Math.min(x, wx + ww - w - 8));
    y = Math.max(wy + 8, Math.min(y, wy + wh - h - 8));
    popup.setX(x);
    popup.setY(y);
  }

  private void unmark() {
    if (target != null) {
      target.getStyleClass().remove(TARGET_CLASS);
      target = null;
    }
  }
}
