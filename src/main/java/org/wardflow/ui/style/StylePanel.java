package org.wardflow.ui.style;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.analysis.PaletteType;

/**
 * Controls for the map style, in two groups: the choropleth (measure, classification method, number
 * of classes, ColorBrewer palette with colour-blind-safe schemes marked, manual breaks) and flows
 * and schools (which table, minimum count, top-N, fading, suppressed flows, scale lock, school
 * symbol sizes, labels). Every control is bound to a {@link StyleViewModel} property.
 */
public final class StylePanel {
  private final StyleViewModel model;
  private final VBox choropleth = new VBox(8);
  private final VBox flows = new VBox(8);
  private final ComboBox<ChoroplethMeasure> measure = new ComboBox<>();
  private final ComboBox<ClassificationMethod> method = new ComboBox<>();
  private final Spinner<Integer> classes = new Spinner<>();
  private final ComboBox<Palette> palette = new ComboBox<>();
  private final Label safety = new Label();
  private final TextField breaks = new TextField();

  /**
   * Creates the controls.
   *
   * @param model the style view model
   * @param showFlows the visibility of the flow layer (bound to the "Show flows" checkbox)
   */
  public StylePanel(StyleViewModel model, javafx.beans.property.BooleanProperty showFlows) {
    this.model = model;
    buildChoropleth();
    buildFlows(showFlows);
  }

  /** The choropleth controls. */
  public Node choroplethControls() {
    return choropleth;
  }

  /** The flow and school controls. */
  public Node flowControls() {
    return flows;
  }

  /** The classification method chooser (for tests). */
  public ComboBox<ClassificationMethod> methodChooser() {
    return method;
  }

