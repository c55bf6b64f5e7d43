package org.wardflow.ui.present;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wardflow.export.story.PresentationModel;
import org.wardflow.export.story.SlidePainter;
import org.wardflow.export.story.StepPublisher;
import org.wardflow.export.story.StepSceneFactory;
import org.wardflow.export.story.StepView;
import org.wardflow.export.story.Storyboard;
import org.wardflow.render.Caveat;
import org.wardflow.render.Style;

/**
 * The presenter window: one storyboard step at a time, full screen (or maximised), large type and
 * thick lines (the renderer's presentation style, optionally high contrast) so it stays readable
 * when a 1280×720 screen is shared. The protective marking (top and bottom), the caveat
 * "Exploratory, not predictive", the FICTIONAL/SYNTHETIC label and the disclosure statement are
 * always visible; a step whose threshold was below the policy floor is shown at the floor with a
 * notice. Only published tables reach it (through the {@link StepPublisher}).
 *
 * <p>Keys: Right, Down, Page Down, Space, Enter — next; Left, Up, Page Up, Backspace — previous;
 * Home/End — first/last; H — high contrast; N — speaker notes; Esc — back to the analysis.
 */
public final class PresentationWindow {
  /** Presenter type size of the title, in pixels. */
  static final double TITLE_PX = 34;

  /** Presenter type size of the banners and notice, in pixels. */
  static final double BANNER_PX = 20;

  private final Stage stage;
  private final PresentationModel model;
  private final StepSceneFactory scenes;
  private final Caveat caveat;
  private final Label title = new Label();
  private final Label position = new Label();
  private final Label floorNotice = new Label();
  private final Label statement = new Label();
  private final Label refusal = new Label();
  private final Label notes = new Label();
  private final VBox notesPanel = new VBox(8);
  private final ImageView map = new ImageView();
  private final Pane mapPane = new Pane(map);
  private boolean highContrast;
  private Runnable onClose = () -> {};

  /**
   * Presentation options.
   *
   * @param fullScreen full screen (otherwise maximised unless a size is given)
   * @param width window width when not full screen or maximised (0 = maximised)
   * @param height window height when not full screen or maximised
   * @param highContrast start in high contrast
   * @param showNotes start with the speaker notes panel open
   */
  public record Options(
      boolean fullScreen, int width, int height, boolean highContrast, boolean showNotes) {
    /** Full screen, standard contrast, no notes. */
    public static final Options FULL_SCREEN = new Options(true, 0, 0, false, false);

    /** A window of a fixed size (for tests and previews). */
    public static Options windowed(int width, int height) {
      return new Options(false, width, height, false, false);
    }
  }

  private PresentationWindow(
      Stage stage,
      Storyboard storyboard,
      StepPublisher publisher,
      StepSceneFactory scenes,
      Caveat caveat,
      Options options) {
    this.stage = stage;
    this.model = new PresentationModel(storyboard, publisher);
    this.scenes = Objects.requireNonNull(scenes, "scenes");
    this.caveat = Objects.requireNonNull(caveat, "caveat");
    this.highContrast = options.highContrast();
    stage.setScene(buildScene(options));
    stage.setTitle("Wardflow — presentation");
    notesPanel.setVisible(options.showNotes());
    notesPanel.setManaged(options.showNotes());
    model.addListener(s -> refresh());
    mapPane.widthProperty().addListener((o, a, b) -> renderMap());
    mapPane.heightProperty().addListener((o, a, b) -> renderMap());
    refresh();
  }

  /**
   * Opens the presenter on the first step.
   *
   * @param owner the analysis window (may be null)
   * @param storyboard the steps (not empty)
   * @param publisher publishes each step through the disclosure gate and records it
   * @param scenes builds each step's scene from its published table
   * @param caveat protective marking, caveat and FICTIONAL/SYNTHETIC label
   * @param options window options
   * @return the open presenter
   */
  public static PresentationWindow show(
      Window owner,
      Storyboard storyboard,
      StepPublisher publisher,
      StepSceneFactory scenes,
      Caveat caveat,
      Options options) {
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    PresentationWindow w =
        new PresentationWindow(stage, storyboard, publisher, scenes, caveat, options);
    if (options.fullScreen()) {
      stage.setFullScreenExitHint("");
      stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
      stage.setFullScreen(true);
    } else if (options.width() <= 0) {
      stage.setMaximized(true);
    }
    stage.show();
    stage.toFront();
    return w;
  }

