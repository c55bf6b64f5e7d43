package org.wardflow.ui.matrix;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.ui.map.MapTarget;

/**
 * The ward × school matrix pane: a {@link TableView} of published counts or shares, heat-shaded,
 * sortable (click a header), filterable, transposable, linked both ways to the shared map
 * selection, with a legend, a footer explaining the symbols and the caveat, and CSV export of what
 * it shows. All state lives in {@link MatrixViewModel}.
 *
 * <p>Rows are virtualised by the table; columns by a window of "slot" columns moved by the scroll
 * bar under the table (or shift + wheel, or ← →), so 1,238 school columns cost no more than a
 * screenful.
 *
 * <h2>Embedding</h2>
 *
 * <pre>{@code
 * MatrixView matrix = MatrixView.create(publishedTableProperty, geographyProperty,
 *     mapViewModel.selectionProperty());
 * tab.setContent(matrix);       // any container; it brings its own stylesheet
 * }</pre>
 *
 * Clicking a row selects its ward (or school, when transposed) on the map; double-clicking a cell
 * selects its column's school (or ward). Selecting on the map scrolls to and highlights the row or
 * column.
 */
public final class MatrixView extends BorderPane {
  /** Width of a data column, logical pixels. */
  static final double SLOT_WIDTH = 76;

  /** Height of a table row, logical pixels. */
  static final double ROW_HEIGHT = 24;

  private static final String STYLESHEET = "matrix.css";

  /** A non-zero figure. */
  static final PseudoClass VALUE = PseudoClass.getPseudoClass("wf-value");

  /** A published zero. */
  static final PseudoClass ZERO = PseudoClass.getPseudoClass("wf-zero");

  /** A hidden ([c]) cell: hatched, no number. */
  static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("wf-hidden");

  /** Not published or not defined (–). */
  static final PseudoClass NOT_AVAILABLE = PseudoClass.getPseudoClass("wf-na");

  /** Light text on a dark heat class. */
  static final PseudoClass LIGHT = PseudoClass.getPseudoClass("wf-light");

  /** In the column of the selected ward or school. */
  static final PseudoClass HIGHLIGHT = PseudoClass.getPseudoClass("wf-highlight");

  private static final PseudoClass[] SHADES = new PseudoClass[9];

  static {
    for (int i = 0; i < SHADES.length; i++) {
      SHADES[i] = PseudoClass.getPseudoClass("wf-shade-" + i);
    }
  }

  private final MatrixViewModel vm;
  private final TableView<MatrixEntity> table = new TableView<>();
  private final TableColumn<MatrixEntity, String> nameCol = new TableColumn<>("Ward");
  private final TableColumn<MatrixEntity, String> idCol = new TableColumn<>("Code");
  private final TableColumn<MatrixEntity, String> totalCol = new TableColumn<>("Total");
  private final List<TableColumn<MatrixEntity, MatrixEntity>> slots = new ArrayList<>();
  private final ScrollBar hbar = new ScrollBar();
  private final HBox legend = new HBox();
  private final Label summary = new Label();
  private final Label sortText = new Label();
  private final Label selectionNote = new Label();
  private final Label footerText = new Label();
  private final Label dataBadge = new Label();
  private HBox actions;
  private boolean syncingSelection;
  private boolean syncingSort;
  private boolean syncingBar;

  /**
   * Creates the pane around a view model (see {@link #create} for the usual way).
   *
   * @param vm the view model
   */
  public MatrixView(MatrixViewModel vm) {
    this.vm = Objects.requireNonNull(vm, "vm");
    getStyleClass().add("matrix-pane");
    getStylesheets().add(MatrixView.class.getResource(STYLESHEET).toExternalForm());
    setTop(new VBox(toolbar(), status()));
    setCenter(tableArea());
    setBottom(new VBox(legend, footer()));
    legend.getStyleClass().add("matrix-legend");
    vm.revisionProperty().addListener(o -> refresh());
    vm.sortProperty().addListener(o -> pullSort());
    vm.transposedProperty().addListener(o -> updateFixedHeaders());
    vm.dataProperty().addListener(o -> updateLegend());
    updateFixedHeaders();
    updateLegend();
    refresh();
  }

