package org.wardflow.ui.charts;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;
import org.wardflow.analysis.FlowStatistics.HiddenCells;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.ui.charts.ChartData.Point;
import org.wardflow.ui.charts.ChartData.Series;

/**
 * The hypothesis charts pane: one tab per {@link ChartKind} (distance travelled, median distance by
 * ward, Lorenz curve with Gini, share in top school), each a titled JavaFX chart with labelled
 * axes, its notes, the caveat and the FICTIONAL / SYNTHETIC label; controls for how hidden cells
 * are treated, the distance band and the Lorenz universe; export of the chart shown as PNG (the
 * whole card, caveat included, at twice the screen resolution) and of its series as CSV.
 *
 * <h2>Embedding</h2>
 *
 * <pre>{@code
 * ChartsView charts = ChartsView.create(publishedTableProperty, geographyProperty);
 * tab.setContent(charts);       // brings its own stylesheet
 * }</pre>
 */
public final class ChartsView extends VBox {
  private static final String STYLESHEET = "charts.css";

  private final ChartsViewModel vm;
  private final TabPane tabs = new TabPane();
  private final Map<ChartKind, Card> cards = new EnumMap<>(ChartKind.class);

  /**
   * Creates the pane around a view model (see {@link #create}).
   *
   * @param vm the view model
   */
  public ChartsView(ChartsViewModel vm) {
    this.vm = Objects.requireNonNull(vm, "vm");
    getStyleClass().add("charts-pane");
    getStylesheets().add(ChartsView.class.getResource(STYLESHEET).toExternalForm());
    for (ChartKind k : ChartKind.values()) {
      Card c = new Card(k);
      cards.put(k, c);
      Tab t = new Tab(k.tabTitle(), c);
      t.setId("chart-tab-" + k.fileStem());
      t.setClosable(false);
      tabs.getTabs().add(t);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().addAll(controls(), tabs);
    vm.chartsProperty().addListener(o -> update());
    update();
  }

  /**
   * Creates a charts pane.
   *
   * @param table the published table (observable; may hold null)
   * @param geography ward label points and school locations (observable)
   * @return the pane
   */
  public static ChartsView create(
      ObservableValue<PublishedTable> table, ObservableValue<Geography> geography) {
    return new ChartsView(new ChartsViewModel(table, geography));
  }

  /**
   * Creates a charts pane for a fixed geography.
   *
   * @param table the published table (observable)
   * @param geography ward label points and school locations
   * @return the pane
   */
  public static ChartsView create(ObservableValue<PublishedTable> table, Geography geography) {
    return create(table, new SimpleObjectProperty<>(geography));
  }

  /** The view model. */
  public ChartsViewModel viewModel() {
    return vm;
  }

  /** The JavaFX chart of a kind. */
  public XYChart<?, ?> chart(ChartKind kind) {
    return cards.get(kind).chart;
  }

  /** The card (chart, notes, caveat) of a kind — what PNG export captures. */
  public Node card(ChartKind kind) {
    return cards.get(kind);
  }

  /** Shows the tab of a chart. */
  public void show(ChartKind kind) {
    tabs.getSelectionModel().select(kind.ordinal());
  }

  /** The chart whose tab is showing. */
  public ChartKind shown() {
    return ChartKind.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
  }

  /**
   * Writes a chart card (chart, notes, caveat, data label) as PNG at twice the screen resolution.
   * Call on the FX thread; the card must be in a scene.
   *
   * @throws IOException naming the file when it cannot be written
   */
  public void exportPng(ChartKind kind, Path file) throws IOException {
    Node card = cards.get(kind);
    SnapshotParameters p = new SnapshotParameters();
    p.setFill(Color.WHITE);
    p.setTransform(Transform.scale(2, 2));
    WritableImage img = card.snapshot(p, null);
    BufferedImage bi = SwingFXUtils.fromFXImage(img, null);
    try {
      if (!ImageIO.write(bi, "png", file.toFile())) {
        throw new IOException("no PNG writer available");
      }
    } catch (IOException e) {
      throw new IOException("Cannot write the chart image to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the series of a chart as CSV (see {@link ChartsViewModel#writeCsv}).
   *
   * @throws IOException naming the file when it cannot be written
   */
  public void exportCsv(ChartKind kind, Path file) throws IOException {
    vm.exportCsv(kind, file);
  }

  // ---- layout -------------------------------------------------------------------------------

  private Node controls() {
    ChoiceBox<HiddenCells> hidden =
        new ChoiceBox<>(FXCollections.observableArrayList(HiddenCells.values()));
    hidden.setId("charts-hidden");
    hidden.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(HiddenCells h) {
            return h == null
                ? ""
                : h == HiddenCells.EXCLUDE ? "left out" : "at the middle of their range";
          }

          @Override
          public HiddenCells fromString(String s) {
            return null;
          }
        });
    hidden.valueProperty().bindBidirectional(vm.hiddenCellsProperty());
    hidden.setTooltip(
        new Tooltip(
            "Hidden ([c]) cells carry no figure: leave them out, or count each at the middle\n"
                + "of the range the published figures allow (an estimate, marked on the chart)."));

    ChoiceBox<Double> bin =
        new ChoiceBox<>(FXCollections.observableArrayList(0.25, 0.5, 1.0, 2.0, 5.0));
    bin.setId("charts-bin");
    bin.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double d) {
            if (d == null) {
              return "";
            }
            return (d % 1 == 0 ? Long.toString(d.longValue()) : Double.toString(d)) + " km";
          }

          @Override
          public Double fromString(String s) {
            return null;
          }
        });
    bin.setValue(vm.binWidthKmProperty().get());
    bin.valueProperty().addListener((o, a, b) -> vm.binWidthKmProperty().set(b));