  private void buildChoropleth() {
    choropleth.getStyleClass().add("style-panel");
    measure.setId("measure");
    measure.setItems(FXCollections.observableArrayList(ChoroplethMeasure.values()));
    measure.valueProperty().bindBidirectional(model.measureProperty());
    measure.setTooltip(
        new Tooltip(
            "What the wards are coloured by — always from published figures; hidden ward totals"
                + " are hatched"));
    measure.setMaxWidth(Double.MAX_VALUE);

    method.setId("classification");
    method.setItems(FXCollections.observableArrayList(ClassificationMethod.values()));
    method.setCellFactory(v -> methodCell());
    method.setButtonCell(methodCell());
    method.valueProperty().bindBidirectional(model.methodProperty());
    method.setTooltip(new Tooltip("How the mapped values are split into classes"));
    method.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(method, Priority.ALWAYS);

    classes.setId("classes");
    classes.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 9, model.classesProperty().get()));
    classes.setPrefWidth(70);
    classes.setMinWidth(70);
    classes.setEditable(true);
    bind(classes, model.classesProperty());
    classes.setTooltip(new Tooltip("Number of classes (standard deviation classes are 1 SD wide)"));
    classes
        .disableProperty()
        .bind(
            model
                .methodProperty()
                .isEqualTo(ClassificationMethod.STANDARD_DEVIATION)
                .or(model.methodProperty().isEqualTo(ClassificationMethod.MANUAL)));
    HBox methodRow = new HBox(6, method, classes);
    methodRow.setAlignment(Pos.CENTER_LEFT);

    palette.setId("palette");
    List<Palette> choices =
        ColorBrewer.all().stream().filter(p -> p.type() != PaletteType.QUALITATIVE).toList();
    palette.setItems(FXCollections.observableArrayList(choices));
    palette.setCellFactory(v -> new PaletteCell(model));
    palette.setButtonCell(new PaletteCell(model));
    palette.setValue(ColorBrewer.get(model.paletteProperty().get()));
    palette
        .valueProperty()
        .addListener(
            (obs, o, p) -> {
              if (p != null) {
                model.paletteProperty().set(p.name());
              }
            });
    model.paletteProperty().addListener((obs, o, n) -> palette.setValue(ColorBrewer.get(n)));
    palette.setMaxWidth(Double.MAX_VALUE);
    palette.setVisibleRowCount(12);
    palette.setTooltip(
        new Tooltip(
            "ColorBrewer schemes (Cynthia Brewer). ● marks schemes rated colour-blind safe at"
                + " this number of classes."));
    safety.setId("palette-safety");
    safety.getStyleClass().add("hint-text");
    model.paletteProperty().addListener((obs, o, n) -> updateSafety());
    model.classesProperty().addListener((obs, o, n) -> updateSafety());
    updateSafety();

    breaks.setId("manual-breaks");
    breaks.setPromptText("e.g. 0, 5, 10, 20, 40");
    breaks.textProperty().bindBidirectional(model.manualBreaksProperty());
    breaks.setTooltip(
        new Tooltip("Class bounds for manual breaks, lowest first, separated by commas"));
    Label breaksLabel = label("Breaks");
    breaks.visibleProperty().bind(model.methodProperty().isEqualTo(ClassificationMethod.MANUAL));
    breaks.managedProperty().bind(breaks.visibleProperty());
    breaksLabel.visibleProperty().bind(breaks.visibleProperty());
    breaksLabel.managedProperty().bind(breaks.visibleProperty());

    GridPane g = grid();
    g.addRow(0, label("Measure"), measure);
    g.addRow(1, label("Classes"), methodRow);
    g.addRow(2, label("Palette"), palette);
    g.add(safety, 1, 3);
    g.addRow(4, breaksLabel, breaks);
    choropleth.getChildren().add(g);
  }

  private void updateSafety() {
    Palette p = ColorBrewer.byName(model.paletteProperty().get()).orElse(null);
    if (p == null) {
      safety.setText("");
      return;
    }
    int n = Math.max(1, Math.min(p.maxClasses(), model.classesProperty().get()));
    safety.setText(
        switch (p.colorBlindSafety(n)) {
          case SAFE -> "● Colour-blind safe at " + n + " classes";
          case MAYBE -> "◐ Possibly confusing for colour-blind readers at " + n + " classes";
          case UNSAFE -> "○ Not colour-blind safe at " + n + " classes";
        });
  }

  private void buildFlows(javafx.beans.property.BooleanProperty showFlows) {
    flows.getStyleClass().add("style-panel");
    ComboBox<FlowTableChoice> table = new ComboBox<>();
    table.setId("flow-table");
    table.setItems(FXCollections.observableArrayList(FlowTableChoice.values()));
    table.valueProperty().bindBidirectional(model.flowTableProperty());
    table.setTooltip(
        new Tooltip(
            "Draw the flows of children and young people involved in violence, or of all pupils"
                + " (context). Both are published under the same disclosure policy."));
    table.setMaxWidth(Double.MAX_VALUE);

    CheckBox show = new CheckBox("Show flows");
    show.setId("show-flows");
    show.selectedProperty().bindBidirectional(showFlows);
    show.setTooltip(new Tooltip("Show or hide the flow layer"));
    ComboBox<HiddenFlows> hidden = new ComboBox<>();
    hidden.setId("hidden-flows");
    hidden.setItems(FXCollections.observableArrayList(HiddenFlows.values()));
    hidden.valueProperty().bindBidirectional(model.hiddenFlowsProperty());
    hidden.setTooltip(
        new Tooltip(
            "When to draw suppressed flows as thin grey dashes, with no size implied. Drawing all"
                + " of them at once gives a grey haze, so by default only the selection's are"
                + " drawn."));
    hidden.setMaxWidth(Double.MAX_VALUE);

    Spinner<Integer> top = new Spinner<>(0, 100_000, model.topNProperty().get(), 10);
    top.setId("top-n");
    top.setEditable(true);
    top.setPrefWidth(84);
    bind(top, model.topNProperty());
    top.setTooltip(new Tooltip("Only the N largest published flows at full strength (0 = all)"));
    Spinner<Integer> min = new Spinner<>(0, 10_000, model.minCountProperty().get(), 1);
    min.setId("min-count");
    min.setEditable(true);
    min.setPrefWidth(72);
    bind(min, model.minCountProperty());
    min.setTooltip(new Tooltip("Flows with fewer people than this are faded or left out"));
    HBox filterRow = new HBox(6, top, label("Min"), min);
    filterRow.setAlignment(Pos.CENTER_LEFT);

    CheckBox fade = new CheckBox("Fade the rest");
    fade.setId("fade-rest");
    fade.selectedProperty().bindBidirectional(model.fadeRestProperty());
    fade.setTooltip(
        new Tooltip("Draw flows failing the filters faint instead of leaving them out"));
    CheckBox lock = new CheckBox("Lock widths");
    lock.setId("scale-lock");
    lock.selectedProperty().bindBidirectional(model.scaleLockProperty());
    lock.setTooltip(
        new Tooltip(
            "Keep the count → line width mapping fixed, so widths stay comparable when the table,"
                + " filter or threshold changes"));
    HBox optRow = new HBox(12, fade, lock);

    ComboBox<SchoolSizing> size = new ComboBox<>();
    size.setId("school-size");
    size.setItems(FXCollections.observableArrayList(SchoolSizing.values()));
    size.valueProperty().bindBidirectional(model.schoolSizingProperty());
    size.setTooltip(new Tooltip("Symbol area ∝ value; colour and shape show the phase"));
    size.setMaxWidth(Double.MAX_VALUE);
    CheckBox labels = new CheckBox("Labels");
    labels.setId("labels");
    labels.selectedProperty().bindBidirectional(model.labelsProperty());
    labels.setTooltip(new Tooltip("Ward, district and selected school names"));

    GridPane g = grid();
    g.addRow(0, label("Flows of"), table);
    g.add(show, 1, 1);
    g.addRow(2, label("Suppressed"), hidden);
    g.addRow(3, label("Top N"), filterRow);
    g.add(optRow, 1, 4);
    g.addRow(5, label("Schools"), size);
    g.add(labels, 1, 6);
    flows.getChildren().add(g);
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(7);
    ColumnConstraints a = new ColumnConstraints();
    a.setMinWidth(74);
    ColumnConstraints b = new ColumnConstraints();
    b.setHgrow(Priority.ALWAYS);
    b.setFillWidth(true);
    g.getColumnConstraints().addAll(a, b);
    return g;
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("control-label");
    return l;
  }

  private static void bind(Spinner<Integer> s, IntegerProperty p) {
    ObjectProperty<Integer> v = s.getValueFactory().valueProperty();
    v.addListener(
        (obs, o, n) -> {
          if (n != null && n != p.get()) {
            p.set(n);
          }
        });
    p.addListener(
        (obs, o, n) -> {
          if (!n.equals(v.get())) {
            v.set(n.intValue());
          }
        });
  }

  private static ListCell<ClassificationMethod> methodCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(ClassificationMethod m, boolean empty) {
        super.updateItem(m, empty);
        setText(empty || m == null ? null : m.label());
      }
    };
  }

  /** A palette row: its colours as a strip, its name and a colour-blind mark. */
  static final class PaletteCell extends ListCell<Palette> {
    private final StyleViewModel model;

    PaletteCell(StyleViewModel model) {
      this.model = model;
    }

    @Override
    protected void updateItem(Palette p, boolean empty) {
      super.updateItem(p, empty);
      if (empty || p == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      int n = Math.max(3, Math.min(p.maxClasses(), model.classesProperty().get()));
      HBox strip = new HBox(0);
      for (int c : p.colors(n)) {
        Rectangle r = new Rectangle(56.0 / n, 12);
        r.setFill(Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
        strip.getChildren().add(r);
      }
      strip.getStyleClass().add("palette-strip");
      strip.setAlignment(Pos.CENTER_LEFT);
      setGraphic(strip);
      setText(p.name() + (p.colorBlindSafe(n) ? "  ●" : ""));
      setGraphicTextGap(8);
    }
  }
}
