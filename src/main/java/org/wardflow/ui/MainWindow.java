package org.wardflow.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wardflow.model.Geography;
import org.wardflow.ui.disclosure.DisclosurePanel;
import org.wardflow.ui.layers.LegendView;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapCanvas;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.map.MapViewModel.Direction;
import org.wardflow.ui.selection.SelectionSummary;
import org.wardflow.ui.selection.SelectionSummaryPanel;
import org.wardflow.ui.style.StylePanel;

/**
 * The main window: menu bar, tool bar, caveat banner, the left panel (layers, disclosure control,
 * choropleth, flows and schools), the map, the right panel (legend, selection summary), the import
 * report panel and the status bar. Built from {@link AppServices}; files are opened through the
 * {@link DataLoader} on a background thread (File ▸ Open…, Open Recent, drag and drop onto the
 * window, command-line arguments); publishing and map building run in the background too.
 *
 * <p>Extending the window: {@link #addMenu} adds a menu before Help, {@link #addPane} adds a view
 * next to the map (the centre becomes tabs), {@link #addSidePanel} adds a collapsible panel to the
 * left or right column, {@link #toolBar()} takes more buttons. The state to bind to is {@link
 * #viewModel()}.
 */
public final class MainWindow {
  /** The stylesheet of the light theme. */
  public static final String STYLESHEET = "/org/wardflow/ui/wardflow.css";

  private final AppServices services;
  private final MainViewModel model;
  private final MapCanvas map;
  private final BorderPane root = new BorderPane();
  private final LayerPanel layerPanel;
  private final DisclosurePanel disclosurePanel;
  private final StylePanel stylePanel;
  private final LegendView legend;
  private final SelectionSummaryPanel selectionPanel;
  private final ImportReportPane reportPane;
  private final StatusBar statusBar;
  private final CaveatBanner banner;
  private final MenuBar menuBar;
  private final ToolBar toolBar;
  private final SplitPane split = new SplitPane();
  private final VBox leftColumn = new VBox();
  private final VBox rightColumn = new VBox();
  private final ScrollPane leftPanel;
  private final ScrollPane rightPanel;
  private final StackPane centreHolder = new StackPane();
  private final StackPane mapFrame;
  private TabPane tabs;
  private final CheckMenuItem showLayers = new CheckMenuItem("Left Panel");
  private final CheckMenuItem showRight = new CheckMenuItem("Legend and Selection Panel");
  private final ExecutorService loaderThread = daemon("wardflow-file-loader");
  private final ExecutorService workThread = daemon("wardflow-publisher");
  private final org.wardflow.ui.task.TaskCentre tasks = new org.wardflow.ui.task.TaskCentre();
  private final List<String[]> extraShortcuts = new ArrayList<>();
  private Menu viewMenu;
  private int pendingLoads;
  private final List<Menu> addedMenus = new ArrayList<>();
  private Stage stage;