    CheckBox zeros = new CheckBox("Count schools with no CYP");
    zeros.setId("charts-include-zero");
    zeros.selectedProperty().bindBidirectional(vm.includeSchoolsWithoutCypProperty());
    zeros.setTooltip(new Tooltip("Lorenz curve and Gini over every school of the geography"));

    Button png = new Button("Save PNG…");
    png.setId("charts-save-png");
    png.setTooltip(
        new Tooltip("Save the chart shown as a PNG image (published figures, with the caveat)"));
    png.setOnAction(e -> choose("PNG image", "png", f -> exportPng(shown(), f)));
    Button csv = new Button("Save CSV…");
    csv.setId("charts-save-csv");
    csv.setTooltip(new Tooltip("Save the published figures of the chart shown as a CSV file"));
    csv.setOnAction(e -> choose("CSV file", "csv", f -> exportCsv(shown(), f)));

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box =
        new HBox(
            label("Hidden cells"), hidden, label("Distance bands"), bin, zeros, spacer, png, csv);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("charts-toolbar");
    return box;
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-label");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  /** Writes a file chosen by the user. */
  private interface Exporter {
    void write(Path file) throws IOException;
  }

  private void choose(String what, String ext, Exporter exporter) {
    FileChooser fc = new FileChooser();
    fc.setTitle("Save chart as " + what);
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
    fc.setInitialFileName(shown().fileStem() + "." + ext);
    File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    if (f == null) {
      return;
    }
    try {
      exporter.write(f.toPath());
    } catch (IOException e) {
      Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
      a.setHeaderText("The chart could not be saved");
      a.showAndWait();
    }
  }

  private void update() {
    for (ChartKind k : ChartKind.values()) {
      ChartData d = vm.chart(k);
      if (d != null) {
        cards.get(k).show(d, vm.dataLabelProperty().get(), vm.caveat());
      }
    }
  }

  // ---- one chart ----------------------------------------------------------------------------

  /** A chart with its notes and footer. */
  private static final class Card extends VBox {
    final XYChart<?, ?> chart;
    final Label notes = new Label();
    final Label warning = new Label();
    final Label badge = new Label();
    final Label caveat = new Label();
    private final ChartKind kind;

    Card(ChartKind kind) {
      this.kind = kind;
      getStyleClass().add("chart-card");
      setId("chart-card-" + kind.fileStem());
      chart = newChart(kind);
      chart.setId("chart-" + kind.fileStem());
      chart.setAnimated(false);
      if (chart.getYAxis() instanceof NumberAxis y) {
        y.setMinorTickVisible(false);
      }
      if (chart.getXAxis() instanceof NumberAxis x) {
        x.setMinorTickVisible(false);
      }
      chart.getStyleClass().add("chart-" + kind.fileStem());
      VBox.setVgrow(chart, Priority.ALWAYS);
      notes.getStyleClass().add("chart-notes");
      notes.setWrapText(true);
      notes.setId("chart-notes-" + kind.fileStem());
      badge.getStyleClass().add("data-badge");
      badge.setMinWidth(Region.USE_PREF_SIZE);
      caveat.getStyleClass().add("chart-caveat");
      caveat.setWrapText(true);
      HBox footer = new HBox(badge, caveat);
      footer.getStyleClass().add("chart-footer");
      footer.setAlignment(Pos.CENTER_LEFT);
      warning.getStyleClass().add("chart-warning");
      warning.setWrapText(true);
      warning.setId("chart-warning-" + kind.fileStem());
      warning.setMaxWidth(Double.MAX_VALUE);
      getChildren().addAll(warning, chart, notes, footer);
    }

