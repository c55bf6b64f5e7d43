package org.wardflow.ui.matrix;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.charts.ChartsView;
import org.wardflow.ui.disclosure.Publication;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;

/**
 * Puts the ward × school matrix and the hypothesis charts into the main window as centre tabs next
 * to the map, and links them to it:
 *
 * <ul>
 *   <li>both show the window's <em>published</em> CYP table ({@link
 *       MainViewModel#publicationProperty()}) over its geography, so threshold, rounding and
 *       sub-table changes in the Disclosure panel reach them; a view that is not on screen catches
 *       up when its tab is selected instead of recomputing on every slider step;
 *   <li>the matrix shares the map's selection both ways: clicking a row selects its ward (or
 *       school, transposed), double-clicking a cell selects its column's school (or ward), and
 *       selecting on the map highlights and scrolls to the row or column; "Show on map" (button,
 *       context menu, View menu) switches to the map and brings the selection into view;
 *   <li>View ▸ Map / Matrix / Charts switch tabs (Ctrl+0, Ctrl+4, Ctrl+5), listed in Help ▸
 *       Keyboard Shortcuts.
 * </ul>
 *
 * Exports of both views (matrix CSV, chart PNG/CSV) are made by the views from the published table
 * they show — never from raw counts.
 */
public final class ViewsInstaller {
  /** Node id of the map tab (made by {@link MainWindow#addPane}). */
  public static final String MAP_TAB = "tab-map";

  /** Node id of the matrix tab. */
  public static final String MATRIX_TAB = "tab-matrix";

  /** Node id of the charts tab. */
  public static final String CHARTS_TAB = "tab-charts";

  /** Shows the map tab. */
  public static final KeyCombination MAP_KEY =
      new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