  /** Called when the presenter closes (Esc or window close) — e.g. to return to the analysis. */
  public void setOnClose(Runnable r) {
    onClose = r == null ? () -> {} : r;
  }

  /** The presenter's stage. */
  public Stage stage() {
    return stage;
  }

  /** The navigation model. */
  public PresentationModel model() {
    return model;
  }

  /** Whether high contrast is on. */
  public boolean highContrast() {
    return highContrast;
  }

  /** Turns high contrast on or off. */
  public void setHighContrast(boolean on) {
    highContrast = on;
    stage.getScene().getRoot().pseudoClassStateChanged(HIGH_CONTRAST, on);
    renderMap();
  }

  /** Shows or hides the speaker notes panel. */
  public void setNotesVisible(boolean on) {
    notesPanel.setVisible(on);
    notesPanel.setManaged(on);
  }

  /** The map style in use: the presentation variant of the standard or high-contrast style. */
  public Style style() {
    return Style.presentationOf(highContrast ? Style.highContrast() : Style.standard());
  }

  private static final javafx.css.PseudoClass HIGH_CONTRAST =
      javafx.css.PseudoClass.getPseudoClass("high-contrast");

  private Scene buildScene(Options options) {
    Label markTop = markingLabel("marking-top");
    Label markBottom = markingLabel("marking-bottom");

    title.setId("step-title");
    title.setStyle(
        "-fx-font-size: " + TITLE_PX + "px; -fx-font-weight: bold; -fx-text-fill: white;");
    title.setWrapText(false);
    title.setMinWidth(0);
    position.setId("step-position");
    position.setStyle("-fx-font-size: " + BANNER_PX + "px; -fx-text-fill: #E0E0E0;");
    position.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox titleRow = new HBox(16, title, spacer, position);
    titleRow.setAlignment(Pos.CENTER_LEFT);
    titleRow.setPadding(new Insets(6, 20, 6, 20));
    titleRow.setStyle("-fx-background-color: #1F2A44;");

    floorNotice.setId("floor-notice");
    floorNotice.setMaxWidth(Double.MAX_VALUE);
    floorNotice.setStyle(
        "-fx-font-size: "
            + BANNER_PX
            + "px; -fx-font-weight: bold; -fx-background-color: #FFD54F;"
            + " -fx-text-fill: #1A1A1A; -fx-padding: 4 20 4 20;");

    VBox top = new VBox(markTop, titleRow, floorNotice);

    refusal.setId("refusal");
    refusal.setWrapText(true);
    refusal.setStyle("-fx-font-size: " + BANNER_PX + "px; -fx-text-fill: #8A1C00;");
    refusal.setPadding(new Insets(40));
    mapPane.setMinSize(0, 0);
    map.setPreserveRatio(false);
    StackPane center = new StackPane(mapPane, refusal);
    center.setId("map-area");
    center.setStyle("-fx-background-color: white;");
    StackPane.setAlignment(refusal, Pos.TOP_LEFT);

    Label notesTitle = new Label("Speaker notes");
    notesTitle.setStyle("-fx-font-size: " + BANNER_PX + "px; -fx-font-weight: bold;");
    notes.setId("speaker-notes");
    notes.setWrapText(true);
    notes.setStyle("-fx-font-size: 18px;");
    notesPanel.getChildren().setAll(notesTitle, notes);
    notesPanel.setId("notes-panel");
    notesPanel.setPadding(new Insets(16));
    notesPanel.setPrefWidth(340);
    notesPanel.setStyle("-fx-background-color: #F3F3F3;");

    Label caveatText = new Label(caveat.message());
    caveatText.setId("caveat");
    caveatText.setStyle(
        "-fx-font-size: " + BANNER_PX + "px; -fx-font-weight: bold; -fx-text-fill: white;");
    caveatText.setMinWidth(Region.USE_PREF_SIZE);
    statement.setId("disclosure-statement");
    statement.setStyle(
        "-fx-font-size: 16px; -fx-text-fill: #1A1A1A; -fx-background-color: #E8E8E8;"
            + " -fx-padding: 3 20 3 20;");
    statement.setWrapText(true);
    statement.setMaxWidth(Double.MAX_VALUE);
    statement.setMinHeight(Region.USE_PREF_SIZE);
    Label dataLabel = new Label(caveat.dataLabel());
    dataLabel.setId("data-label");
    dataLabel.setStyle(
        "-fx-font-size: "
            + BANNER_PX
            + "px; -fx-font-weight: bold; -fx-background-color: #F2B134;"
            + " -fx-text-fill: #26292F; -fx-padding: 2 10 2 10; -fx-background-radius: 4;");
    dataLabel.setMinWidth(Region.USE_PREF_SIZE);
    dataLabel.setVisible(!caveat.dataLabel().isEmpty());
    dataLabel.setManaged(dataLabel.isVisible());
    Region spacer2 = new Region();
    HBox.setHgrow(spacer2, Priority.ALWAYS);
    HBox band = new HBox(18, caveatText, spacer2, dataLabel);
    band.setId("caveat-band");
    band.setAlignment(Pos.CENTER_LEFT);
    band.setPadding(new Insets(6, 20, 6, 20));
    band.setStyle("-fx-background-color: #26292F;");
    // the disclosure statement in full on its own line (wrapped, never cut off)
    VBox bottom = new VBox(statement, band, markBottom);

    BorderPane root = new BorderPane(center, top, notesPanel, bottom, null);
    root.setId("presentation-root");
    root.setStyle("-fx-font-family: 'System';");
    root.pseudoClassStateChanged(HIGH_CONTRAST, highContrast);
    int w = options.width() > 0 ? options.width() : 1280;
    int h = options.height() > 0 ? options.height() : 720;
    Scene scene = new Scene(root, w, h);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    stage.setOnHidden(e -> onClose.run());
    return scene;
  }