    private static XYChart<?, ?> newChart(ChartKind kind) {
      return switch (kind) {
        case LORENZ -> {
          NumberAxis x = new NumberAxis(0, 100, 10);
          NumberAxis y = new NumberAxis(0, 100, 10);
          LineChart<Number, Number> c = new LineChart<>(x, y);
          c.setCreateSymbols(false);
          c.setLegendVisible(true);
          yield c;
        }
        case DISTANCE -> {
          BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
          c.setCategoryGap(2);
          c.setBarGap(0);
          c.setLegendVisible(false);
          yield c;
        }
        case MEDIAN_BY_WARD, TOP_SCHOOL_SHARE -> {
          BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
          c.setCategoryGap(kind == ChartKind.MEDIAN_BY_WARD ? 1 : 4);
          c.setBarGap(0);
          c.setLegendVisible(false);
          yield c;
        }
      };
    }

    @SuppressWarnings("unchecked")
    void show(ChartData d, String dataLabel, String caveatText) {
      chart.setTitle(d.title());
      warning.setText(d.warning());
      warning.setVisible(!d.warning().isEmpty());
      warning.setManaged(!d.warning().isEmpty());
      chart.getXAxis().setLabel(d.xLabel());
      chart.getYAxis().setLabel(d.yLabel());
      notes.setText(String.join(" ", d.notes()));
      badge.setText(dataLabel);
      badge.setVisible(!dataLabel.isEmpty());
      badge.setManaged(!dataLabel.isEmpty());
      caveat.setText(caveatText);
      if (d.categorical()) {
        BarChart<String, Number> bc = (BarChart<String, Number>) chart;
        CategoryAxis x = (CategoryAxis) bc.getXAxis();
        int n = d.series().isEmpty() ? 0 : d.series().get(0).points().size();
        x.setTickLabelsVisible(n <= 40);
        x.setTickLabelRotation(kind == ChartKind.MEDIAN_BY_WARD && n > 12 ? -60 : 0);
        bc.getData().clear();
        x.getCategories().clear();
        NumberAxis y = (NumberAxis) bc.getYAxis();
        if (d.integerValues()) {
          double max = 0;
          for (Series s : d.series()) {
            for (Point p : s.points()) {
              max = Math.max(max, p.y());
            }
          }
          integerRange(y, max);
        } else {
          y.setAutoRanging(true);
        }
        for (Series s : d.series()) {
          XYChart.Series<String, Number> fx = new XYChart.Series<>();
          fx.setName(s.name());
          for (Point p : s.points()) {
            fx.getData().add(new XYChart.Data<>(p.category(), p.y()));
          }
          bc.getData().add(fx);
          installTips(fx.getData(), s.points());
        }
      } else {
        LineChart<Number, Number> lc = (LineChart<Number, Number>) chart;
        lc.getData().clear();
        for (Series s : d.series()) {
          XYChart.Series<Number, Number> fx = new XYChart.Series<>();
          fx.setName(s.name());
          for (Point p : s.points()) {
            fx.getData().add(new XYChart.Data<>(p.x(), p.y()));
          }
          lc.getData().add(fx);
        }
      }
    }

    /** Whole-number ticks from 0 for counts (no 0.5 of a ward). */
    static void integerRange(NumberAxis axis, double max) {
      double top = Math.max(1, max);
      double raw = top / 5;
      double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = mag;
      for (double m : new double[] {1, 2, 5, 10}) {
        if (m * mag >= raw) {
          step = m * mag;
          break;
        }
      }
      step = Math.max(1, step);
      double upper = Math.ceil(top / step) * step;
      if (upper - top < step * 0.05) {
        upper += step;
      }
      axis.setAutoRanging(false);
      axis.setLowerBound(0);
      axis.setUpperBound(upper);
      axis.setTickUnit(step);
    }

    private static <X> void installTips(List<XYChart.Data<X, Number>> data, List<Point> points) {
      for (int i = 0; i < data.size(); i++) {
        Node n = data.get(i).getNode();
        if (n != null) {
          Tooltip.install(n, new Tooltip(points.get(i).tip()));
        }
      }
    }
  }
}