  /**
   * Creates a matrix pane.
   *
   * @param table the published table to show (observable; null while there is none)
   * @param geography names, districts and phases of wards and schools
   * @param selection the selection shared with the map
   * @return the pane, ready to be put in a window
   */
  public static MatrixView create(
      ObservableValue<PublishedTable> table,
      ObservableValue<Geography> geography,
      ObjectProperty<MapTarget> selection) {
    return new MatrixView(new MatrixViewModel(table, geography, selection));
  }

  /**
   * Creates a matrix pane for a fixed geography.
   *
   * @param table the published table to show (observable)
   * @param geography names, districts and phases of wards and schools
   * @param selection the selection shared with the map
   * @return the pane
   */
  public static MatrixView create(
      ObservableValue<PublishedTable> table,
      Geography geography,
      ObjectProperty<MapTarget> selection) {
    return create(table, new SimpleObjectProperty<>(geography), selection);
  }

  /** The view model. */
  public MatrixViewModel viewModel() {
    return vm;
  }

  /** The table control (for tests and keyboard focus). */
  public TableView<MatrixEntity> table() {
    return table;
  }

  /** The data columns currently in the window (for tests). */
  List<TableColumn<MatrixEntity, MatrixEntity>> slotColumns() {
    return slots;
  }

  /** The fixed name column. */
  TableColumn<MatrixEntity, String> nameColumn() {
    return nameCol;
  }

  /** The fixed total column. */
  TableColumn<MatrixEntity, String> totalColumn() {
    return totalCol;
  }

  /**
   * Writes what the matrix shows to a CSV file (published figures only; see {@link
   * MatrixViewModel#writeCsv}).
   */
  public void exportCsv(Path file) throws IOException {
    vm.exportCsv(file);
  }

  /**
   * Adds a control to the tool bar, just before "Export CSV…" (e.g. a "Show on map" button of the
   * window the matrix is embedded in).
   *
   * @param node the control
   */
  public void addAction(Node node) {
    actions.getChildren().add(actions.getChildren().size() - 1, node);
  }

  // ---- layout -------------------------------------------------------------------------------

  private Node toolbar() {
    ChoiceBox<MatrixMode> mode =
        new ChoiceBox<>(FXCollections.observableArrayList(MatrixMode.values()));
    mode.setId("matrix-mode");
    mode.valueProperty().bindBidirectional(vm.modeProperty());
    mode.setTooltip(new Tooltip("What the cells show"));

    ToggleButton transpose = new ToggleButton("Transpose");
    transpose.setId("matrix-transpose");
    transpose.selectedProperty().bindBidirectional(vm.transposedProperty());
    transpose.setTooltip(new Tooltip("Rows = schools, columns = wards"));

    TextField wardFilter = new TextField();
    wardFilter.setId("matrix-ward-filter");
    wardFilter.setPromptText("Ward name or code");
    wardFilter.setPrefColumnCount(14);
    wardFilter.textProperty().bindBidirectional(vm.wardFilterProperty());

    TextField schoolFilter = new TextField();
    schoolFilter.setId("matrix-school-filter");
    schoolFilter.setPromptText("School name or URN");
    schoolFilter.setPrefColumnCount(14);
    schoolFilter.textProperty().bindBidirectional(vm.schoolFilterProperty());

    ComboBox<Phase> phase = new ComboBox<>();
    phase.setId("matrix-phase");
    phase.getItems().add(null);
    phase.getItems().addAll(Phase.values());
    phase.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Phase p) {
            return p == null ? "All phases" : p.label();
          }