  /** Shows the matrix tab. */
  public static final KeyCombination MATRIX_KEY =
      new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);

  /** Shows the charts tab. */
  public static final KeyCombination CHARTS_KEY =
      new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN);

  /**
   * What was installed.
   *
   * @param matrix the matrix view
   * @param charts the charts view
   * @param tabs the centre tab pane
   * @param mapTab the map's tab
   * @param matrixTab the matrix's tab
   * @param chartsTab the charts' tab
   */
  public record Views(
      MatrixView matrix,
      ChartsView charts,
      TabPane tabs,
      Tab mapTab,
      Tab matrixTab,
      Tab chartsTab) {

    /** Selects the map tab and brings the selected ward or school into view. */
    public void showSelectionOnMap(MapViewModel map) {
      tabs.getSelectionModel().select(mapTab);
      if (map.getSelection() != null && !inView(map)) {
        map.zoomToSelection();
      }
    }

    private static boolean inView(MapViewModel map) {
      Geography g = map.getGeography();
      MapTarget t = map.getSelection();
      if (g == null || t == null || map.getViewport() == null) {
        return true;
      }
      Envelope view = map.getViewport().envelope();
      Envelope e =
          t.isWard()
              ? g.wards()
                  .byCode(t.id())
                  .map(Ward::geometry)
                  .map(x -> x.getEnvelopeInternal())
                  .orElse(null)
              : g.schools()
                  .byUrn(t.id())
                  .filter(School::hasLocation)
                  .map(s -> s.location().getEnvelopeInternal())
                  .orElse(null);
      return e == null || view.contains(e);
    }
  }

  private ViewsInstaller() {}

  /**
   * Installs the matrix and charts tabs, their View menu items and shortcuts (call once, on the FX
   * thread, before the window is shown).
   *
   * @param window the main window
   * @return what was installed
   */
  public static Views install(MainWindow window) {
    Objects.requireNonNull(window, "window");
    MainViewModel model = window.viewModel();
    MapViewModel map = model.map();
    ObservableValue<PublishedTable> published = model.publicationProperty().map(Publication::cyp);

    ReadOnlyObjectWrapper<Boolean> matrixShown = new ReadOnlyObjectWrapper<>(false);
    ReadOnlyObjectWrapper<Boolean> chartsShown = new ReadOnlyObjectWrapper<>(false);
    MatrixView matrix =
        MatrixView.create(
            whileShown(published, matrixShown.getReadOnlyProperty()),
            whileShown(map.geographyProperty(), matrixShown.getReadOnlyProperty()),
            map.selectionProperty());
    ChartsView charts =
        ChartsView.create(
            whileShown(published, chartsShown.getReadOnlyProperty()),
            whileShown(map.geographyProperty(), chartsShown.getReadOnlyProperty()));

    Tab matrixTab = window.addPane(MATRIX_TAB, "Matrix", matrix);
    matrixTab.setTooltip(
        new Tooltip(
            "The ward × school matrix of published CYP figures (" + name(MATRIX_KEY) + ")"));
    Tab chartsTab = window.addPane(CHARTS_TAB, "Charts", charts);
    chartsTab.setTooltip(
        new Tooltip(
            "Distance travelled, concentration across schools, share in the top school ("
                + name(CHARTS_KEY)
                + ")"));
    TabPane tabs = matrixTab.getTabPane();
    Tab mapTab =
        tabs.getTabs().stream()
            .filter(t -> MAP_TAB.equals(t.getId()))
            .findFirst()
            .orElse(tabs.getTabs().get(0));
    if (mapTab.getTooltip() == null) {
      mapTab.setTooltip(new Tooltip("The map (" + name(MAP_KEY) + ")"));
    }
    matrixShown.bind(matrixTab.selectedProperty());
    // after the view has caught up with the table (listeners run in order), scroll to a column
    // selected on the map meanwhile
    matrixShown
        .getReadOnlyProperty()
        .addListener(
            (obs, was, on) -> {
              if (Boolean.TRUE.equals(on)) {
                matrix.viewModel().revealSelection();
              }
            });
    chartsShown.bind(chartsTab.selectedProperty());
    Views views = new Views(matrix, charts, tabs, mapTab, matrixTab, chartsTab);

    // "Show on map": tool bar button and context menu of the matrix
    Button show = new Button("Show on map");
    show.setId("matrix-show-on-map");
    show.setTooltip(new Tooltip("Switch to the map, with the selected ward or school in view"));
    show.disableProperty().bind(map.selectionProperty().isNull());
    show.setOnAction(e -> views.showSelectionOnMap(map));
    matrix.addAction(show);
    MenuItem showItem = new MenuItem("Show on Map");
    showItem.setId("matrix-menu-show-on-map");
    showItem.disableProperty().bind(map.selectionProperty().isNull());
    showItem.setOnAction(e -> views.showSelectionOnMap(map));
    MenuItem clear = new MenuItem("Clear Selection");
    clear.disableProperty().bind(map.selectionProperty().isNull());
    clear.setOnAction(e -> map.setSelection(null));
    matrix.table().setContextMenu(new ContextMenu(showItem, clear));

    // View menu: one radio item per tab, following the tab pane
    ToggleGroup group = new ToggleGroup();
    RadioMenuItem mapItem = tabItem("_Map", MAP_KEY, mapTab, group);
    mapItem.setId("menu-view-map");
    RadioMenuItem matrixItem = tabItem("Ma_trix", MATRIX_KEY, matrixTab, group);
    matrixItem.setId("menu-view-matrix");
    RadioMenuItem chartsItem = tabItem("C_harts", CHARTS_KEY, chartsTab, group);
    chartsItem.setId("menu-view-charts");
    MenuItem showOnMap = new MenuItem("Show Selection on Map");
    showOnMap.setId("menu-show-on-map");
    showOnMap.disableProperty().bind(map.selectionProperty().isNull());
    showOnMap.setOnAction(e -> views.showSelectionOnMap(map));
    window
        .viewMenu()
        .getItems()
        .addAll(new SeparatorMenuItem(), mapItem, matrixItem, chartsItem, showOnMap);
    window.addShortcut(
        name(MAP_KEY) + " / " + name(MATRIX_KEY) + " / " + name(CHARTS_KEY),
        "Show the map / the ward × school matrix / the charts");
    window.addShortcut("Click a matrix row", "Select its ward (or school) on the map");
    window.addShortcut("Double-click a matrix cell", "Select its column's school (or ward)");
    return views;
  }

  private static RadioMenuItem tabItem(
      String text, KeyCombination key, Tab tab, ToggleGroup group) {
    RadioMenuItem item = new RadioMenuItem(text);
    item.setMnemonicParsing(true);
    item.setAccelerator(key);
    item.setToggleGroup(group);
    item.setSelected(tab.isSelected());
    item.setOnAction(
        e -> {
          tab.getTabPane().getSelectionModel().select(tab);
          item.setSelected(true);
        });
    tab.selectedProperty()
        .addListener(
            (obs, was, on) -> {
              if (on) {
                item.setSelected(true);
              }
            });
    return item;
  }

  private static String name(KeyCombination k) {
    return k.getDisplayText();
  }

  /**
   * A value that follows {@code source} while {@code shown} is true, and catches up when it becomes
   * true (so a view off screen does not recompute on every change).
   */
  static <T> ReadOnlyObjectProperty<T> whileShown(
      ObservableValue<T> source, ObservableValue<Boolean> shown) {
    ReadOnlyObjectWrapper<T> out = new ReadOnlyObjectWrapper<>(source.getValue());
    source.addListener(
        (obs, old, v) -> {
          if (Boolean.TRUE.equals(shown.getValue())) {
            out.set(v);
          }
        });
    shown.addListener(
        (obs, was, on) -> {
          if (Boolean.TRUE.equals(on)) {
            out.set(source.getValue());
          }
        });
    return out.getReadOnlyProperty();
  }
}
