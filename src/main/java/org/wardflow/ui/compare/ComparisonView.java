package org.wardflow.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.wardflow.analysis.ListComparison;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.analysis.ListMatch;
import org.wardflow.analysis.MatchReport;
import org.wardflow.analysis.MatchStatus;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.RankingResult;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportResult;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListReader;
import org.wardflow.model.Phase;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.map.MapCanvas;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;

/**
 * "Side by side": the VRU list beside the analysis's ranking. Two synchronised maps (or one swiped
 * map), the comparison table, agreement statistics with a chart of how they change with k, the two
 * stated objectives as tables, and the list-matching report. Selecting a school anywhere selects it
 * everywhere and fills the wards its CYP come from. State lives in {@link ComparisonViewModel};
 * ranking runs off the FX thread.
 *
 * <p>Entry point: {@link #create(ComparisonInputs)}; call {@link #dispose()} when the view goes
 * away (it stops the map painters and the ranking thread).
 */
public final class ComparisonView extends BorderPane {
  private static final String ALL_PHASES = "All phases";
  private static final String ALL_DISTRICTS = "All districts";

  private final ComparisonViewModel vm;
  private final MapViewModel leftModel = new MapViewModel();
  private final MapViewModel rightModel = new MapViewModel();
  private final MapCanvas leftMap;
  private final MapCanvas rightMap;
  private final ExecutorService rankingThread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "wardflow-ranking");
            t.setDaemon(true);
            return t;
          });

  private final StackPane mapsHost = new StackPane();
  private final StackPane leftHolder = new StackPane();
  private final StackPane rightHolder = new StackPane();
  private final GridPane sideBySide = new GridPane();
  private final StackPane swipeStack = new StackPane();
  private final StackPane swipeClipped = new StackPane();
  private final Rectangle swipeClip = new Rectangle();
  private final Region divider = new Region();
  private final Label leftTitle = new Label();
  private final Label rightTitle = new Label();
  private final Label listName = new Label("No list loaded");
  private final Spinner<Integer> kSpinner = new Spinner<>();
  private final SpinnerValueFactory.IntegerSpinnerValueFactory kFactory =
      new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 500, ComparisonViewModel.DEFAULT_K);
  private final TableView<ListComparison.Row> table = new TableView<>();
  private final TableView<ListComparison.Row> candidates = new TableView<>();
  private final TableView<ListComparison.Row> littleEvidence = new TableView<>();
  private final TableView<ListMatch> matches = new TableView<>();
  private final TableView<RankedSchool> rankings = new TableView<>();
  private final Label rankingNotes = new Label();
  private TabPane tabPane;
  private java.util.function.Consumer<VruList> listSink;
  private final GridPane stats = new GridPane();
  private final LineChart<Number, Number> chart;
  private final HBox sourceLegend = new HBox(8);
  private final Label matchSummary = new Label();
  private final Label notes = new Label();
  private final ToggleButton swipeToggle = new ToggleButton("Swipe");
  private boolean syncing;
  private boolean selectingInTable;

  private ComparisonView(ComparisonInputs in) {
    getStyleClass().add("comparison-view");
    setId("comparison-view");
    vm = new ComparisonViewModel(in.geography());
    vm.indicators().setAll(in.indicators());
    vm.selectionProperty().bindBidirectional(in.selection());
    vm.allPupilsProperty().bind(in.allPupils());
    vm.rankingRequestProperty().addListener((obs, old, r) -> runRanking(r));
    vm.cypProperty().bind(in.cyp());

    leftModel.setGeography(in.geography());
    rightModel.setGeography(in.geography());
    leftModel.selectionProperty().bindBidirectional(vm.selectionProperty());
    rightModel.selectionProperty().bindBidirectional(vm.selectionProperty());
    leftMap =
        new MapCanvas(
            leftModel,
            new ComparisonPainter(ComparisonPainter.Side.LIST, () -> vm.overlayProperty().get()));
    rightMap =
        new MapCanvas(
            rightModel,
            new ComparisonPainter(
                ComparisonPainter.Side.ANALYSIS, () -> vm.overlayProperty().get()));
    leftMap.setId("left-map");
    rightMap.setId("right-map");
    Function<MapTarget, String> tip = this::tipText;
    leftMap.setTipText(tip);
    rightMap.setTipText(tip);
    linkViewports(leftModel, rightModel);
    linkViewports(rightModel, leftModel);
    vm.overlayProperty()
        .addListener(
            (Observable o) -> {
              leftMap.refresh();
              rightMap.refresh();
            });

    NumberAxis x = new NumberAxis();
    x.setLabel("k (schools compared)");
    x.setForceZeroInRange(false);
    NumberAxis y = new NumberAxis(-1, 1, 0.25);
    y.setLabel("agreement");
    chart = new LineChart<>(x, y);

    setTop(new VBox(toolbar(), caveatBand()));
    SplitPane split = new SplitPane(mapsArea(), tabs());
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.56);
    setCenter(split);
    Label status = new Label();
    status.setId("comparison-status");
    status.textProperty().bind(vm.statusProperty());
    status.setPadding(new Insets(3, 8, 3, 8));
    setBottom(status);

    vm.comparisonProperty().addListener((Observable o) -> showComparison());
    vm.matchReportProperty().addListener((Observable o) -> showMatches());
    vm.selectionProperty().addListener((Observable o) -> showSelection());
    vm.swipeProperty().addListener((Observable o) -> layoutMaps());
    layoutMaps();
    if (in.list() != null) {
      loadList(in.list());
    }
  }

  /**
   * Creates the view.
   *
   * @param inputs geography, published tables, indicators, list and shared selection
   * @return the view (a {@link Node}; call {@link #dispose()} when done)
   */
  public static ComparisonView create(ComparisonInputs inputs) {
    return new ComparisonView(inputs);
  }

  /** The view model (state and behaviour). */
  public ComparisonViewModel model() {
    return vm;
  }

  /** The map of the VRU list (left). */
  public MapCanvas listMap() {
    return leftMap;
  }

  /** The map of the analysis's top k (right). */
  public MapCanvas analysisMap() {
    return rightMap;
  }

  /** The comparison table. */
  public TableView<ListComparison.Row> table() {
    return table;
  }

  /** Matches and shows a list already read. */
  public void loadList(VruList list) {
    vm.loadList(list);
    listName.setText(list.file().getFileName() + " · " + list.size() + " entries");
  }

  /**
   * Where lists read by this view's "Open VRU list…" button go (e.g. the app's shared list, which
   * then comes back through {@link #loadList(VruList)}); null to show them here only.
   */
  public void setListSink(java.util.function.Consumer<VruList> sink) {
    this.listSink = sink;
  }

  /** The table of every ranked school with its rank interval. */
  public TableView<RankedSchool> rankingTable() {
    return rankings;
  }

  /**
   * Brings one of the lower tabs to the front.
   *
   * @param id "comparison", "rankings", "agreement", "candidates", "little-evidence" or "matching"
   */
  public void showTab(String id) {
    for (Tab t : tabPane.getTabs()) {
      if (("tab-" + id).equals(t.getId())) {
        tabPane.getSelectionModel().select(t);
      }
    }
  }

  /** Reads a list file off the FX thread, then shows it (errors in a dialog). */
  public void loadList(Path file) {
    Task<ImportResult<VruList>> t =
        new Task<>() {
          @Override
          protected ImportResult<VruList> call() throws ImportException {
            return VruListReader.read(file);
          }
        };
    t.setOnSucceeded(
        e -> {
          ImportResult<VruList> r = t.getValue();
          if (r.ok()) {
            if (listSink != null) {
              listSink.accept(r.value());
            } else {
              loadList(r.value());
            }
          } else {
            error("The list could not be used", r.report().format());
          }
        });
    t.setOnFailed(e -> error("The list could not be read", t.getException().getMessage()));
    rankingThread.execute(t);
  }

  /** Stops the map painters and the ranking thread. */
  public void dispose() {
    leftMap.dispose();
    rightMap.dispose();
    rankingThread.shutdownNow();
  }

  // ---- ranking ------------------------------------------------------------------------------

  private void runRanking(ComparisonViewModel.RankingRequest r) {
    if (r == null) {
      return;
    }
    Task<RankingResult> t =
        new Task<>() {
          @Override
          protected RankingResult call() {
            if (vm.rankingRequestProperty().get() != r) {
              // superseded before it started: skip the work (checked racily; harmless)
              return null;
            }
            return r.run();
          }
        };
    t.setOnSucceeded(
        e -> {
          if (t.getValue() != null) {
            vm.accept(r, t.getValue());
          }
        });
    t.setOnFailed(e -> vm.failed(r, t.getException()));
    rankingThread.execute(t);
  }

  // ---- tool bar -----------------------------------------------------------------------------

  private Node toolbar() {
    Button open = new Button("Open VRU list…");
    open.setId("open-list");
    open.setOnAction(e -> chooseList());
    listName.setId("list-name");
    listName.getStyleClass().add("list-name");

    ComboBox<SchoolMeasure> measure = new ComboBox<>();
    measure.setId("measure");
    measure.getItems().setAll(SchoolMeasure.values());
    measure.setConverter(converter(SchoolMeasure::label));
    measure.valueProperty().bindBidirectional(vm.measureProperty());
    measure.setTooltip(new Tooltip("What schools are ranked by (published figures only)"));

    ComboBox<WardIndicator> indicator = new ComboBox<>(vm.indicators());
    indicator.setId("indicator");
    indicator.setConverter(converter(WardIndicator::name));
    indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
    indicator.visibleProperty().bind(vm.measureProperty().isEqualTo(SchoolMeasure.EXPOSURE_INDEX));
    indicator.managedProperty().bind(indicator.visibleProperty());
    indicator.setTooltip(new Tooltip("Ward indicator averaged over the wards pupils come from"));

    CheckBox smoothing = new CheckBox("Smooth (empirical Bayes)");
    smoothing.setId("smoothing");
    smoothing.selectedProperty().bindBidirectional(vm.smoothingProperty());
    smoothing
        .disableProperty()
        .bind(vm.measureProperty().isNotEqualTo(SchoolMeasure.RATE_PER_100_PUPILS));
    smoothing.setTooltip(
        new Tooltip("Pull rates of small schools towards the overall rate (rates only)"));

    kSpinner.setId("k");
    kSpinner.setValueFactory(kFactory);
    kSpinner.setEditable(true);
    kSpinner.setPrefWidth(80);
    kFactory.valueProperty().addListener((obs, old, v) -> vm.kProperty().set(v == null ? 1 : v));
    vm.kProperty().addListener((obs, old, v) -> kFactory.setValue(v.intValue()));
    kSpinner.setTooltip(new Tooltip("How many of the analysis's schools to compare with the list"));

    ComboBox<String> phase = new ComboBox<>();
    phase.setId("phase");
    phase.getItems().add(ALL_PHASES);
    vm.phases().forEach(p -> phase.getItems().add(p.label()));
    phase.setValue(ALL_PHASES);
    phase
        .valueProperty()
        .addListener(
            (obs, old, v) ->
                vm.phaseProperty()
                    .set(v == null || v.equals(ALL_PHASES) ? null : Phase.fromText(v)));
    ComboBox<String> district = new ComboBox<>();
    district.setId("district");
    district.getItems().add(ALL_DISTRICTS);
    district.getItems().addAll(vm.districts());
    district.setValue(ALL_DISTRICTS);
    district
        .valueProperty()
        .addListener(
            (obs, old, v) ->
                vm.districtProperty().set(v == null || v.equals(ALL_DISTRICTS) ? null : v));

    swipeToggle.setId("swipe");
    swipeToggle.selectedProperty().bindBidirectional(vm.swipeProperty());
    swipeToggle.setTooltip(
        new Tooltip("One map with a divider to drag: list on the left, analysis on the right"));

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(vm.busyProperty());
    busy.setTooltip(new Tooltip("Ranking with rank intervals…"));

    // a wrapping bar: in a centre tab beside the side panels nothing may overflow out of reach
    javafx.scene.layout.FlowPane bar =
        new javafx.scene.layout.FlowPane(
            6,
            4,
            open,
            listName,
            new Separator(),
            new Label("Rank by"),
            measure,
            indicator,
            smoothing,
            new Separator(),
            new Label("Top k"),
            kSpinner,
            new Separator(),
            phase,
            district,
            new Separator(),
            swipeToggle,
            busy);
    bar.setId("comparison-toolbar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("tool-bar");
    for (Node n : bar.getChildren()) {
      if (n instanceof Separator sep) {
        sep.setOrientation(Orientation.VERTICAL);
        sep.setPrefHeight(22);
      }
    }
    return bar;
  }

  private Node caveatBand() {
    Label caveat = new Label(ComparisonViewModel.CAVEAT);
    caveat.setId("caveat");
    caveat.setWrapText(true);
    caveat.setStyle("-fx-font-weight: bold; -fx-text-fill: #5a3d00;");
    String label = vm.geography().info().label();
    Label data = new Label(label);
    data.setStyle(
        "-fx-font-weight: bold; -fx-text-fill: white; -fx-background-color: #8a2d2d;"
            + " -fx-padding: 1 6 1 6; -fx-background-radius: 3;");
    data.setVisible(!label.isEmpty());
    data.setManaged(!label.isEmpty());
    data.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox band = new HBox(10, caveat, spacer, data);
    band.setAlignment(Pos.CENTER_LEFT);
    band.setPadding(new Insets(4, 10, 4, 10));
    band.setStyle(
        "-fx-background-color: #fff4d6; -fx-border-color: #e8d39a; -fx-border-width: 0 0 1 0;");
    return band;
  }

  private void chooseList() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Open a VRU list of schools");
    fc.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "CSV (also spreadsheets saved as CSV)", "*.csv", "*.txt"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
    if (f != null) {
      loadList(f.toPath());
    }
  }

  private void error(String header, String message) {
    Alert a = new Alert(Alert.AlertType.ERROR);
    a.setHeaderText(header);
    a.setContentText(message);
    if (getScene() != null) {
      a.initOwner(getScene().getWindow());
    }
    a.show();
  }

  // ---- maps ---------------------------------------------------------------------------------

  private void linkViewports(MapViewModel from, MapViewModel to) {
    from.viewportProperty()
        .addListener(
            (obs, old, v) -> {
              if (syncing) {
                return;
              }
              syncing = true;
              try {
                var t = to.getViewport();
                to.setViewport(
                    new org.wardflow.render.Viewport(
                        v.centerX(), v.centerY(), v.metresPerPixel(), t.width(), t.height()));
              } finally {
                syncing = false;
              }
            });
  }

  private Node mapsArea() {
    leftTitle.setId("left-title");
    rightTitle.setId("right-title");
    for (Label l : List.of(leftTitle, rightTitle)) {
      l.getStyleClass().add("map-title");
      l.setStyle(
          "-fx-font-weight: bold; -fx-background-color: rgba(255,255,255,0.88);"
              + " -fx-padding: 3 8 3 8; -fx-background-radius: 4;");
      l.setMouseTransparent(true);
      StackPane.setMargin(l, new Insets(8));
    }
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    sideBySide.getColumnConstraints().setAll(half, half);
    sideBySide.setHgap(4);
    sideBySide.add(leftHolder, 0, 0);
    sideBySide.add(rightHolder, 1, 0);
    GridPane.setVgrow(leftHolder, Priority.ALWAYS);
    GridPane.setVgrow(rightHolder, Priority.ALWAYS);
    leftHolder.setMinSize(0, 0);
    rightHolder.setMinSize(0, 0);

    swipeClip.heightProperty().bind(swipeStack.heightProperty());
    swipeClip.widthProperty().bind(swipeStack.widthProperty().multiply(vm.swipePositionProperty()));
    swipeClipped.setClip(swipeClip);
    swipeClipped.setMinSize(0, 0);
    divider.setId("swipe-divider");
    divider.setPrefWidth(14);
    divider.setMaxWidth(14);
    divider.setCursor(Cursor.H_RESIZE);
    divider.setStyle(
        "-fx-background-color: transparent, white, #2b3440;"
            + " -fx-background-insets: 0, 0 5 0 5, 0 6 0 6;");
    divider.setManaged(false);
    Pane dividerLayer =
        new Pane(divider) {
          @Override
          protected void layoutChildren() {
            double x = getWidth() * vm.swipePositionProperty().get();
            divider.resizeRelocate(x - 7, 0, 14, getHeight());
          }
        };
    dividerLayer.setPickOnBounds(false);
    vm.swipePositionProperty().addListener((Observable o) -> dividerLayer.requestLayout());
    divider.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          double w = dividerLayer.getWidth();
          if (w > 0) {
            double px = divider.localToParent(e.getX(), e.getY()).getX();
            vm.swipePositionProperty().set(Math.max(0.02, Math.min(0.98, px / w)));
          }
          e.consume();
        });
    divider.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
    swipeStack.getChildren().setAll(new StackPane(), swipeClipped, dividerLayer);
    swipeStack.setMinSize(0, 0);

    mapsHost.setMinSize(0, 0);
    VBox box = new VBox(mapsHost, legend());
    VBox.setVgrow(mapsHost, Priority.ALWAYS);
    return box;
  }

  private void layoutMaps() {
    StackPane.setAlignment(leftTitle, Pos.TOP_LEFT);
    StackPane.setAlignment(rightTitle, vm.swipeProperty().get() ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
    if (vm.swipeProperty().get()) {
      leftHolder.getChildren().clear();
      rightHolder.getChildren().clear();
      StackPane under = new StackPane(rightMap, rightTitle);
      swipeClipped.getChildren().setAll(leftMap, leftTitle);
      swipeStack.getChildren().set(0, under);
      mapsHost.getChildren().setAll(swipeStack);
    } else {
      swipeClipped.getChildren().clear();
      swipeStack.getChildren().set(0, new StackPane());
      leftHolder.getChildren().setAll(leftMap, leftTitle);
      rightHolder.getChildren().setAll(rightMap, rightTitle);
      mapsHost.getChildren().setAll(sideBySide);
    }
  }

  /** True when the swipe map is shown. */
  public boolean isSwipeShown() {
    return mapsHost.getChildren().contains(swipeStack);
  }

  /** The swipe divider (visible in swipe mode). */
  public Region swipeDivider() {
    return divider;
  }

  /** The width of the list map shown left of the swipe divider. */
  public double swipeClipWidth() {
    return swipeClip.getWidth();
  }

  private Node legend() {
    HBox row = new HBox(14);
    row.setId("agreement-legend");
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(4, 10, 4, 10));
    for (Agreement a : Agreement.values()) {
      row.getChildren().add(swatch(AgreementColours.of(a), AgreementColours.label(a)));
    }
    row.getChildren().add(swatch(AgreementColours.OTHER, "Other schools"));
    Label tags = new Label("Tags: T = list tier, number = analysis rank");
    tags.setStyle("-fx-text-fill: #555;");
    row.getChildren().add(tags);
    for (Node n : row.getChildren()) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    sourceLegend.setId("source-legend");
    sourceLegend.setAlignment(Pos.CENTER_LEFT);
    sourceLegend.setPadding(new Insets(0, 10, 4, 10));
    sourceLegend
        .visibleProperty()
        .bind(javafx.beans.binding.Bindings.isNotEmpty(vm.sourceLegend()));
    sourceLegend.managedProperty().bind(sourceLegend.visibleProperty());
    vm.sourceLegend().addListener((Observable o) -> showSourceLegend());
    return new VBox(row, sourceLegend);
  }

  private static Node swatch(int argb, String text) {
    Circle c = new Circle(6, toFx(argb));
    c.setStroke(Color.WHITE);
    c.setStrokeWidth(1.5);
    Label l = new Label(text, c);
    l.setGraphicTextGap(5);
    return l;
  }

  private void showSourceLegend() {
    sourceLegend.getChildren().clear();
    if (vm.sourceLegend().isEmpty()) {
      return;
    }
    String name =
        vm.selectedUrn() == null
            ? ""
            : vm.geography().schools().byUrn(vm.selectedUrn()).map(s -> s.name()).orElse("");
    Label title = new Label("Where " + name + "'s CYP live:");
    title.setStyle("-fx-font-weight: bold;");
    sourceLegend.getChildren().add(title);
    for (ComparisonViewModel.LegendItem i : vm.sourceLegend()) {
      Rectangle r = new Rectangle(14, 10);
      if (i.argb() == 0) {
        r.setFill(Color.web("#d9d9d9"));
        r.setStroke(Color.web("#8c8c8c"));
        r.getStrokeDashArray().setAll(2.0, 2.0);
      } else {
        r.setFill(toFx(i.argb()));
        r.setStroke(Color.web("#ffffff"));
      }
      Label l = new Label(i.label(), r);
      l.setGraphicTextGap(4);
      sourceLegend.getChildren().add(l);
    }
  }

  private static Color toFx(int argb) {
    return Color.rgb(
        (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
  }

  private String tipText(MapTarget t) {
    if (!t.isSchool()) {
      return t.name() + "\nWard " + t.id();
    }
    StringBuilder sb = new StringBuilder(t.name()).append('\n');
    vm.agreementOf(t.id()).ifPresent(a -> sb.append(AgreementColours.label(a)).append(" · "));
    RankingResult r = vm.rankingProperty().get();
    if (r != null) {
      sb.append(r.byUrn(t.id()).map(x -> "rank " + x.rankLabel()).orElse("not ranked"));
    }
    return sb.toString();
  }

  // ---- tabs ---------------------------------------------------------------------------------

  private Node tabs() {
    TabPane tp = new TabPane();
    tabPane = tp;
    tp.setId("comparison-tabs");
    tp.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Label hidden = new Label();
    hidden.textProperty().bind(vm.hiddenRowsNoteProperty());
    hidden.visibleProperty().bind(vm.hiddenRowsNoteProperty().isNotEmpty());
    hidden.managedProperty().bind(hidden.visibleProperty());
    table.setId("comparison-table");
    configureRows(table, true);
    table.setItems(vm.rows());
    VBox.setVgrow(table, Priority.ALWAYS);
    Tab t1 = new Tab("Comparison", new VBox(4, hidden, table));

    stats.setId("stats");
    stats.setHgap(12);
    stats.setVgap(6);
    stats.setPadding(new Insets(8));
    ColumnConstraints c0 = new ColumnConstraints();
    c0.setMinWidth(140);
    ColumnConstraints c1 = new ColumnConstraints();
    c1.setMinWidth(60);
    ColumnConstraints c2 = new ColumnConstraints();
    c2.setHgrow(Priority.ALWAYS);
    c2.setMaxWidth(460);
    stats.getColumnConstraints().setAll(c0, c1, c2);
    chart.setId("agreement-chart");
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setTitle("How agreement changes with k");
    chart.setMinWidth(320);
    chart.setPrefWidth(520);
    notes.setWrapText(true);
    notes.setStyle("-fx-text-fill: #555;");
    VBox left = new VBox(6, stats, notes);
    left.setPadding(new Insets(0, 0, 0, 4));
    javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
    leftScroll.setFitToWidth(true);
    leftScroll.setPrefWidth(640);
    leftScroll.setMinWidth(420);
    HBox.setHgrow(chart, Priority.ALWAYS);
    Tab t2 = new Tab("Agreement", new HBox(8, leftScroll, chart));

    candidates.setId("candidates-table");
    configureRows(candidates, false);
    Label c1Text =
        new Label(
            "Schools in the analysis's top k that the list does not contain — worth a look, not a"
                + " verdict. Read the rank interval: a wide interval means the place is uncertain.");
    c1Text.setWrapText(true);
    VBox.setVgrow(candidates, Priority.ALWAYS);
    Tab t3 = new Tab("Candidates not on the list", new VBox(4, c1Text, candidates));

    littleEvidence.setId("little-evidence-table");
    configureRows(littleEvidence, true);
    Label c2Text =
        new Label(
            "List schools whose whole rank interval lies below the top k, or with no CYP in the"
                + " published figures. This says nothing about the school, only that these"
                + " figures do not point to it.");
    c2Text.setWrapText(true);
    VBox.setVgrow(littleEvidence, Priority.ALWAYS);
    Tab t4 = new Tab("On the list, little evidence here", new VBox(4, c2Text, littleEvidence));

    matches.setId("match-table");
    configureMatches();
    matchSummary.setId("match-summary");
    matchSummary.setWrapText(true);
    VBox.setVgrow(matches, Priority.ALWAYS);
    Tab t5 = new Tab("List matching", new VBox(4, matchSummary, matches));
    Tab t6 = new Tab("School rankings", rankingsPane());
    t1.setId("tab-comparison");
    t2.setId("tab-agreement");
    t3.setId("tab-candidates");
    t4.setId("tab-little-evidence");
    t5.setId("tab-matching");
    t6.setId("tab-rankings");
    for (Tab t : List.of(t1, t2, t3, t4, t5, t6)) {
      t.getContent().setStyle("-fx-padding: 4;");
    }
    tp.getTabs().setAll(t1, t6, t2, t3, t4, t5);
    return tp;
  }

  /** Every ranked school, best first, with its rank interval and tie group. */
  private Node rankingsPane() {
    rankings.setId("ranking-table");
    TableColumn<RankedSchool, String> rank = column("Rank (90% interval)", 140, this::rankCell);
    rank.setComparator(ComparisonView::compareRank);
    rank.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<RankedSchool, String> school = column("School", 230, r -> r.school().name());
    TableColumn<RankedSchool, String> phase = column("Phase", 90, r -> r.school().phase().label());
    TableColumn<RankedSchool, String> district =
        column("District", 120, r -> r.school().district());
    TableColumn<RankedSchool, String> value = column("Measure", 120, this::rankedValueText);
    value.textProperty().bind(vm.measureProperty().map(SchoolMeasure::label));
    value.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<RankedSchool, String> cyp =
        column(
            "CYP attending",
            110,
            r ->
                r.cypTotal().isPublished()
                    ? Integer.toString(r.cypTotal().value())
                    : String.format(Locale.UK, "≈ %.0f", r.cypEstimate()));
    cyp.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<RankedSchool, String> group =
        column(
            "Cannot be told apart from",
            200,
            r ->
                r.tieGroupSize() <= 1
                    ? "—"
                    : (r.tieGroupSize() - 1)
                        + (r.tieGroupSize() == 2 ? " other school" : " other schools")
                        + " (group "
                        + r.tieGroup()
                        + ")");
    TableColumn<RankedSchool, String> onList =
        column("On list", 70, r -> vm.listUrns().contains(r.urn()) ? "yes" : "—");
    rankings.getColumns().setAll(List.of(rank, school, phase, district, value, cyp, group, onList));
    rankings.setPlaceholder(new Label("Ranking…"));
    rankings
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, r) -> {
              if (!selectingInTable && r != null) {
                vm.selectSchool(r.urn());
              }
            });
    vm.rankingProperty()
        .addListener(
            (obs, old, r) -> {
              rankings.getItems().setAll(r == null ? List.of() : r.ranked());
              rankingNotes.setText(
                  r == null
                      ? ""
                      : r.size()
                          + " schools ranked by "
                          + r.measureLabel()
                          + " from published figures. ≈ marks a hidden school total, estimated"
                          + " within what the publication allows. Read the interval, not the"
                          + " rank: schools in one group cannot be told apart.");
            });
    rankingNotes.setId("ranking-notes");
    rankingNotes.setWrapText(true);
    VBox.setVgrow(rankings, Priority.ALWAYS);
    return new VBox(4, rankingNotes, rankings);
  }

  private String rankCell(RankedSchool r) {
    return rankText(r);
  }

  private String rankedValueText(RankedSchool x) {
    SchoolMeasure m =
        vm.rankingProperty().get() == null
            ? vm.measureProperty().get()
            : vm.rankingProperty().get().measure();
    String v =
        m == SchoolMeasure.CYP_COUNT
            ? String.format(Locale.UK, "%.0f", x.value())
            : String.format(Locale.UK, "%.2f", x.value());
    return (x.estimated() ? "≈ " : "") + v;
  }

  private static <T> StringConverter<T> converter(Function<T, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : f.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private static <S> TableColumn<S, String> column(
      String title, double width, Function<S, String> f) {
    TableColumn<S, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
    return c;
  }

  private void configureRows(TableView<ListComparison.Row> t, boolean withAgreement) {
    TableColumn<ListComparison.Row, String> school = column("School", 210, r -> r.school().name());
    TableColumn<ListComparison.Row, String> phase =
        column("Phase", 80, r -> r.school().phase().label());
    TableColumn<ListComparison.Row, String> district =
        column("District", 110, r -> r.school().district());
    TableColumn<ListComparison.Row, String> onList =
        column("On list", 80, r -> r.onList() ? orDash(r.listOrder(), "yes") : "—");
    TableColumn<ListComparison.Row, String> rank =
        column(
            "Rank (interval)", 130, r -> r.ranked() == null ? "not ranked" : rankText(r.ranked()));
    rank.setComparator(ComparisonView::compareRank);
    rank.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<ListComparison.Row, String> value = column("Measure", 130, this::valueText);
    value.textProperty().bind(vm.measureProperty().map(SchoolMeasure::label));
    value.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<ListComparison.Row, Agreement> agreement = new TableColumn<>("Agreement");
    agreement.setPrefWidth(115);
    agreement.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().agreement()));
    agreement.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Agreement a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                  setText(null);
                  setGraphic(null);
                } else {
                  setText(AgreementColours.label(a));
                  setGraphic(new Circle(5, toFx(AgreementColours.of(a))));
                }
              }
            });
    TableColumn<ListComparison.Row, String> reason =
        column("Reason (published figures)", 420, r -> r.reason());
    t.getColumns().setAll(List.of(school, phase, district, onList, rank, value));
    if (withAgreement) {
      t.getColumns().add(agreement);
    }
    t.getColumns().add(reason);
    t.setPlaceholder(new Label("Ranking…"));
    t.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (!selectingInTable && row != null) {
                vm.selectSchool(row.school().urn());
              }
            });
  }

  private static String orDash(String s, String empty) {
    return s == null || s.isEmpty() ? empty : s;
  }

  private static String rankText(RankedSchool r) {
    return r.rankLabel();
  }

  private static int compareRank(String a, String b) {
    return Integer.compare(rankKey(a), rankKey(b));
  }

  private static int rankKey(String s) {
    int sp = s.indexOf(' ');
    try {
      return Integer.parseInt(sp < 0 ? s : s.substring(0, sp));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private String valueText(ListComparison.Row r) {
    RankedSchool x = r.ranked();
    if (x == null) {
      return "—";
    }
    SchoolMeasure m =
        vm.rankingProperty().get() == null
            ? vm.measureProperty().get()
            : vm.rankingProperty().get().measure();
    String v =
        m == SchoolMeasure.CYP_COUNT
            ? String.format(Locale.UK, "%.0f", x.value())
            : String.format(Locale.UK, "%.2f", x.value());
    return (x.estimated() ? "≈ " : "") + v;
  }

  private void configureMatches() {
    TableColumn<ListMatch, String> line =
        column("Line", 50, m -> Integer.toString(m.entry().line()));
    TableColumn<ListMatch, String> listed = column("As listed", 230, m -> m.entry().describe());
    TableColumn<ListMatch, String> result = column("Result", 190, m -> m.status().label());
    TableColumn<ListMatch, String> school =
        column(
            "School in the layer",
            230,
            m -> m.school() == null ? "—" : m.school().name() + " (URN " + m.school().urn() + ")");
    TableColumn<ListMatch, String> score =
        column(
            "Score",
            60,
            m -> m.school() == null ? "" : String.format(Locale.UK, "%.2f", m.score()));
    TableColumn<ListMatch, ListMatch> accept = new TableColumn<>("Use");
    accept.setPrefWidth(50);
    accept.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    accept.setCellFactory(
        c ->
            new TableCell<>() {
              private final CheckBox box = new CheckBox();

              {
                box.setOnAction(
                    e -> {
                      ListMatch m = getItem();
                      if (m != null) {
                        vm.decide(m, box.isSelected());
                      }
                    });
              }

              @Override
              protected void updateItem(ListMatch m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                  setGraphic(null);
                  return;
                }
                box.setSelected(m.accepted());
                box.setDisable(m.school() == null);
                box.setTooltip(
                    new Tooltip(
                        m.school() == null
                            ? "No school to use"
                            : "Tick to count this match, untick to leave it out"));
                setGraphic(box);
                setAlignment(Pos.CENTER);
              }
            });
    TableColumn<ListMatch, String> note = column("Note", 380, ListMatch::message);
    matches.getColumns().setAll(List.of(line, listed, result, school, score));
    matches.getColumns().add(accept);
    matches.getColumns().add(note);
    matches.setPlaceholder(new Label("Open a VRU list to see how its schools matched."));
    matches.setRowFactory(
        tv ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(ListMatch m, boolean empty) {
                super.updateItem(m, empty);
                setStyle(
                    empty || m == null || !m.needsConfirmation()
                        ? ""
                        : "-fx-background-color: #fff7e0;");
              }
            });
  }

  // ---- updates ------------------------------------------------------------------------------

  private void showMatches() {
    MatchReport r = vm.matchReportProperty().get();
    if (r == null) {
      matches.getItems().clear();
      matchSummary.setText("");
      return;
    }
    matches.getItems().setAll(r.matches());
    StringBuilder sb = new StringBuilder();
    sb.append(r.accepted().size())
        .append(" of ")
        .append(r.matches().size())
        .append(" entries count. ");
    r.counts().forEach((s, n) -> sb.append(s.label()).append(": ").append(n).append(". "));
    if (!r.needingConfirmation().isEmpty()) {
      sb.append(r.needingConfirmation().size())
          .append(" highlighted entries need your decision (tick Use to confirm).");
    }
    if (r.counts().getOrDefault(MatchStatus.CLOSED, 0) > 0) {
      sb.append(" Closed or merged schools do not count unless you confirm a successor.");
    }
    matchSummary.setText(sb.toString());
  }

  private void showComparison() {
    ListComparison c = vm.getComparison();
    RankingResult r = vm.rankingProperty().get();
    if (r != null) {
      kFactory.setMax(Math.max(1, r.size()));
    }
    if (c == null) {
      candidates.getItems().clear();
      littleEvidence.getItems().clear();
      stats.getChildren().clear();
      chart.getData().clear();
      return;
    }
    candidates.getItems().setAll(c.candidatesNotOnList());
    littleEvidence.getItems().setAll(c.onListLittleEvidence());
    leftTitle.setText("VRU list · " + c.list().accepted().size() + " schools");
    rightTitle.setText("Analysis top " + c.k() + " · " + c.ranking().measureLabel());
    showStatistics(c);
    showChart(c);
    notes.setText(String.join("\n", c.ranking().notes()) + "\n" + c.caveat());
    table.refresh();
    rankings.refresh();
    showSelection();
  }

  private void showStatistics(ListComparison c) {
    stats.getChildren().clear();
    Label h0 = new Label("Statistic (k = " + c.k() + ")");
    Label h1 = new Label("Value");
    Label h2 = new Label("Reading");
    for (Label h : List.of(h0, h1, h2)) {
      h.setStyle("-fx-font-weight: bold;");
    }
    stats.addRow(0, h0, h1, h2);
    int row = 1;
    for (ListComparison.Statistic s : c.statistics()) {
      Label name = new Label(s.name());
      Label value = new Label(format(s));
      value.setId("stat-" + s.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
      Label reading = new Label(s.reading());
      reading.setWrapText(true);
      reading.setPrefWidth(400);
      reading.setMinHeight(Region.USE_PREF_SIZE);
      stats.addRow(row++, name, value, reading);
    }
  }

  private static String format(ListComparison.Statistic s) {
    if (Double.isNaN(s.value())) {
      return "—";
    }
    if (s.name().equals("Overlap")) {
      return String.format(Locale.UK, "%.0f", s.value());
    }
    return String.format(Locale.UK, "%.2f", s.value());
  }

  private void showChart(ListComparison c) {
    XYChart.Series<Number, Number> share = new XYChart.Series<>();
    share.setName("Share of top k on the list");
    XYChart.Series<Number, Number> jac = new XYChart.Series<>();
    jac.setName("Jaccard");
    XYChart.Series<Number, Number> rbo = new XYChart.Series<>();
    rbo.setName("RBO");
    XYChart.Series<Number, Number> rho = new XYChart.Series<>();
    rho.setName("Spearman");
    for (ListComparison.AtK a : c.series()) {
      share.getData().add(new XYChart.Data<>(a.k(), a.overlap() / (double) a.k()));
      add(jac, a.k(), a.jaccard());
      add(rbo, a.k(), a.rbo());
      add(rho, a.k(), a.spearman());
    }
    XYChart.Series<Number, Number> now = new XYChart.Series<>();
    now.setName("k now");
    now.getData().add(new XYChart.Data<>(c.k(), -1));
    now.getData().add(new XYChart.Data<>(c.k(), 1));
    chart.getData().setAll(List.of(share, jac, rbo, rho, now));
    NumberAxis x = (NumberAxis) chart.getXAxis();
    x.setAutoRanging(false);
    x.setLowerBound(1);
    x.setUpperBound(Math.max(2, c.series().size()));
    x.setTickUnit(Math.max(1, Math.ceil(c.series().size() / 10.0)));
  }

  private static void add(XYChart.Series<Number, Number> s, int k, double v) {
    if (!Double.isNaN(v)) {
      s.getData().add(new XYChart.Data<>(k, v));
    }
  }

  private void showSelection() {
    String urn = vm.selectedUrn();
    selectingInTable = true;
    try {
      if (urn == null) {
        table.getSelectionModel().clearSelection();
        rankings.getSelectionModel().clearSelection();
        return;
      }
      selectInRankings(urn);
      for (int i = 0; i < table.getItems().size(); i++) {
        if (table.getItems().get(i).school().urn().equals(urn)) {
          if (table.getSelectionModel().getSelectedIndex() != i) {
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(i);
          }
          return;
        }
      }
      table.getSelectionModel().clearSelection();
    } finally {
      selectingInTable = false;
    }
  }

  private void selectInRankings(String urn) {
    for (int i = 0; i < rankings.getItems().size(); i++) {
      if (rankings.getItems().get(i).urn().equals(urn)) {
        if (rankings.getSelectionModel().getSelectedIndex() != i) {
          rankings.getSelectionModel().clearAndSelect(i);
          rankings.scrollTo(i);
        }
        return;
      }
    }
    rankings.getSelectionModel().clearSelection();
  }

  /** Observable of the k spinner's value (for tests and the lead's wiring). */
  public ObservableValue<Integer> kValue() {
    return kFactory.valueProperty();
  }
}
