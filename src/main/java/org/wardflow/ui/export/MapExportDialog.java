package org.wardflow.ui.export;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.LayoutPainter;
import org.wardflow.export.MapExporter;
import org.wardflow.export.MapPage;
import org.wardflow.export.Orientation;
import org.wardflow.export.PaperSize;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.task.LatestWins;

/**
 * The Export Map dialog: format (PDF, SVG, PNG with 150/300/600 dpi), sheet (A4, A3 or a custom
 * size in millimetres) and orientation, title and subtitle (defaults from the current view),
 * protective marking (remembered), overview map — and a live preview of the page drawn by the
 * export's own layout code from the map on screen. Every control is reachable from the keyboard:
 * the format and orientation have mnemonics (Alt+P PDF, Alt+S SVG, Alt+N PNG, Alt+L landscape,
 * Alt+O portrait), Enter exports, Esc cancels.
 */
public final class MapExportDialog {
  /** The largest side of the preview, in pixels at scale 1. */
  static final double PREVIEW_SIZE = 300;

  private final ViewSnapshot view;
  private final Dialog<MapExportSettings> dialog = new Dialog<>();
  private final ToggleGroup formats = new ToggleGroup();
  private final ToggleGroup orientations = new ToggleGroup();
  private final ComboBox<Integer> dpi = new ComboBox<>();
  private final ComboBox<String> paper = new ComboBox<>();
  private final TextField customWidth = new TextField();
  private final TextField customHeight = new TextField();
  private final TextField title = new TextField();
  private final TextField subtitle = new TextField();
  private final TextField marking = new TextField();
  private final CheckBox overview = new CheckBox("Include an _overview map of the whole area");
  private final Label pixels = new Label();
  private final Label problem = new Label();
  private final Label advice = new Label();
  private final ImageView preview = new ImageView();
  private final Label previewNote = new Label("Drawing the preview…");
  private final PauseTransition debounce = new PauseTransition(Duration.millis(120));
  private final LatestWins<MapExportSettings, BufferedImage> previewJob;
  private volatile org.wardflow.ui.layers.ThematicMap standard;
  private final ButtonType exportButton = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
  private MapExportSettings current;

