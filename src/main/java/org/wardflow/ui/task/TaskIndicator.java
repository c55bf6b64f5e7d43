package org.wardflow.ui.task;

import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status-bar view of a {@link TaskCentre}: the newest task's title or message, a progress bar
 * (indeterminate when the work cannot tell how far it is) and a Cancel button; "+2" when more tasks
 * run (their names in the tooltip). It appears only when a task has been running for {@value
 * #SHOW_AFTER_MILLIS} ms, so quick work does not flicker.
 */
public final class TaskIndicator extends HBox {
  /** Tasks quicker than this are not shown. */
  public static final long SHOW_AFTER_MILLIS = 300;

  private final TaskCentre centre;
  private final Label title = new Label();
  private final Label more = new Label();
  private final ProgressBar bar = new ProgressBar();
  private final Button cancel = new Button("Cancel");
  private final PauseTransition delay = new PauseTransition(Duration.millis(SHOW_AFTER_MILLIS));
  private final InvalidationListener follow = o -> retitle();
  private Task<?> shown;

  /**
   * Creates the indicator.
   *
   * @param centre the tasks to show
   */
  public TaskIndicator(TaskCentre centre) {
    this.centre = centre;
    setId("task-indicator");
    getStyleClass().add("task-indicator");
    getStylesheets()
        .add(TaskIndicator.class.getResource("/org/wardflow/ui/feedback.css").toExternalForm());
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(6);
    title.setId("task-title");
    title.getStyleClass().add("task-title");
    title.setMaxWidth(260);
    more.setId("task-more");
    more.getStyleClass().add("task-more");
    bar.setId("task-progress");
    bar.setPrefWidth(110);
    cancel.setId("task-cancel");
    cancel.getStyleClass().add("task-cancel");
    cancel.setFocusTraversable(true);
    cancel.setOnAction(e -> cancelShown());
    getChildren().addAll(title, bar, more, cancel);
    setVisible(false);
    setManaged(false);
    delay.setOnFinished(e -> reveal());
    centre.tasks().addListener((Observable o) -> tasksChanged());
  }

  private void tasksChanged() {
    if (centre.tasks().isEmpty()) {
      delay.stop();
      setVisible(false);
      setManaged(false);
      showTask(null);
      return;
    }
    if (isVisible()) {
      showCurrent();
    } else if (delay.getStatus() != javafx.animation.Animation.Status.RUNNING) {
      delay.playFromStart();
    }
  }

  private void reveal() {
    if (!centre.tasks().isEmpty()) {
      showCurrent();
      setVisible(true);
      setManaged(true);
    }
  }

  private void showCurrent() {
    var list = centre.tasks();
    showTask(list.isEmpty() ? null : list.get(list.size() - 1));
    int others = Math.max(0, list.size() - 1);
    more.setText(others == 0 ? "" : "+" + others);
    more.setVisible(others > 0);
    more.setManaged(others > 0);
    String all =
        list.stream().map(TaskIndicator::describe).collect(Collectors.joining("\n", "", ""));
    Tooltip.install(this, new Tooltip(all.isEmpty() ? "Working…" : all));
  }

  private void showTask(Task<?> t) {
    if (shown == t) {
      return;
    }
    if (shown != null) {
      shown.titleProperty().removeListener(follow);
      shown.messageProperty().removeListener(follow);
      bar.progressProperty().unbind();
    }
    shown = t;
    if (t == null) {
      title.setText("");
      bar.setProgress(0);
      return;
    }
    t.titleProperty().addListener(follow);
    t.messageProperty().addListener(follow);
    bar.progressProperty().bind(t.progressProperty());
    title.setText(describe(t));
    cancel.setTooltip(new Tooltip("Stop: " + describe(t)));
  }

  private void retitle() {
    if (shown != null) {
      title.setText(describe(shown));
    }
  }

  private static String describe(Task<?> t) {
    String title = t.getTitle() == null ? "" : t.getTitle();
    String message = t.getMessage() == null ? "" : t.getMessage();
    if (title.isEmpty()) {
      return message.isEmpty() ? "Working…" : message;
    }
    return message.isEmpty() || message.equals(title) ? title : title + " — " + message;
  }

  /** Cancels the task shown (the newest); the next one, if any, is shown. */
  public void cancelShown() {
    Task<?> t = shown;
    if (t != null) {
      t.cancel();
    }
  }

  /** The task shown, or null. */
  public Task<?> shownTask() {
    return shown;
  }
}