  /** Builds the window's content (call on the FX thread). */
  public MainWindow(AppServices services) {
    this.services = services;
    this.model = new MainViewModel(services.recentFiles(), workThread, Platform::runLater);
    MapViewModel mv = model.map();
    this.map = new MapCanvas(mv, services.painter());
    map.setId("map");
    map.setTipText(model::tipText);
    this.layerPanel = new LayerPanel(mv);
    this.disclosurePanel = new DisclosurePanel(model.disclosure(), mv::getGeography);
    disclosurePanel.setId("disclosure-panel");
    javafx.beans.InvalidationListener dims =
        o ->
            disclosurePanel.setDimensionValues(
                model.dimensionValues(org.wardflow.model.FlowDimension.AGE_BAND),
                model.dimensionValues(org.wardflow.model.FlowDimension.PERIOD));
    model.cypTableProperty().addListener(dims);
    model.pupilTableProperty().addListener(dims);
    this.stylePanel = new StylePanel(model.style(), flowLayerVisible());
    this.legend = new LegendView(model.thematicProperty(), mv);
    this.selectionPanel =
        new SelectionSummaryPanel(
            model.thematicProperty().map(ThematicMap::summary).orElse(SelectionSummary.EMPTY), mv);
    this.reportPane = new ImportReportPane(model.reports(), model.currentReportProperty());
    this.statusBar = new StatusBar(model, tasks);
    this.banner = new CaveatBanner(model);
    this.menuBar = buildMenuBar();
    this.toolBar = buildToolBar();

    root.getStyleClass().add("main-window");
    VBox top = new VBox(menuBar, toolBar, banner);
    root.setTop(top);

    TitledPane layersPane = pane("layers-pane", "Layers", layerPanel, "The layers of the map");
    TitledPane disclosurePane =
        pane(
            "disclosure-pane",
            "Disclosure control",
            disclosurePanel,
            "Small-count suppression and rounding: everything shown is the published table");
    disclosurePane.setGraphic(Icons.shield());
    TitledPane choroplethPane =
        pane(
            "choropleth-pane",
            "Ward choropleth",
            stylePanel.choroplethControls(),
            "What the wards are coloured by and how");
    choroplethPane.setGraphic(Icons.palette());
    TitledPane flowsPane =
        pane(
            "flows-pane",
            "Flows and schools",
            stylePanel.flowControls(),
            "Which flows are drawn and how school symbols are sized");
    leftColumn.getChildren().addAll(layersPane, disclosurePane, choroplethPane, flowsPane);
    leftColumn.getStyleClass().add("side-panel");
    leftPanel = scroller(leftColumn, "left-panel");
    leftPanel.setMinWidth(250);
    leftPanel.setPrefWidth(336);
    leftPanel.setMaxWidth(460);

    TitledPane legendPane =
        pane("legend-pane", "Legend", legend, "What the map's colours, lines and symbols mean");
    TitledPane selectionPane =
        pane(
            "selection-pane",
            "Selection",
            selectionPanel,
            "Published figures for the selected ward or school");
    rightColumn.getChildren().addAll(legendPane, selectionPane);
    rightColumn.getStyleClass().add("side-panel");
    rightPanel = scroller(rightColumn, "right-panel");
    rightPanel.setMinWidth(230);
    rightPanel.setPrefWidth(300);
    rightPanel.setMaxWidth(460);

    Label empty = new Label("Opening the map…");
    empty.getStyleClass().add("map-placeholder");
    empty.visibleProperty().bind(mv.geographyProperty().isNull());
    empty.setMouseTransparent(true);
    mapFrame = new StackPane(map, empty);
    mapFrame.getStyleClass().add("map-frame");
    centreHolder.getChildren().add(mapFrame);
    VBox centre = new VBox(centreHolder, reportPane);
    centre.getStyleClass().add("centre");
    // long report titles and dataset names are elided, never widen the window
    centre.setMinWidth(0);
    reportPane.setMinWidth(0);
    VBox.setVgrow(centreHolder, Priority.ALWAYS);

    split.getItems().addAll(leftPanel, centre, rightPanel);
    SplitPane.setResizableWithParent(leftPanel, false);
    SplitPane.setResizableWithParent(rightPanel, false);
    root.setCenter(split);
    root.setBottom(statusBar);

    root.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
    root.addEventHandler(DragEvent.DRAG_EXITED, e -> map.getStyleClass().remove("drop-target"));
    root.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  private static TitledPane pane(String id, String title, Node content, String tip) {
    TitledPane p = new TitledPane(title, content);
    p.setId(id);
    p.setAnimated(false);
    p.setTooltip(new Tooltip(tip));
    return p;
  }

  private static ScrollPane scroller(VBox column, String id) {
    ScrollPane sp = new ScrollPane(column);
    sp.setId(id);
    sp.setFitToWidth(true);
    sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    sp.getStyleClass().add("side-scroll");
    return sp;
  }

  /** A property that follows the visibility of the flow layer, and sets it. */
  private javafx.beans.property.BooleanProperty flowLayerVisible() {
    javafx.beans.property.BooleanProperty p =
        new javafx.beans.property.SimpleBooleanProperty(this, "showFlows", true);
    MapViewModel mv = model.map();
    Runnable pull = () -> mv.layer(LayerKind.FLOWS).ifPresent(l -> p.set(l.isVisible()));
    mv.layers().addListener((javafx.beans.Observable o) -> pull.run());
    p.addListener((obs, o, on) -> mv.layer(LayerKind.FLOWS).ifPresent(l -> l.setVisible(on)));
    pull.run();
    return p;
  }

  // ---- extension points ---------------------------------------------------------------------

  /**
   * Adds a menu to the menu bar, before Help.
   *
   * @param menu the menu
   */
  public void addMenu(Menu menu) {
    addedMenus.add(menu);
    int help = menuBar.getMenus().size() - 1;
    menuBar.getMenus().add(Math.max(0, help), menu);
  }

  /**
   * Adds a view next to the map: the centre becomes tabs ("Map" first).
   *
   * @param id node id of the tab
   * @param title tab title
   * @param content the view
   * @return the tab (select it to show the view)
   */
  public Tab addPane(String id, String title, Node content) {
    if (tabs == null) {
      tabs = new TabPane();
      tabs.setId("centre-tabs");
      tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
      centreHolder.getChildren().remove(mapFrame);
      Tab mapTab = new Tab("Map", mapFrame);
      mapTab.setId("tab-map");
      tabs.getTabs().add(mapTab);
      centreHolder.getChildren().add(tabs);
    }
    Tab t = new Tab(title, content);
    t.setId(id);
    tabs.getTabs().add(t);
    return t;
  }

  /**
   * Adds a collapsible panel at the bottom of the left or right column.
   *
   * @param pane the panel
   * @param right true for the right column (legend, selection), false for the left
   */
  public void addSidePanel(TitledPane pane, boolean right) {
    pane.setAnimated(false);
    (right ? rightColumn : leftColumn).getChildren().add(pane);
  }

  /** The tool bar (add buttons to it). */
  public ToolBar toolBar() {
    return toolBar;
  }

  /** The menu bar. */
  public MenuBar menuBar() {
    return menuBar;
  }

  /**
   * The File menu: add items before its last separator (Quit stays last) with {@link
   * #addFileItems}.
   */
  public Menu fileMenu() {
    return menuBar.getMenus().get(0);
  }

  /** The View menu (append items to it). */
  public Menu viewMenu() {
    return viewMenu;
  }

  /**
   * The long-running work of the window: submit background {@link Task}s here (or track them) so
   * that the status bar shows their progress with a Cancel button.
   */
  public org.wardflow.ui.task.TaskCentre tasks() {
    return tasks;
  }

  /**
   * Adds items to the File menu, after the ones added before and above Quit.
   *
   * @param items the items (a {@link SeparatorMenuItem} groups them)
   */
  public void addFileItems(MenuItem... items) {
    List<MenuItem> list = fileMenu().getItems();
    int quit = list.size() - 2; // the separator before Quit
    list.addAll(Math.max(0, quit), List.of(items));
  }

  /**
   * Lists a shortcut in Help ▸ Keyboard Shortcuts (for features installed into the window).
   *
   * @param keys the keys as shown, e.g. "Ctrl+4"
   * @param what what they do
   */
  public void addShortcut(String keys, String what) {
    extraShortcuts.add(new String[] {keys, what});
  }

  /** The services the window was built from. */
  public AppServices services() {
    return services;
  }

  /** The stage shown on, or null before {@link #show}. */
  public Stage stage() {
    return stage;
  }

  /** The legend panel. */
  public LegendView legend() {
    return legend;
  }

  /** The disclosure-control panel. */
  public DisclosurePanel disclosurePanel() {
    return disclosurePanel;
  }

  /** The style controls. */
  public StylePanel stylePanel() {
    return stylePanel;
  }

  /** The root node (for a scene). */
  public Parent root() {
    return root;
  }

  /** The view model. */
  public MainViewModel viewModel() {
    return model;
  }

  /** The map view. */
  public MapCanvas map() {
    return map;
  }

  /**
   * Shows the window on a stage: sizes it to the screen, applies the theme, and starts opening the
   * start-up geography.
   */
  public void show(Stage stage) {
    this.stage = stage;
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    // small screens (laptops): use all of it; large ones: a generous window
    boolean small = screen.getWidth() <= 1680 || screen.getHeight() <= 1050;
    double w = small ? screen.getWidth() : Math.min(1680, screen.getWidth() * 0.9);
    double h = small ? screen.getHeight() : Math.min(1050, screen.getHeight() * 0.9);
    Scene scene = new Scene(root, w, h);
    if (small) {
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
    }
    applyTheme(scene);
    stage.setScene(scene);
    stage.sizeToScene();
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    stage
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String t = model.datasetTitleProperty().get();
                  String l = model.datasetLabelProperty().get();
                  return "Wardflow"
                      + (t.isEmpty() ? "" : " — " + t)
                      + (l.isEmpty() ? "" : " [" + l + "]");
                },
                model.datasetTitleProperty(),
                model.datasetLabelProperty()));
    stage.setOnHidden(e -> dispose());
    split.setDividerPositions(336 / w, 1 - 300 / w);
    stage.show();
    map.requestFocus();
    loadStartGeography();
  }

  /** Adds the theme stylesheet to a scene. */
  public static void applyTheme(Scene scene) {
    scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
  }

  /** Opens the start-up data (the demo city and its tables in the app) in the background. */
  public Task<AppData> loadStartGeography() {
    model.map().setStatusMessage("Opening the map…");
    Task<AppData> t =
        new Task<>() {
          {
            updateTitle("Opening the start-up data");
          }

          @Override
          protected AppData call() {
            return services.startData().get();
          }
        };
    t.setOnSucceeded(
        e -> {
          AppData d = t.getValue();
          model.showData(d);
          Geography g = d.geography();
          String label = model.datasetLabelProperty().get();
          model
              .map()
              .setStatusMessage(
                  "Showing "
                      + g.info().title()
                      + (label.isEmpty() ? "" : " (" + label + " data)")
                      + ": "
                      + g.wards().size()
                      + " wards, "
                      + g.schools().size()
                      + " schools");
        });
    t.setOnFailed(
        e ->
            model
                .map()
                .setStatusMessage(
                    "The start-up map could not be opened: " + describe(t.getException())));
    tasks.track(t);
    loaderThread.execute(t);
    return t;
  }

  /**
   * Opens files in the background, one after another, and shows their import reports.
   *
   * @return the task reading them
   */
  public Task<List<LoadResult>> openFiles(List<Path> files) {
    List<Path> todo = List.copyOf(files);
    Geography start = model.map().getGeography();
    String what =
        todo.size() == 1 ? ImportReportPane.fileName(todo.get(0)) : todo.size() + " files";
    Task<List<LoadResult>> t =
        new Task<>() {
          {
            updateTitle("Opening " + what);
          }

          @Override
          protected List<LoadResult> call() {
            List<LoadResult> out = new ArrayList<>();
            Geography context = start;
            int i = 0;
            for (Path f : todo) {
              if (isCancelled()) {
                break;
              }
              if (todo.size() > 1) {
                updateProgress(i, todo.size());
                updateMessage("reading " + ImportReportPane.fileName(f));
              }
              LoadResult r = services.loader().load(f, context);
              out.add(r);
              context = withLayers(context, r);
              i++;
            }
            return out;
          }
        };
    pendingLoads++;
    model.busyProperty().set(true);
    model
        .map()
        .setStatusMessage(
            "Reading "
                + (todo.size() == 1
                    ? ImportReportPane.fileName(todo.get(0))
                    : todo.size() + " files")
                + "…");
    t.setOnSucceeded(
        e -> {
          loadFinished();
          List<LoadResult> results = t.getValue();
          for (LoadResult r : results) {
            model.apply(r);
          }
          if (results.size() > 1) {
            long ok = results.stream().filter(LoadResult::ok).count();
            model
                .map()
                .setStatusMessage(
                    "Opened " + ok + " of " + results.size() + " files — see the import report");
          }
          if (!results.isEmpty()) {
            reportPane.setExpanded(true);
          }
        });
    t.setOnFailed(
        e -> {
          loadFinished();
          model.map().setStatusMessage("Could not open the files: " + describe(t.getException()));
        });
    t.setOnCancelled(
        e -> {
          loadFinished();
          model.map().setStatusMessage("Stopped opening " + what + ": nothing was loaded");
        });
    tasks.track(t);
    loaderThread.execute(t);
    return t;
  }

  /** The geography a later file of the same batch is read against. */
  private static Geography withLayers(Geography g, LoadResult r) {
    if (r.wards() == null && r.schools() == null) {
      return g;
    }
    if (g == null) {
      return new Geography(
          r.wards() != null ? r.wards() : new org.wardflow.model.WardLayer("Wards", List.of()),
          r.schools() != null
              ? r.schools()
              : new org.wardflow.model.SchoolLayer("Schools", List.of()),
          org.wardflow.model.DatasetInfo.ofFile("", "", ""));
    }
    return new Geography(
        r.wards() != null ? r.wards() : g.wards(),
        r.schools() != null ? r.schools() : g.schools(),
        g.info());
  }

  private void loadFinished() {
    pendingLoads--;
    model.busyProperty().set(pendingLoads > 0);
  }

  /** Asks for files with a file chooser and opens them. */
  public void openWithChooser() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Open ward boundaries, schools or flows");
    List<FileFormat> formats = services.loader().formats();
    if (!formats.isEmpty()) {
      List<String> all = formats.stream().flatMap(f -> f.globs().stream()).distinct().toList();
      fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All supported files", all));
      for (FileFormat f : formats) {
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.displayName(), f.globs()));
      }
    }
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*", "*"));
    model.recentFiles().files().stream()
        .map(Path::getParent)
        .filter(p -> p != null && Files.isDirectory(p))
        .findFirst()
        .ifPresent(p -> fc.setInitialDirectory(p.toFile()));
    List<File> chosen = fc.showOpenMultipleDialog(window());
    if (chosen != null && !chosen.isEmpty()) {
      openFiles(chosen.stream().map(File::toPath).toList());
    }
  }

  /** Stops background work (called when the window closes). */
  public void dispose() {
    map.dispose();
    tasks.shutdown();
    loaderThread.shutdownNow();
    workThread.shutdownNow();
  }

  // ---- drag and drop ------------------------------------------------------------------------

  private void onDragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()) {
      e.acceptTransferModes(TransferMode.COPY);
      if (!map.getStyleClass().contains("drop-target")) {
        map.getStyleClass().add("drop-target");
      }
      e.consume();
    }
  }

  private void onDragDropped(DragEvent e) {
    map.getStyleClass().remove("drop-target");
    if (!e.getDragboard().hasFiles()) {
      return;
    }
    List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
    openFiles(files);
    e.setDropCompleted(true);
    e.consume();
  }

  // ---- menus and tool bar -------------------------------------------------------------------

  private MenuBar buildMenuBar() {
    MapViewModel mv = model.map();
    MenuItem open = item("Open…", shortcut(KeyCode.O), this::openWithChooser);
    open.setGraphic(Icons.open());
    Menu recent = new Menu("Open Recent");
    recent.setId("menu-recent");
    recent.disableProperty().bind(Bindings.isEmpty(model.recentFiles().files()));
    recent.setOnShowing(e -> fillRecent(recent));
    fillRecent(recent);
    model.recentFiles().files().addListener((javafx.beans.Observable o) -> fillRecent(recent));
    MenuItem quit = item("Quit", shortcut(KeyCode.Q), this::quit);
    Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), quit);

    MenuItem zoomIn = item("Zoom In", shortcut(KeyCode.EQUALS), mv::zoomIn);
    zoomIn.setGraphic(Icons.zoomIn());
    MenuItem zoomOut = item("Zoom Out", shortcut(KeyCode.MINUS), mv::zoomOut);
    zoomOut.setGraphic(Icons.zoomOut());
    MenuItem zoomAll = item("Zoom to Full Extent", shortcutShift(KeyCode.F), mv::zoomToAll);
    zoomAll.setGraphic(Icons.zoomAll());
    MenuItem zoomLayer =
        item("Zoom to Layer", shortcutShift(KeyCode.L), layerPanel::zoomToSelectedLayer);
    zoomLayer.setGraphic(Icons.zoomLayer());
    MenuItem zoomSel = item("Zoom to Selection", shortcut(KeyCode.J), mv::zoomToSelection);
    zoomSel.setGraphic(Icons.zoomSelection());
    zoomSel.disableProperty().bind(mv.selectionProperty().isNull());
    MenuItem clearSel =
        item("Clear Selection", shortcutShift(KeyCode.A), () -> mv.setSelection(null));
    clearSel.disableProperty().bind(mv.selectionProperty().isNull());
    Menu pan =
        new Menu(
            "Pan",
            null,
            item("Pan Left", key(KeyCode.LEFT), () -> mv.panStep(Direction.LEFT)),
            item("Pan Right", key(KeyCode.RIGHT), () -> mv.panStep(Direction.RIGHT)),
            item("Pan Up", key(KeyCode.UP), () -> mv.panStep(Direction.UP)),
            item("Pan Down", key(KeyCode.DOWN), () -> mv.panStep(Direction.DOWN)));
    showLayers.setSelected(true);
    showLayers.setAccelerator(shortcut(KeyCode.DIGIT1));
    showLayers.selectedProperty().addListener((obs, o, on) -> showSidePanel(leftPanel, on, 0));
    showRight.setSelected(true);
    showRight.setAccelerator(shortcut(KeyCode.DIGIT3));
    showRight.selectedProperty().addListener((obs, o, on) -> showSidePanel(rightPanel, on, -1));
    CheckMenuItem showReport = new CheckMenuItem("Import Report");
    showReport.setAccelerator(shortcut(KeyCode.DIGIT2));
    showReport.selectedProperty().bindBidirectional(reportPane.expandedProperty());
    Menu view =
        viewMenu =
            new Menu(
                "View",
                null,
                zoomIn,
                zoomOut,
                zoomAll,
                zoomLayer,
                zoomSel,
                new SeparatorMenuItem(),
                pan,
                clearSel,
                new SeparatorMenuItem(),
                showLayers,
                showReport,
                showRight);

    MenuItem keys = item("Keyboard Shortcuts", key(KeyCode.F1), this::showShortcuts);
    MenuItem about = item("About Wardflow", null, this::showAbout);
    Menu help = new Menu("Help", null, keys, new SeparatorMenuItem(), about);
    MenuBar bar = new MenuBar(file, view, help);
    bar.setId("menu-bar");
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private void fillRecent(Menu recent) {
    List<MenuItem> items = new ArrayList<>();
    int n = 1;
    for (Path p : model.recentFiles().files()) {
      String label = (n <= 9 ? "_" + n + " " : "") + ImportReportPane.fileName(p);
      MenuItem mi = new MenuItem(label);
      mi.setMnemonicParsing(true);
      Path parent = p.getParent();
      if (parent != null) {
        mi.setText(label + "  —  " + parent);
      }
      mi.setOnAction(e -> openFiles(List.of(p)));
      items.add(mi);
      n++;
    }
    if (!items.isEmpty()) {
      items.add(new SeparatorMenuItem());
      items.add(item("Clear Recent Files", null, () -> model.recentFiles().clear()));
    }
    recent.getItems().setAll(items);
  }

  private ToolBar buildToolBar() {
    MapViewModel mv = model.map();
    Button open = toolButton(Icons.open(), "Open ward boundaries, schools or flows (Ctrl+O)");
    open.setText("Open");
    open.setId("tool-open");
    open.setOnAction(e -> openWithChooser());
    Button zoomIn = toolButton(Icons.zoomIn(), "Zoom in (+ on the map, Ctrl+=)");
    zoomIn.setId("tool-zoom-in");
    zoomIn.setOnAction(e -> mv.zoomIn());
    Button zoomOut = toolButton(Icons.zoomOut(), "Zoom out (− on the map, Ctrl+−)");
    zoomOut.setId("tool-zoom-out");
    zoomOut.setOnAction(e -> mv.zoomOut());
    Button zoomAll = toolButton(Icons.zoomAll(), "Zoom to full extent (Home on the map)");
    zoomAll.setId("tool-zoom-all");
    zoomAll.setOnAction(e -> mv.zoomToAll());
    Button zoomLayer =
        toolButton(Icons.zoomLayer(), "Zoom to the layer selected in the Layers panel");
    zoomLayer.setId("tool-zoom-layer");
    zoomLayer.setOnAction(e -> layerPanel.zoomToSelectedLayer());
    Button zoomSel = toolButton(Icons.zoomSelection(), "Zoom to the selected ward or school");
    zoomSel.setId("tool-zoom-selection");
    zoomSel.setOnAction(e -> mv.zoomToSelection());
    zoomSel.disableProperty().bind(mv.selectionProperty().isNull());
    ToggleButton report = new ToggleButton("Import report");
    report.setGraphic(Icons.report());
    report.setId("tool-report");
    report.setTooltip(new Tooltip("Show or hide the import report panel (Ctrl+2)"));
    report.selectedProperty().bindBidirectional(reportPane.expandedProperty());
    ToolBar bar =
        new ToolBar(
            open,
            new javafx.scene.control.Separator(Orientation.VERTICAL),
            zoomIn,
            zoomOut,
            zoomAll,
            zoomLayer,
            zoomSel,
            new javafx.scene.control.Separator(Orientation.VERTICAL),
            report);
    bar.setId("tool-bar");
    return bar;
  }

  private static Button toolButton(Node icon, String tip) {
    Button b = new Button();
    b.setGraphic(icon);
    b.setTooltip(new Tooltip(tip));
    b.getStyleClass().add("tool-button");
    return b;
  }

  private static MenuItem item(String text, KeyCombination accel, Runnable action) {
    MenuItem mi = new MenuItem(text);
    if (accel != null) {
      mi.setAccelerator(accel);
    }
    mi.setOnAction(e -> action.run());
    return mi;
  }

  private static KeyCombination shortcut(KeyCode c) {
    return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN);
  }

  private static KeyCombination shortcutShift(KeyCode c) {
    return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }

  private static KeyCombination key(KeyCode c) {
    return new KeyCodeCombination(c);
  }

  private void showSidePanel(Node panel, boolean on, int at) {
    if (on && !split.getItems().contains(panel)) {
      if (at < 0) {
        split.getItems().add(panel);
      } else {
        split.getItems().add(at, panel);
      }
    } else if (!on) {
      split.getItems().remove(panel);
    }
  }

  private void quit() {
    Window w = window();
    if (w != null) {
      w.hide();
    }
  }

  private Window window() {
    return stage != null ? stage : root.getScene() == null ? null : root.getScene().getWindow();
  }

  // ---- dialogs ------------------------------------------------------------------------------

  /** The application version from the jar manifest, or "development build". */
  static String version() {
    return Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion())
        .orElse("development build");
  }

  private void showAbout() {
    Alert a = dialog("About Wardflow");
    a.setHeaderText("Wardflow " + version());
    Label text =
        new Label(
            "Desktop GIS for the flows of children and young people from the ward where they live"
                + " to the school they attend, under disclosure control.\n\n"
                + MainViewModel.CAVEAT
                + ".\n\n"
                + "Built with OpenJFX (GPL 2 with Classpath Exception), ControlsFX (BSD 3-Clause),"
                + " JTS (EPL 2.0 / EDL 1.0), Proj4J (Apache 2.0), NGA GeoPackage (MIT),"
                + " jts2geojson (MIT), Jackson, Commons CSV and Commons Math (Apache 2.0),"
                + " javadbf (LGPL 3), PDFBox (Apache 2.0) and JFreeSVG (GPL 3).\n"
                + "Coordinate transformations use the EPSG dataset.");
    text.setWrapText(true);
    text.setMaxWidth(480);
    a.getDialogPane().setContent(text);
    a.showAndWait();
  }

  private void showShortcuts() {
    Alert a = dialog("Keyboard Shortcuts");
    a.setHeaderText("Keyboard and mouse");
    String[][] rows = {
      {"Drag on the map", "Pan"},
      {"Mouse wheel", "Zoom about the pointer"},
      {"Double click", "Zoom in about the pointer"},
      {"Click", "Select a ward or school"},
      {"Arrow keys", "Pan (map focused)"},
      {"+ / −", "Zoom in / out (map focused)"},
      {"Home", "Zoom to full extent (map focused)"},
      {"Esc", "Clear the selection (map focused)"},
      {"Ctrl+O", "Open files"},
      {"Ctrl+= / Ctrl+−", "Zoom in / out"},
      {"Ctrl+Shift+F", "Zoom to full extent"},
      {"Ctrl+Shift+L", "Zoom to the selected layer"},
      {"Ctrl+J", "Zoom to the selection"},
      {"Ctrl+1 / Ctrl+2 / Ctrl+3", "Show or hide the left panel / import report / legend"}
    };
    List<String[]> all = new ArrayList<>(List.of(rows));
    all.addAll(extraShortcuts);
    // shortcuts of the menus features added (Workbench) that they did not list themselves
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (String[] r : all) {
      listed.add(r[0]);
    }
    for (Menu m : addedMenus) {
      for (MenuItem mi : m.getItems()) {
        if (mi.getAccelerator() != null
            && mi.getText() != null
            && listed.add(mi.getAccelerator().getDisplayText())) {
          all.add(
              new String[] {
                mi.getAccelerator().getDisplayText(),
                m.getText().replace("_", "") + " ▸ " + mi.getText().replace("_", "")
              });
        }
      }
    }
    all.add(new String[] {"Ctrl+Q", "Quit"});
    rows = all.toArray(new String[0][]);
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(4);
    grid.getStyleClass().add("shortcut-grid");
    for (int i = 0; i < rows.length; i++) {
      Label k = new Label(rows[i][0]);
      k.getStyleClass().add("shortcut-key");
      grid.addRow(i, k, new Label(rows[i][1]));
    }
    grid.setPadding(new Insets(4, 0, 0, 0));
    a.getDialogPane().setContent(grid);
    a.showAndWait();
  }

  private Alert dialog(String title) {
    Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
    a.setTitle(title);
    a.setGraphic(null);
    Window w = window();
    if (w != null) {
      a.initOwner(w);
    }
    if (w != null && w.getScene() != null && !w.getScene().getStylesheets().isEmpty()) {
      // the window's theme and text size
      a.getDialogPane().getStylesheets().addAll(w.getScene().getStylesheets());
    } else {
      a.getDialogPane()
          .getStylesheets()
          .add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
    }
    a.getDialogPane().setMinWidth(420);
    a.getDialogPane().getStyleClass().add("wardflow-dialog");
    return a;
  }

  private static String describe(Throwable t) {
    if (t == null) {
      return "unknown error";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