  /**
   * Builds the dialog.
   *
   * @param owner the main window (may be null)
   * @param view what the screen shows
   * @param prefs the remembered choices
   * @param background draws the preview (never the FX thread)
   * @param fx delivers the preview (the FX thread)
   */
  public MapExportDialog(
      Window owner, ViewSnapshot view, ExportPreferences prefs, Executor background, Executor fx) {
    this.view = view;
    this.previewJob =
        new LatestWins<>(
            background, fx, this::renderPreview, this::showPreview, this::previewFailed);
    dialog.setTitle("Export Map");
    dialog.setHeaderText(null);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.getDialogPane().setId("export-map-dialog");
    dialog.getDialogPane().getStyleClass().add("wardflow-dialog");
    dialog
        .getDialogPane()
        .getStylesheets()
        .addAll(
            MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm(),
            MapExportDialog.class.getResource("export.css").toExternalForm());
    dialog.getDialogPane().getButtonTypes().addAll(exportButton, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(content(prefs));
    Node ok = dialog.getDialogPane().lookupButton(exportButton);
    ok.setId("export-map-ok");
    dialog.setResultConverter(b -> b == exportButton ? current : null);
    // Enter exports from any field (radio buttons and check boxes would otherwise swallow it)
    dialog
        .getDialogPane()
        .addEventFilter(
            javafx.scene.input.KeyEvent.KEY_PRESSED,
            e -> {
              if (e.getCode() != javafx.scene.input.KeyCode.ENTER
                  || e.isAltDown()
                  || e.isControlDown()
                  || e.isShiftDown()
                  || e.isMetaDown()) {
                return;
              }
              Node f = dialog.getDialogPane().getScene().getFocusOwner();
              boolean popupOpen =
                  f instanceof javafx.scene.control.ComboBoxBase<?> cb && cb.isShowing();
              if (!(f instanceof javafx.scene.control.Button) && !popupOpen && !ok.isDisabled()) {
                e.consume();
                ((javafx.scene.control.Button) ok).fire();
              }
            });
    dialog.setResizable(true);
    debounce.setOnFinished(e -> refreshPreview());
    update();
  }

  /** The dialog (show it with {@code show()}; its result is the settings, or null on cancel). */
  public Dialog<MapExportSettings> dialog() {
    return dialog;
  }

  /** The settings as currently filled in, or null while they are not valid. */
  public MapExportSettings settings() {
    return current;
  }

  private Node content(ExportPreferences prefs) {
    RadioButton pdf = radio("_PDF", ExportFormat.PDF, formats, "format-pdf");
    RadioButton svg = radio("_SVG", ExportFormat.SVG, formats, "format-svg");
    RadioButton png = radio("P_NG", ExportFormat.PNG, formats, "format-png");
    pdf.setTooltip(new Tooltip("Vector PDF, text as text — for briefing papers"));
    svg.setTooltip(new Tooltip("Vector SVG, text as text — for editing in a drawing program"));
    png.setTooltip(new Tooltip("An image at the chosen resolution — for slides and e-mail"));
    formats.selectToggle(
        switch (prefs.format()) {
          case PDF -> pdf;
          case SVG -> svg;
          case PNG -> png;
        });
    dpi.getItems().addAll(150, 300, 600);
    dpi.setValue(prefs.dpi());
    dpi.setId("export-dpi");
    dpi.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Integer v) {
            return v == null ? "" : v + " dpi";
          }

          @Override
          public Integer fromString(String s) {
            return Integer.valueOf(s.replaceAll("[^0-9]", ""));
          }
        });
    pixels.getStyleClass().add("hint-text");
    pixels.setId("export-pixels");
    HBox formatRow = new HBox(14, pdf, svg, png, dpi, pixels);
    formatRow.setAlignment(Pos.CENTER_LEFT);

    paper.getItems().addAll("A4", "A3", "Custom");
    paper.setValue(prefs.paper().equals("custom") ? "Custom" : prefs.paper());
    paper.setId("export-paper");
    customWidth.setText(number(prefs.customWidthMm()));
    customHeight.setText(number(prefs.customHeightMm()));
    customWidth.setId("export-custom-width");
    customHeight.setId("export-custom-height");
    customWidth.setPrefColumnCount(4);
    customHeight.setPrefColumnCount(4);
    customWidth.setTooltip(new Tooltip("Width of the custom sheet in millimetres (50–2,000)"));
    customHeight.setTooltip(new Tooltip("Height of the custom sheet in millimetres (50–2,000)"));
    Label times = new Label("×");
    Label mm = new Label("mm");
    HBox custom = new HBox(6, customWidth, times, customHeight, mm);
    custom.setAlignment(Pos.CENTER_LEFT);
    custom.disableProperty().bind(paper.valueProperty().isNotEqualTo("Custom"));
    RadioButton landscape =
        radio("_Landscape", Orientation.LANDSCAPE, orientations, "orientation-landscape");
    RadioButton portrait =
        radio("P_ortrait", Orientation.PORTRAIT, orientations, "orientation-portrait");
    orientations.selectToggle(prefs.orientation() == Orientation.PORTRAIT ? portrait : landscape);
    HBox paperRow = new HBox(14, paper, custom);
    paperRow.setAlignment(Pos.CENTER_LEFT);
    HBox orientationRow = new HBox(14, landscape, portrait);
    orientationRow.setAlignment(Pos.CENTER_LEFT);

    title.setText(MapExports.defaultTitle(view));
    title.setId("export-title");
    subtitle.setText(MapExports.defaultSubtitle(view));
    subtitle.setId("export-subtitle");
    marking.setText(prefs.marking());
    marking.setId("export-marking");
    marking.setTooltip(
        new Tooltip(
            "Printed at the top and bottom of the page and recorded in the file and manifest;"
                + " remembered for the next export. Leave empty for none."));
    overview.setSelected(prefs.overview());
    overview.setId("export-overview");
    overview.setMnemonicParsing(true);

    problem.setId("export-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.setMaxWidth(560);

    GridPane form = new GridPane();
    form.getStyleClass().add("export-form");
    form.setHgap(12);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setMinWidth(400);
    fields.setPrefWidth(440);
    form.getColumnConstraints().addAll(labels, fields);
    int row = 0;
    form.addRow(row++, label("Format", null), formatRow);
    form.addRow(row++, label("S_heet", paper), paperRow);
    form.addRow(row++, label("Orientation", null), orientationRow);
    form.addRow(row++, label("_Title", title), title);
    form.addRow(row++, label("S_ubtitle", subtitle), subtitle);
    form.addRow(row++, label("Protective _marking", marking), marking);
    form.add(overview, 1, row++);
    Label what =
        new Label(
            "The map shows what is on screen now: the same extent, layers, selection, classes and"
                + " published figures. The page carries the caveat, the disclosure statement and"
                + " the sources; a record of settings (manifest) is written beside the file.");
    what.getStyleClass().add("hint-text");
    what.setWrapText(true);
    what.setMaxWidth(560);
    form.add(what, 0, row++, 2, 1);
    form.add(problem, 0, row++, 2, 1);
    advice.setId("export-advice");
    advice.getStyleClass().add("floor-warning");
    advice.setWrapText(true);
    advice.setMaxWidth(560);
    form.add(advice, 0, row, 2, 1);

    preview.setId("export-preview");
    preview.setPreserveRatio(true);
    previewNote.getStyleClass().add("hint-text");
    previewNote.setWrapText(true);
    previewNote.setMaxWidth(PREVIEW_SIZE + 24);
    StackPane sheet = new StackPane(preview);
    sheet.getStyleClass().add("export-preview-sheet");
    sheet.setMaxSize(
        javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
    StackPane well = new StackPane(sheet);
    well.getStyleClass().add("export-preview-well");
    well.setMinSize(PREVIEW_SIZE + 24, PREVIEW_SIZE + 24);
    Label previewTitle = new Label("Preview");
    previewTitle.getStyleClass().add("control-label");
    VBox right = new VBox(6, previewTitle, well, previewNote);

    HBox all = new HBox(22, form, right);
    all.setPadding(new Insets(4, 2, 2, 2));

    for (Observable o :
        new Observable[] {
          formats.selectedToggleProperty(),
          orientations.selectedToggleProperty(),
          dpi.valueProperty(),
          paper.valueProperty(),
          customWidth.textProperty(),
          customHeight.textProperty(),
          title.textProperty(),
          subtitle.textProperty(),
          marking.textProperty(),
          overview.selectedProperty()
        }) {
      o.addListener(x -> update());
    }
    dpi.disableProperty().bind(png.selectedProperty().not());
    dialog.setOnShown(e -> title.requestFocus());
    return all;
  }

  private static RadioButton radio(String text, Object value, ToggleGroup g, String id) {
    RadioButton b = new RadioButton(text);
    b.setMnemonicParsing(true);
    b.setUserData(value);
    b.setToggleGroup(g);
    b.setId(id);
    // a mnemonic fires an action event without selecting: select, as Alt+letter promises
    b.addEventHandler(javafx.event.ActionEvent.ACTION, e -> b.setSelected(true));
    return b;
  }

  private static Label label(String text, Node target) {
    Label l = new Label(text);
    l.getStyleClass().add("control-label");
    if (target != null) {
      l.setMnemonicParsing(true);
      l.setLabelFor(target);
    }
    return l;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Reads the form, validates it, updates the pixel size and schedules the preview. */
  private void update() {
    Node ok = dialog.getDialogPane().lookupButton(exportButton);
    try {
      current = read();
      problem.setText("");
      MapPage page = MapExports.page(view, view.thematic(), current);
      if (current.format() == ExportFormat.PNG) {
        double w = current.paper().widthPt(current.orientation()) * current.dpi() / 72;
        double h = current.paper().heightPt(current.orientation()) * current.dpi() / 72;
        pixels.setText(String.format(Locale.UK, "%,d × %,d px", Math.round(w), Math.round(h)));
      } else {
        pixels.setText("vector, text as text");
      }
      advice.setText(advice(LayoutPainter.layout(page)));
      debounce.playFromStart();
    } catch (IllegalArgumentException e) {
      current = null;
      problem.setText(e.getMessage());
    }
    if (current == null) {
      advice.setText("");
    }
    advice.setVisible(!advice.getText().isEmpty());
    advice.setManaged(advice.isVisible());
    problem.setVisible(!problem.getText().isEmpty());
    problem.setManaged(problem.isVisible());
    if (ok != null) {
      ok.setDisable(current == null);
    }
  }

  /** Advice when the sheet leaves the map too little room (the statements always fit first). */
  static String advice(LayoutPainter.Geometry g) {
    double w = g.map().getWidth() / PaperSize.PT_PER_MM;
    double h = g.map().getHeight() / PaperSize.PT_PER_MM;
    if (g.map().getHeight() >= g.page().getHeight() * 0.4
        && g.map().getWidth() >= g.page().getWidth() * 0.4) {
      return "";
    }
    return String.format(
        Locale.UK,
        "On this sheet the map is only %.0f × %.0f mm: the title, legend and statements take most"
            + " of the page. A taller or larger sheet gives a more readable map.",
        w,
        h);
  }

  private void refreshPreview() {
    if (current != null) {
      previewJob.submit(current);
    }
  }

  private MapExportSettings read() {
    ExportFormat f = (ExportFormat) formats.getSelectedToggle().getUserData();
    Orientation o = (Orientation) orientations.getSelectedToggle().getUserData();
    PaperSize p =
        switch (paper.getValue()) {
          case "A3" -> PaperSize.A3;
          case "Custom" -> PaperSize.custom(mm(customWidth, "width"), mm(customHeight, "height"));
          default -> PaperSize.A4;
        };
    int d = dpi.getValue() == null ? 300 : dpi.getValue();
    return new MapExportSettings(
        f, d, p, o, title.getText(), subtitle.getText(), marking.getText(), overview.isSelected());
  }

  private static double mm(TextField f, String what) {
    String t = f.getText().trim().replace(",", ".");
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The custom sheet's " + what + " must be a number of millimetres; \"" + t + "\" is not.");
    }
  }

  /** Saves the choices made (after Export). */
  void remember(ExportPreferences prefs) {
    MapExportSettings s = current;
    if (s == null) {
      return;
    }
    prefs.setFormat(s.format());
    prefs.setDpi(s.dpi());
    prefs.setOrientation(s.orientation());
    prefs.setMarking(s.marking());
    prefs.setOverview(s.overview());
    String p = paper.getValue();
    prefs.setPaper(p.equals("Custom") ? "custom" : p);
    if (p.equals("Custom")) {
      prefs.setCustomMm(
          s.paper().widthMm(Orientation.PORTRAIT), s.paper().heightMm(Orientation.PORTRAIT));
    }
  }

  // ---- preview ----------------------------------------------------------------------------

  /** Draws the page as the file will be (standard style), on the background thread. */
  private BufferedImage renderPreview(MapExportSettings settings) {
    if (standard == null) {
      standard = MapExports.standard(view);
    }
    MapPage page = MapExports.page(view, standard, settings);
    var s = page.layout();
    double longest =
        Math.max(s.paper().widthPt(s.orientation()), s.paper().heightPt(s.orientation()));
    int dpiValue = (int) Math.max(12, Math.round(PREVIEW_SIZE * 2 / longest * 72));
    return MapExporter.renderImage(page, dpiValue, "");
  }

  private void showPreview(BufferedImage img) {
    preview.setImage(SwingFXUtils.toFXImage(img, null));
    double k = PREVIEW_SIZE / Math.max(img.getWidth(), img.getHeight());
    preview.setFitWidth(img.getWidth() * k);
    preview.setFitHeight(img.getHeight() * k);
    previewNote.setText("Drawn with the export's own layout code.");
  }

  private void previewFailed(Throwable t) {
    previewNote.setText(
        "The preview could not be drawn: "
            + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
  }
}
