package org.wardflow.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.wardflow.analysis.RankingResult;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.AppVersion;
import org.wardflow.export.Attributions;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.ExportOptions;
import org.wardflow.export.LayoutSpec;
import org.wardflow.export.PdfDeckWriter;
import org.wardflow.export.ReportTable;
import org.wardflow.export.TableCsvWriter;
import org.wardflow.export.TablePage;
import org.wardflow.io.ImportResult;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListReader;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.disclosure.Publication;

/**
 * Attaches the comparison with the VRU list to the main window: an Analysis menu with "Compare with
 * VRU List…" (Ctrl+K), "School Rankings" (Ctrl+Shift+K) and "Load VRU List…", and a "Compare"
 * centre tab holding a {@link ComparisonView} built from the window's current data — its geography,
 * the published CYP table (re-ranked whenever the disclosure settings republish it), the published
 * all-pupils table (weights of the exposure index), ward indicators and the shared VRU list ({@link
 * MainViewModel#vruListProperty()}; the demo's FICTIONAL list when the demo is shown).
 */
public final class ComparisonInstaller {
  /** Node id of the centre tab. */
  public static final String TAB_ID = "tab-compare";

  /** Shortcut of "Compare with VRU List…". */
  public static final KeyCombination COMPARE_KEY =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