          @Override
          public Phase fromString(String s) {
            return null;
          }
        });
    phase.setButtonCell(phaseCell());
    phase.setCellFactory(l -> phaseCell());
    phase.valueProperty().bindBidirectional(vm.phaseProperty());

    Spinner<Integer> minWard = minSpinner("matrix-min-ward", vm.minWardTotalProperty().get());
    minWard.valueProperty().addListener((o, a, b) -> vm.minWardTotalProperty().set(b));
    Spinner<Integer> minSchool = minSpinner("matrix-min-school", vm.minSchoolTotalProperty().get());
    minSchool.valueProperty().addListener((o, a, b) -> vm.minSchoolTotalProperty().set(b));

    Button export = new Button("Export CSV…");
    export.setId("matrix-export");
    export.setTooltip(new Tooltip("Save what the matrix shows (published figures only) as CSV"));
    export.setOnAction(e -> chooseAndExport());

    mode.setMinWidth(Region.USE_PREF_SIZE);
    transpose.setMinWidth(Region.USE_PREF_SIZE);
    export.setMinWidth(Region.USE_PREF_SIZE);
    phase.setPrefWidth(150);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(fieldLabel("Show"), mode, transpose, spacer, export);
    actions = top;
    top.setAlignment(Pos.CENTER_LEFT);
    top.getStyleClass().add("toolbar-row");
    HBox filters =
        new HBox(
            fieldLabel("Wards"),
            wardFilter,
            fieldLabel("min total"),
            minWard,
            sep(),
            fieldLabel("Schools"),
            schoolFilter,
            phase,
            fieldLabel("min total"),
            minSchool);
    filters.setAlignment(Pos.CENTER_LEFT);
    filters.getStyleClass().add("toolbar-row");
    VBox row = new VBox(top, filters);
    row.getStyleClass().add("matrix-toolbar");
    return row;
  }

  private static ListCell<Phase> phaseCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Phase p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty ? null : p == null ? "All phases" : p.label());
      }
    };
  }

  private static Spinner<Integer> minSpinner(String id, int initial) {
    Spinner<Integer> s = new Spinner<>(0, 100_000, initial);
    s.setId(id);
    s.setEditable(true);
    s.setPrefWidth(76);
    s.setTooltip(new Tooltip("Leave out those whose published total is below this"));
    return s;
  }

  private static Label fieldLabel(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-label");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static Node sep() {
    javafx.scene.control.Separator s = new javafx.scene.control.Separator(Orientation.VERTICAL);
    s.setPadding(new javafx.geometry.Insets(0, 2, 0, 2));
    return s;
  }

  private Node status() {
    summary.getStyleClass().add("summary");
    summary.setId("matrix-summary");
    summary.textProperty().bind(vm.summaryProperty());
    sortText.getStyleClass().add("sort-text");
    sortText.textProperty().bind(vm.sortTextProperty());
    selectionNote.getStyleClass().add("selection-note");
    selectionNote.setId("matrix-selection-note");
    selectionNote.textProperty().bind(vm.selectionNoteProperty());
    HBox box = new HBox(summary, sortText, selectionNote);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("matrix-status");
    return box;
  }

  private Node tableArea() {
    table.setId("matrix-table");
    table.getStyleClass().add("matrix-table");
    table.setFixedCellSize(ROW_HEIGHT);
    table.setItems(vm.rows());
    table.setTableMenuButtonVisible(false);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setPlaceholder(new Label("No published flow table to show."));
    setUpFixed(nameCol, 190, "name");
    setUpFixed(idCol, 88, "id");
    setUpFixed(totalCol, 64, "total");
    nameCol.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().name()));
    idCol.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().id()));
    totalCol.setCellValueFactory(
        f -> new ReadOnlyObjectWrapper<>(f.getValue().total().label(policyK())));
    nameCol.setCellFactory(c -> new FixedCell(false));
    idCol.setCellFactory(c -> new FixedCell(false));
    totalCol.setCellFactory(c -> new FixedCell(true));
    table.getColumns().addAll(List.of(nameCol, idCol, totalCol));
    table.setSortPolicy(t -> pushSort());
    table
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (!syncingSelection && !vm.isUpdating() && b.intValue() >= 0) {
                vm.selectRow(b.intValue());
              }
            });
    table.widthProperty().addListener(o -> updateSlots());
    for (TableColumn<MatrixEntity, ?> c : List.of(nameCol, idCol, totalCol)) {
      c.widthProperty().addListener(o -> updateSlots());
    }
    table.addEventFilter(
        ScrollEvent.SCROLL,
        e -> {
          double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.isShiftDown() ? e.getDeltaY() : 0;
          if (d != 0) {
            int n = (int) Math.max(1, Math.round(Math.abs(d) / 40));
            vm.scrollColumns(d < 0 ? n : -n);
            e.consume();
          }
        });
    table.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) {
            vm.scrollColumns(e.getCode() == KeyCode.RIGHT ? 1 : -1);
            e.consume();
          }
        });

    hbar.getStyleClass().add("matrix-hbar");
    hbar.setId("matrix-hbar");
    hbar.setOrientation(Orientation.HORIZONTAL);
    hbar.setUnitIncrement(1);
    hbar.valueProperty()
        .addListener(
            (o, a, b) -> {
              if (!syncingBar) {
                vm.columnOffsetProperty().set((int) Math.round(b.doubleValue()));
              }
            });
    VBox box = new VBox(table, hbar);
    VBox.setVgrow(table, Priority.ALWAYS);
    return box;
  }

  private static void setUpFixed(TableColumn<MatrixEntity, String> c, double width, String id) {
    c.setId("matrix-col-" + id);
    c.setPrefWidth(width);
    c.setReorderable(false);
  }

  private int policyK() {
    PublishedTable t = vm.getData().table();
    return t == null ? 0 : t.policy().k();
  }

  private Node footer() {
    dataBadge.getStyleClass().add("data-badge");
    dataBadge.setId("matrix-data-label");
    dataBadge.setMinWidth(Region.USE_PREF_SIZE);
    footerText.getStyleClass().add("footer-text");
    footerText.setId("matrix-footer");
    footerText.setWrapText(true);
    footerText.textProperty().bind(vm.footerProperty());
    HBox.setHgrow(footerText, Priority.ALWAYS);
    HBox box = new HBox(dataBadge, footerText);
    box.getStyleClass().add("matrix-footer");
    return box;
  }

  // ---- window of columns ----------------------------------------------------------------------

  private void updateSlots() {
    double fixed = nameCol.getWidth() + idCol.getWidth() + totalCol.getWidth();
    double avail = table.getWidth() - fixed - 18;
    int n = Math.max(1, (int) Math.floor(avail / SLOT_WIDTH));
    if (table.getWidth() <= 0) {
      n = Math.max(1, vm.windowSizeProperty().get());
    }
    if (n == slots.size()) {
      return;
    }
    while (slots.size() < n) {
      slots.add(slotColumn(slots.size()));
    }
    List<TableColumn<MatrixEntity, MatrixEntity>> removed = new ArrayList<>();
    while (slots.size() > n) {
      removed.add(slots.remove(slots.size() - 1));
    }
    syncingSort = true;
    try {
      table.getSortOrder().removeAll(removed);
      table.getColumns().removeAll(removed);
      for (TableColumn<MatrixEntity, MatrixEntity> s : slots) {
        if (!table.getColumns().contains(s)) {
          table.getColumns().add(s);
        }
      }
    } finally {
      syncingSort = false;
    }
    vm.windowSizeProperty().set(n);
    refresh();
  }

  private TableColumn<MatrixEntity, MatrixEntity> slotColumn(int slot) {
    TableColumn<MatrixEntity, MatrixEntity> c = new TableColumn<>();
    c.setId("matrix-slot-" + slot);
    c.setPrefWidth(SLOT_WIDTH);
    c.setMinWidth(SLOT_WIDTH);
    c.setMaxWidth(SLOT_WIDTH);
    c.setResizable(false);
    c.setReorderable(false);
    Label header = new Label();
    header.getStyleClass().add("slot-header");
    header.setWrapText(true);
    header.setPrefWidth(SLOT_WIDTH - 6);
    header.setMaxWidth(SLOT_WIDTH - 6);
    header.setPrefHeight(44);
    header.setMinHeight(44);
    header.setTooltip(new Tooltip());
    c.setGraphic(header);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
    c.setCellFactory(col -> new SlotCell(slot));
    return c;
  }

  private void refresh() {
    List<MatrixEntity> cols = vm.getColumns();
    int off = vm.columnOffsetProperty().get();
    int hi = vm.highlightedColumnProperty().get();
    for (int i = 0; i < slots.size(); i++) {
      TableColumn<MatrixEntity, MatrixEntity> c = slots.get(i);
      MatrixEntity e = vm.windowColumn(i);
      c.setVisible(e != null);
      Label h = (Label) c.getGraphic();
      if (e == null) {
        continue;
      }
      h.setText(e.name());
      h.getTooltip()
          .setText(
              e.name()
                  + " ("
                  + (e.isWard() ? "" : "URN ")
                  + e.id()
                  + ")"
                  + (e.detail().isEmpty() ? "" : "\n" + e.detail())
                  + "\nPublished total: "
                  + e.total().label(policyK())
                  + "\nClick to sort rows by this column; double-click a cell to select this "
                  + (e.isWard() ? "ward" : "school")
                  + ".");
      h.pseudoClassStateChanged(HIGHLIGHT, off + i == hi);
    }
    syncingBar = true;
    try {
      int max = vm.maxColumnOffset();
      hbar.setMin(0);
      hbar.setMax(Math.max(max, 0.0001));
      hbar.setVisibleAmount(
          cols.isEmpty() ? 1 : Math.max(1, max * (double) slots.size() / cols.size()));
      hbar.setBlockIncrement(Math.max(1, slots.size() - 1));
      hbar.setValue(off);
      hbar.setVisible(max > 0);
      hbar.setManaged(max > 0);
    } finally {
      syncingBar = false;
    }
    pullSort();
    syncSelection();
    dataBadge.setText(vm.getData().dataLabel());
    dataBadge.setVisible(!vm.getData().dataLabel().isEmpty());
    dataBadge.setManaged(dataBadge.isVisible());
  }

  private void updateFixedHeaders() {
    boolean tr = vm.transposedProperty().get();
    nameCol.setText(tr ? "School" : "Ward");
    idCol.setText(tr ? "URN" : "Code");
    totalCol.setText("Total");
  }

  private void updateLegend() {
    MatrixData d = vm.getData();
    StringBuilder shades = new StringBuilder();
    for (int i = 0; i < d.shadeCount(); i++) {
      shades.append("-shade-").append(i).append(": ").append(Palette.hex(d.shadeColor(i)));
      shades.append("; ");
    }
    table.setStyle(shades.toString());
    legend.getChildren().clear();
    Label title =
        new Label(d.mode().isShare() ? "Share (quantile classes)" : "CYP (quantile classes)");
    title.getStyleClass().add("legend-title");
    legend.getChildren().add(title);
    List<String> labels = d.legendLabels();
    for (int i = 0; i < labels.size(); i++) {
      Region sw = new Region();
      sw.getStyleClass().add("swatch");
      sw.setStyle("-fx-background-color: " + Palette.hex(d.shadeColor(i)) + ";");
      legend.getChildren().add(legendItem(labels.get(i), sw));
    }
    Region zero = new Region();
    zero.getStyleClass().add("swatch");
    zero.setStyle("-fx-background-color: #ffffff;");
    legend.getChildren().add(legendItem("0", zero));
    Region hidden = new Region();
    hidden.getStyleClass().addAll("swatch", "hidden-swatch");
    legend.getChildren().add(legendItem("[c] hidden", hidden));
    Region na = new Region();
    na.getStyleClass().add("swatch");
    na.setStyle("-fx-background-color: #f1f3f5;");
    legend.getChildren().add(legendItem("– not published / not defined", na));
  }

  private static Label legendItem(String text, Region swatch) {
    Label l = new Label(text, swatch);
    l.getStyleClass().add("legend-item");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  // ---- sort and selection sync -------------------------------------------------------------

  private Boolean pushSort() {
    if (syncingSort || vm.isUpdating()) {
      return true;
    }
    MatrixViewModel.Sort next = null;
    if (!table.getSortOrder().isEmpty()) {
      TableColumn<MatrixEntity, ?> c = table.getSortOrder().get(0);
      boolean asc = c.getSortType() == TableColumn.SortType.ASCENDING;
      if (c == nameCol) {
        next = MatrixViewModel.Sort.by(MatrixViewModel.SortTarget.ROW_NAME, asc);
      } else if (c == idCol) {
        next = MatrixViewModel.Sort.by(MatrixViewModel.SortTarget.ROW_ID, asc);
      } else if (c == totalCol) {
        next = MatrixViewModel.Sort.by(MatrixViewModel.SortTarget.ROW_TOTAL, asc);
      } else {
        int slot = slots.indexOf(c);
        MatrixEntity e = vm.windowColumn(slot);
        if (e != null) {
          next = MatrixViewModel.Sort.byColumn(e.id(), asc);
        }
      }
    }
    if (!Objects.equals(next, vm.sortProperty().get())) {
      vm.sortProperty().set(next);
    }
    return true;
  }

  private void pullSort() {
    MatrixViewModel.Sort s = vm.sortProperty().get();
    TableColumn<MatrixEntity, ?> target = null;
    if (s != null) {
      target =
          switch (s.target()) {
            case ROW_NAME -> nameCol;
            case ROW_ID -> idCol;
            case ROW_TOTAL -> totalCol;
            case COLUMN -> slotOf(s.columnId());
          };
    }
    syncingSort = true;
    try {
      if (target == null) {
        if (!table.getSortOrder().isEmpty()) {
          table.getSortOrder().clear();
        }
      } else {
        TableColumn.SortType type =
            s.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING;
        if (target.getSortType() != type) {
          target.setSortType(type);
        }
        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != target) {
          table.getSortOrder().setAll(List.of(target));
        }
      }
    } finally {
      syncingSort = false;
    }
  }

  private TableColumn<MatrixEntity, ?> slotOf(String columnId) {
    for (int i = 0; i < slots.size(); i++) {
      MatrixEntity e = vm.windowColumn(i);
      if (e != null && e.id().equals(columnId)) {
        return slots.get(i);
      }
    }
    return null;
  }

  private void syncSelection() {
    int h = vm.highlightedRowProperty().get();
    int cur = table.getSelectionModel().getSelectedIndex();
    if (h == cur) {
      return;
    }
    syncingSelection = true;
    try {
      if (h < 0) {
        table.getSelectionModel().clearSelection();
      } else {
        table.getSelectionModel().clearAndSelect(h);
        if (!rowVisible(h)) {
          table.scrollTo(Math.max(0, h - 3));
        }
      }
    } finally {
      syncingSelection = false;
    }
  }

  private boolean rowVisible(int index) {
    if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
      return false;
    }
    IndexedCell<?> first = flow.getFirstVisibleCell();
    IndexedCell<?> last = flow.getLastVisibleCell();
    return first != null && last != null && index > first.getIndex() && index < last.getIndex();
  }

  private void chooseAndExport() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Export matrix as CSV");
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
    fc.setInitialFileName("matrix-" + vm.modeProperty().get().csvName().replace('_', '-') + ".csv");
    File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    if (f == null) {
      return;
    }
    try {
      vm.exportCsv(f.toPath());
    } catch (IOException e) {
      Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
      a.setHeaderText("The matrix could not be exported");
      a.showAndWait();
    }
  }

  // ---- cells --------------------------------------------------------------------------------

  /** Name, code and total cells. */
  private static final class FixedCell extends TableCell<MatrixEntity, String> {
    FixedCell(boolean total) {
      getStyleClass().add("fixed-cell");
      if (total) {
        getStyleClass().add("total-cell");
      }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
    }
  }

  /**
   * A data cell at one position of the column window; re-renders when the view model changes. Its
   * look is set by pseudo-classes (cheap state changes, no CSS re-application).
   */
  private final class SlotCell extends TableCell<MatrixEntity, MatrixEntity> {
    private final int slot;
    private final InvalidationListener onRevision = o -> render();
    private Tooltip tip;
    private PseudoClass kindState;
    private PseudoClass shadeState;
    private boolean light;
    private boolean highlighted;

    SlotCell(int slot) {
      this.slot = slot;
      getStyleClass().add("matrix-cell");
      vm.revisionProperty().addListener(new WeakInvalidationListener(onRevision));
      setOnMouseEntered(e -> updateTip());
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
              vm.selectColumn(vm.columnOffsetProperty().get() + slot);
            }
          });
    }

    @Override
    protected void updateItem(MatrixEntity item, boolean empty) {
      super.updateItem(item, empty);
      render();
    }

    private void state(PseudoClass next) {
      if (next != kindState) {
        if (kindState != null) {
          pseudoClassStateChanged(kindState, false);
        }
        kindState = next;
        if (next != null) {
          pseudoClassStateChanged(next, true);
        }
      }
    }

    private void shade(PseudoClass next) {
      if (next != shadeState) {
        if (shadeState != null) {
          pseudoClassStateChanged(shadeState, false);
        }
        shadeState = next;
        if (next != null) {
          pseudoClassStateChanged(next, true);
        }
      }
    }

    private void render() {
      MatrixEntity row = isEmpty() ? null : getItem();
      MatrixCell c = vm.cellAt(row, slot);
      if (c == null) {
        setText(null);
        if (tip != null) {
          setTooltip(null);
          tip = null;
        }
        state(null);
        shade(null);
        flag(LIGHT, false);
        flag(HIGHLIGHT, false);
        return;
      }
      setText(c.text());
      boolean lightText = false;
      PseudoClass shadeNext = null;
      switch (c.kind()) {
        case VALUE -> {
          state(VALUE);
          if (c.shade() >= 0 && c.shade() < SHADES.length) {
            shadeNext = SHADES[c.shade()];
            lightText = vm.getData().lightText(c.shade());
          }
        }
        case ZERO -> state(ZERO);
        case HIDDEN -> state(HIDDEN);
        case NOT_PUBLISHED, UNDEFINED -> state(NOT_AVAILABLE);
      }
      shade(shadeNext);
      if (lightText != light) {
        light = lightText;
        pseudoClassStateChanged(LIGHT, lightText);
      }
      flag(
          HIGHLIGHT,
          vm.columnOffsetProperty().get() + slot == vm.highlightedColumnProperty().get());
      if (tip != null && isHover()) {
        updateTip();
      }
    }

    /** Tooltips are made on first hover: a Tooltip per cell is costly to create. */
    private void updateTip() {
      MatrixEntity row = isEmpty() ? null : getItem();
      MatrixCell c = vm.cellAt(row, slot);
      if (c == null) {
        return;
      }
      if (tip == null) {
        tip = new Tooltip();
        setTooltip(tip);
      }
      MatrixEntity col = vm.windowColumn(slot);
      MatrixEntity ward = row.isWard() ? row : col;
      MatrixEntity school = row.isWard() ? col : row;
      tip.setText(
          ward.name()
              + " → "
              + school.name()
              + ": "
              + describe(c)
              + "\nDouble-click to select "
              + col.name()
              + " on the map.");
    }

    private void flag(PseudoClass p, boolean on) {
      if (p == LIGHT) {
        if (light != on) {
          light = on;
          pseudoClassStateChanged(p, on);
        }
      } else if (highlighted != on) {
        highlighted = on;
        pseudoClassStateChanged(p, on);
      }
    }

    private String describe(MatrixCell c) {
      return switch (c.kind()) {
        case VALUE, ZERO ->
            vm.getData().mode().isShare()
                ? c.text() + " (" + vm.getData().mode().label() + ")"
                : c.text() + " CYP (published)";
        case HIDDEN -> "[c] hidden to protect small numbers — no figure is shown";
        case NOT_PUBLISHED -> "not published under the disclosure policy";
        case UNDEFINED -> "no share (the published total is 0)";
      };
    }
  }
}