  private Label markingLabel(String id) {
    Label l =
        new Label(caveat.marking().isEmpty() ? "NO PROTECTIVE MARKING SET" : caveat.marking());
    l.setId(id);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setAlignment(Pos.CENTER);
    l.setStyle(
        "-fx-font-size: "
            + BANNER_PX
            + "px; -fx-font-weight: bold; -fx-background-color: #B00020;"
            + " -fx-text-fill: white; -fx-padding: 2 0 2 0;");
    return l;
  }

  private void onKey(KeyEvent e) {
    KeyCode c = e.getCode();
    boolean handled = true;
    switch (c) {
      case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> model.next();
      case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
      case HOME -> model.first();
      case END -> model.last();
      case H -> setHighContrast(!highContrast);
      case N -> setNotesVisible(!notesPanel.isVisible());
      case ESCAPE -> stage.close();
      default -> handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private void refresh() {
    PresentationModel.Shown s = model.current();
    title.setText(s.step().title());
    position.setText(s.position());
    floorNotice.setText(s.floorNotice());
    floorNotice.setVisible(!s.floorNotice().isEmpty());
    floorNotice.setManaged(floorNotice.isVisible());
    statement.setText(s.policy().statement());
    notes.setText(s.step().notes().isEmpty() ? "(no notes)" : s.step().notes());
    if (s.publication().refused()) {
      refusal.setText("This step cannot be shown: " + s.publication().explanation());
      refusal.setVisible(true);
    } else {
      refusal.setVisible(false);
    }
    renderMap();
  }

  private void renderMap() {
    PresentationModel.Shown s = model.current();
    int w = (int) Math.floor(mapPane.getWidth());
    int h = (int) Math.floor(mapPane.getHeight());
    if (s.publication().refused() || w < 2 || h < 2) {
      map.setImage(null);
      return;
    }
    StepView view = scenes.build(s.step(), s.publication().table());
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      SlidePainter.paintMap(g, view, s.step().extent(), style(), 0, 0, w, h);
    } finally {
      g.dispose();
    }
    map.setImage(SwingFXUtils.toFXImage(img, null));
    map.setFitWidth(w);
    map.setFitHeight(h);
  }
}