  /** Shortcut of "School Rankings". */
  public static final KeyCombination RANKINGS_KEY =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private final MainWindow window;
  private final MainViewModel model;
  private final ObjectProperty<PublishedTable> cyp = new SimpleObjectProperty<>(this, "cyp");
  private final ObjectProperty<PublishedTable> allPupils =
      new SimpleObjectProperty<>(this, "allPupils");
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "wardflow-comparison");
            t.setDaemon(true);
            return t;
          });
  private final StackPane host = new StackPane();
  private final Menu menu;
  private Tab tab;
  private ComparisonView view;
  private Geography viewGeography;
  private long pupilsGeneration;

  private ComparisonInstaller(MainWindow window) {
    this.window = window;
    this.model = window.viewModel();
    host.setId("compare-host");
    MenuItem compare = new MenuItem("Compare with VRU _List…");
    compare.setId("menu-compare");
    compare.setAccelerator(COMPARE_KEY);
    compare.setOnAction(e -> open());
    MenuItem rankings = new MenuItem("School _Rankings");
    rankings.setId("menu-rankings");
    rankings.setAccelerator(RANKINGS_KEY);
    rankings.setOnAction(e -> open().showTab("rankings"));
    MenuItem load = new MenuItem("Load _VRU List…");
    load.setId("menu-load-vru-list");
    load.setOnAction(e -> chooseList());
    MenuItem export = new MenuItem("_Export School Rankings…");
    export.setId("menu-export-rankings");
    export.setOnAction(e -> chooseRankingsFile());
    for (MenuItem mi : List.of(compare, rankings, load, export)) {
      mi.disableProperty().bind(model.geographyProperty().isNull());
    }
    menu = new Menu("_Analysis", null, compare, rankings, load, export);
    menu.setId("menu-analysis");
    window.addMenu(menu);
    // findable by tests and other features: root properties, keyed by this class
    window.root().getProperties().put(ComparisonInstaller.class, this);

    model.publicationProperty().addListener((Observable o) -> publicationChanged());
    model.pupilTableProperty().addListener((Observable o) -> publicationChanged());
    model.geographyProperty().addListener((Observable o) -> geographyChanged());
    model
        .vruListProperty()
        .addListener(
            (obs, old, list) -> {
              if (view != null && list != null) {
                view.loadList(list);
              }
            });
    publicationChanged();
  }

  /**
   * Installs the Analysis menu into the window (call once, on the FX thread).
   *
   * @param window the main window
   * @return the installer (for tests)
   */
  public static ComparisonInstaller install(MainWindow window) {
    return new ComparisonInstaller(window);
  }

  /** The Analysis menu. */
  public Menu menu() {
    return menu;
  }

  /** The comparison view shown, or null before it is opened. */
  public ComparisonView view() {
    return view;
  }

  /**
   * Opens the comparison (builds it from the window's current data on first use, or after the
   * geography changed) and brings its tab to the front.
   *
   * @return the view
   */
  public ComparisonView open() {
    Geography g = model.geographyProperty().get();
    if (view == null || viewGeography != g) {
      build(g);
    }
    if (tab == null) {
      tab = window.addPane(TAB_ID, "Compare with VRU list", host);
    }
    if (tab.getTabPane() != null) {
      tab.getTabPane().getSelectionModel().select(tab);
    }
    return view;
  }

  private void build(Geography g) {
    if (view != null) {
      view.dispose();
      view = null;
    }
    viewGeography = g;
    if (g == null) {
      host.getChildren().setAll(new Label("Open ward boundaries and schools first."));
      return;
    }
    VruList list = model.vruListProperty().get();
    if (list == null && isDemo(g)) {
      list = ComparisonInputs.demoList(DemoData.load());
      model.vruListProperty().set(list);
    }
    ComparisonInputs in =
        new ComparisonInputs(g, cyp, allPupils, indicators(g), list, model.selectionProperty());
    view = ComparisonView.create(in);
    view.setListSink(l -> model.vruListProperty().set(l));
    host.getChildren().setAll(view);
  }

  private static boolean isDemo(Geography g) {
    return g.info().fictional() && g == DemoData.load().geography();
  }

  private List<WardIndicator> indicators(Geography g) {
    List<WardIndicator> out = new ArrayList<>();
    if (isDemo(g)) {
      out.addAll(DemoData.load().indicators());
    }
    for (WardIndicator w :
        List.of(model.childrenProperty(), model.populationProperty()).stream()
            .map(ObjectProperty::get)
            .toList()) {
      if (w != null && !out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private void geographyChanged() {
    if (view != null && tab != null) {
      build(model.geographyProperty().get());
    }
  }

  /**
   * Follows the publication: the CYP table as published, and the all-pupils table under the same
   * policy and sub-table (the flow lines' table when it is the all-pupils one, else published here
   * in the background).
   */
  private void publicationChanged() {
    Publication p = model.publicationProperty().get();
    PublishedTable c = p == null ? null : p.cyp();
    if (c != cyp.get()) {
      cyp.set(c);
    }
    FlowTable pupils = model.pupilTableProperty().get();
    long gen = ++pupilsGeneration;
    if (p == null || c == null || pupils == null) {
      allPupils.set(null);
      return;
    }
    if (p.flows() != null && p.flows() != p.cyp()) {
      allPupils.set(p.flows()); // the flow lines are drawn from the all-pupils table
      return;
    }
    Task<PublishedTable> t =
        new Task<>() {
          @Override
          protected PublishedTable call() {
            return DisclosureGate.publish(pupils, c.filter(), c.policy());
          }
        };
    t.setOnSucceeded(
        e -> {
          if (gen == pupilsGeneration) {
            allPupils.set(t.getValue());
          }
        });
    worker.execute(t);
  }

  private void chooseList() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Load the VRU's list of schools");
    fc.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "CSV (also spreadsheets saved as CSV)", "*.csv", "*.txt"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File f =
        fc.showOpenDialog(
            window.root().getScene() == null ? null : window.root().getScene().getWindow());
    if (f != null) {
      loadList(f.toPath());
    }
  }

  /**
   * Reads a VRU list in the background, makes it the app's list and shows how its schools matched
   * (the List matching tab of the comparison); a file that cannot be used is explained in a dialog.
   *
   * @param file the CSV file
   * @return the background task
   */
  public Task<ImportResult<VruList>> loadList(Path file) {
    Task<ImportResult<VruList>> t =
        new Task<>() {
          @Override
          protected ImportResult<VruList> call() throws Exception {
            return VruListReader.read(file);
          }
        };
    t.setOnSucceeded(
        e -> {
          ImportResult<VruList> r = t.getValue();
          if (r.ok()) {
            ComparisonView v = open();
            model.vruListProperty().set(r.value());
            if (v != null) {
              v.showTab("matching");
            }
            model.map().setStatusMessage(v == null ? "" : v.model().statusProperty().get());
          } else {
            error("The list " + file.getFileName() + " could not be used", r.report().format());
          }
        });
    t.setOnFailed(
        e ->
            error(
                "The list " + file.getFileName() + " could not be read",
                t.getException() == null ? "" : t.getException().getMessage()));
    worker.execute(t);
    return t;
  }

  private void chooseRankingsFile() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Export the school rankings (published figures only)");
    fc.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("CSV (opens in spreadsheets)", "*.csv"),
            new FileChooser.ExtensionFilter("PDF table for briefing papers", "*.pdf"));
    fc.setInitialFileName("school-rankings.csv");
    File f =
        fc.showSaveDialog(
            window.root().getScene() == null ? null : window.root().getScene().getWindow());
    if (f != null) {
      exportRankings(f.toPath());
    }
  }

  /**
   * Writes the current school ranking — ranks with their intervals, published CYP totals, the
   * measure, tie groups, the caveat and the disclosure statement — as CSV, or as a PDF table page
   * with the protective marking when the file name ends in {@code .pdf}. Everything in it comes
   * from the published table. Runs in the background; refuses (with a message) while no ranking
   * exists.
   *
   * @param out the file to write
   * @return the background task, or null when there is no ranking yet
   */
  public Task<Path> exportRankings(Path out) {
    ComparisonView v = open();
    RankingResult r = v == null ? null : v.model().rankingProperty().get();
    if (r == null) {
      error(
          "No ranking to export yet",
          "The ranking is still being computed (or no flow table is loaded). Try again when the"
              + " comparison shows its table.");
      return null;
    }
    Geography geo = model.geographyProperty().get();
    Task<Path> t =
        new Task<>() {
          @Override
          protected Path call() throws Exception {
            ReportTable table = ReportTable.ranking(r);
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".pdf")) {
              PublishedTable cyp = r.input().cyp();
              LayoutSpec layout =
                  LayoutSpec.builder()
                      .title("School rankings — exploratory, not predictive")
                      .subtitle(geo.info().title())
                      .marking(org.wardflow.ui.present.PresentInstaller.DEFAULT_MARKING)
                      .policy(cyp.policy())
                      .datasets(geo.info(), cyp.info())
                      .sources(Attributions.forGeography(geo))
                      .date(java.time.LocalDate.now())
                      .version(AppVersion.get())
                      .build();
              PdfDeckWriter.write(
                  List.of(new TablePage(layout, table)), ExportOptions.of(ExportFormat.PDF), out);
            } else {
              TableCsvWriter.write(table, out, true);
            }
            return out;
          }
        };
    t.setOnSucceeded(
        e -> model.map().setStatusMessage("Exported the school rankings to " + out.getFileName()));
    t.setOnFailed(
        e ->
            error(
                "The rankings could not be written to " + out.getFileName(),
                t.getException() == null ? "" : t.getException().getMessage()));
    worker.execute(t);
    return t;
  }

  private void error(String header, String message) {
    Alert a = new Alert(Alert.AlertType.ERROR);
    a.setHeaderText(header);
    a.setContentText(message);
    if (window.root().getScene() != null) {
      a.initOwner(window.root().getScene().getWindow());
    }
    a.show();
  }
}
