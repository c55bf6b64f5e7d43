package org.wardflow.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Non-blocking news for the user — a file opened (with how many warnings), an export written, a
 * project autosaved — shown as a small notification in the bottom-right corner of the main window
 * that goes away by itself, instead of a dialog that must be dismissed. Questions that need an
 * answer and errors that stop the work stay dialogs.
 *
 * <p>Get the window's notifier with {@link #of(MainWindow)} and call {@link #info}, {@link
 * #success} or {@link #warning}, optionally with one action ("Show report", "Open folder"). Every
 * notification is also kept in {@link #history()}. Call on the FX thread.
 */
public final class Notifier {
  /** How long an information or success notification stays. */
  public static final Duration SHOWN_FOR = Duration.seconds(6);

  /** How long a warning stays. */
  public static final Duration WARNING_SHOWN_FOR = Duration.seconds(12);

  /** At most this many notifications are on screen at once (the oldest goes first). */
  public static final int MAX_SHOWN = 3;

  private static final String STYLESHEET = "/org/wardflow/ui/feedback.css";
  private static final int WIDTH = 360;
  private static final int MARGIN = 14;
  private static final int BOTTOM = 34; // above the status bar

  /** What a notification is about. */
  public enum Kind {
    /** Plain news. */
    INFO,
    /** Something finished well (a file written). */
    SUCCESS,
    /** Something the user should look at (a file opened with warnings). */
    WARNING
  }

  /**
   * One notification.
   *
   * @param kind what it is about
   * @param title one short line, e.g. "Opened wards.geojson"
   * @param text one or two sentences (may be empty)
   * @param actionText the label of the action link, or empty for none
   * @param action what the link does (null for none)
   */
  public record Note(Kind kind, String title, String text, String actionText, Runnable action) {
    /** Checks for nulls. */
    public Note {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      text = text == null ? "" : text;
      actionText = actionText == null ? "" : actionText;
    }
  }

  private final Supplier<Window> owner;
  private final ObservableList<Note> history = FXCollections.observableArrayList();
  private final VBox stack = new VBox(8);
  private final Popup popup = new Popup();
  private boolean following;

  /**
   * A notifier showing over a window.
   *
   * @param owner the window notifications are shown over (may give null before it is shown)
   */
  public Notifier(Supplier<Window> owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
    stack.setId("notifications");
    stack.getStyleClass().add("notifications");
    stack.setPrefWidth(WIDTH);
    stack.setMaxWidth(WIDTH);
    stack.setAlignment(Pos.BOTTOM_RIGHT);
    stack.getStylesheets().add(Notifier.class.getResource(STYLESHEET).toExternalForm());
    popup.getContent().add(stack);
    popup.setAutoHide(false);
    popup.setHideOnEscape(false);
    popup.setAutoFix(false);
  }

  /**
   * The notifier of a main window (made on first use).
   *
   * @param window the main window
   * @return its notifier
   */
  public static Notifier of(MainWindow window) {
    Object n = window.root().getProperties().get(Notifier.class);
    if (n instanceof Notifier notifier) {
      return notifier;
    }
    Notifier created =
        new Notifier(
            () -> {
              Scene s = window.root().getScene();
              return s == null ? null : s.getWindow();
            });
    window.root().getProperties().put(Notifier.class, created);
    return created;
  }

  /** Shows plain news. */
  public void info(String title, String text) {
    show(new Note(Kind.INFO, title, text, "", null));
  }

  /** Shows that something finished well. */
  public void success(String title, String text) {
    show(new Note(Kind.SUCCESS, title, text, "", null));
  }

  /** Shows something the user should look at. */
  public void warning(String title, String text) {
    show(new Note(Kind.WARNING, title, text, "", null));
  }

  /**
   * Shows a notification (kept in the history; shown over the window when it is on screen).
   *
   * @param note the notification
   */
  public void show(Note note) {
    history.add(note);
    while (history.size() > 100) {
      history.remove(0);
    }
    Window w = owner.get();
    if (w == null || !w.isShowing()) {
      return;
    }
    Region card = card(note);
    stack.getChildren().add(card);
    while (stack.getChildren().size() > MAX_SHOWN) {
      stack.getChildren().remove(0);
    }
    PauseTransition wait =
        new PauseTransition(note.kind() == Kind.WARNING ? WARNING_SHOWN_FOR : SHOWN_FOR);
    wait.setOnFinished(e -> dismiss(card));
    card.setOnMouseEntered(e -> wait.pause());
    card.setOnMouseExited(e -> wait.playFromStart());
    wait.play();
    if (!popup.isShowing()) {
      popup.show(w);
      w.requestFocus(); // news never takes the keyboard from the window
    }
    if (!following) {
      following = true;
      w.sceneProperty().addListener(o -> dismissAll()); // another window content: old news goes
      w.widthProperty().addListener(o -> place());
      w.heightProperty().addListener(o -> place());
      w.xProperty().addListener(o -> place());
      w.yProperty().addListener(o -> place());
    }
    stack.applyCss();
    stack.layout();
    place();
  }

  private Region card(Note note) {
    Label title = new Label(note.title());
    title.getStyleClass().add("notification-title");
    title.setWrapText(true);
    title.setMaxWidth(WIDTH - 60);
    Button close = new Button("×");
    close.getStyleClass().add("notification-close");
    close.setTooltip(new Tooltip("Dismiss"));
    close.setFocusTraversable(false);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(6, title, grow, close);
    head.setAlignment(Pos.TOP_LEFT);
    VBox card = new VBox(3, head);
    if (!note.text().isEmpty()) {
      Label text = new Label(note.text());
      text.getStyleClass().add("notification-text");
      text.setWrapText(true);
      text.setMaxWidth(WIDTH - 28);
      card.getChildren().add(text);
    }
    if (note.action() != null && !note.actionText().isEmpty()) {
      Hyperlink link = new Hyperlink(note.actionText());
      link.setFocusTraversable(false);
      link.getStyleClass().add("notification-action");
      link.setOnAction(
          e -> {
            dismiss(card);
            note.action().run();
          });
      card.getChildren().add(link);
    }
    card.getStyleClass().addAll("notification", note.kind().name().toLowerCase());
    card.setPrefWidth(WIDTH);
    card.setMaxWidth(WIDTH);
    close.setOnAction(e -> dismiss(card));
    return card;
  }

  private void dismiss(Region card) {
    stack.getChildren().remove(card);
    if (stack.getChildren().isEmpty()) {
      popup.hide();
    } else {
      stack.layout();
      place();
    }
  }

  private void place() {
    Window w = owner.get();
    if (w == null || !popup.isShowing()) {
      return;
    }
    double h = stack.prefHeight(WIDTH);
    Scene s = w.getScene();
    double sx = s == null ? 0 : s.getX();
    double sy = s == null ? 0 : s.getY();
    double sw = s == null ? w.getWidth() : s.getWidth();
    double sh = s == null ? w.getHeight() : s.getHeight();
    double right = w.getX() + sx + sw;
    double bottom = w.getY() + sy + sh;
    // keep the cards on the screen even when the window reaches past it
    var screens = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), 1, 1);
    if (!screens.isEmpty()) {
      javafx.geometry.Rectangle2D b = screens.get(0).getVisualBounds();
      right = Math.min(right, b.getMaxX());
      bottom = Math.min(bottom, b.getMaxY());
    }
    popup.setX(right - WIDTH - MARGIN);
    popup.setY(bottom - h - BOTTOM);
  }

  /** Every notification of this session, oldest first (at most 100). */
  public ObservableList<Note> history() {
    return history;
  }

  /** The notifications on screen now (their cards), oldest first. */
  public List<Region> showing() {
    return stack.getChildren().stream().map(n -> (Region) n).toList();
  }

  /** Dismisses every notification on screen. */
  public void dismissAll() {
    stack.getChildren().clear();
    popup.hide();
  }
}
