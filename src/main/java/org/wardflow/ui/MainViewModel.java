package org.wardflow.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.io.ImportReport;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowDimension;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;
import org.wardflow.model.WardLayer;
import org.wardflow.render.FlowScale;
import org.wardflow.render.Viewport;
import org.wardflow.ui.disclosure.DisclosureViewModel;
import org.wardflow.ui.disclosure.Publication;
import org.wardflow.ui.layers.ThematicBuilder;
import org.wardflow.ui.layers.ThematicInput;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.map.MapViewModel;
import org.wardflow.ui.style.ChoroplethBuilder;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.FlowTableChoice;
import org.wardflow.ui.style.StyleViewModel;
import org.wardflow.ui.style.WardValue;
import org.wardflow.ui.task.LatestWins;

/**
 * The view model of the main window — the application state other panes bind to: the map
 * (geography, viewport, layers, selection), the raw flow table handles, the disclosure policy and
 * the published tables it gives, the filter, the style choices, the computed thematic map, the
 * import reports, recent files and the labels every view must carry. Toolkit-free like {@link
 * MapViewModel}: background work runs on the executors given (direct ones in unit tests).
 *
 * <p>Data flow: a change of table, filter or policy republishes through the disclosure gate in the
 * background ({@link DisclosureViewModel}); a new publication, style change, selection change or
 * new geography rebuilds the {@link ThematicMap} in the background ({@link ThematicBuilder}); the
 * result becomes the map's content. Latest wins at both steps. Nothing shown is read from a raw
 * table.
 *
 * <p>Opening a file replaces the layer(s) or table it holds and keeps the rest, except that real
 * and fictional data are never mixed: opening real wards over the fictional demo drops the demo's
 * schools, tables and population (and the other way round), and the status message says so.
 */
public final class MainViewModel {
  /** The caveat every view carries. */
  public static final String CAVEAT =
      "Exploratory, not predictive · children and young people · published figures only";

  private final MapViewModel map = new MapViewModel();
  private final RecentFiles recentFiles;
  private final ObservableList<ImportReport> reports = FXCollections.observableArrayList();
  private final ObjectProperty<ImportReport> currentReport =
      new SimpleObjectProperty<>(this, "currentReport");
  private final ReadOnlyStringWrapper datasetLabel = new ReadOnlyStringWrapper(this, "label", "");
  private final ReadOnlyStringWrapper datasetTitle = new ReadOnlyStringWrapper(this, "title", "");
  private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final ObjectProperty<FlowTable> cypTable = new SimpleObjectProperty<>(this, "cypTable");
  private final ObjectProperty<FlowTable> pupilTable =
      new SimpleObjectProperty<>(this, "pupilTable");
  private final ObjectProperty<WardIndicator> children =
      new SimpleObjectProperty<>(this, "children");
  private final ObjectProperty<WardIndicator> population =
      new SimpleObjectProperty<>(this, "population");
  private final ReadOnlyObjectWrapper<ThematicMap> thematic =
      new ReadOnlyObjectWrapper<>(this, "thematic");
  private final DisclosureViewModel disclosure;
  private final StyleViewModel style = new StyleViewModel();
  private final ObjectProperty<org.wardflow.export.story.Storyboard> storyboard =
      new SimpleObjectProperty<>(this, "storyboard", org.wardflow.export.story.Storyboard.EMPTY);
  private final ObjectProperty<org.wardflow.io.VruList> vruList =
      new SimpleObjectProperty<>(this, "vruList");
  private final ObjectProperty<org.wardflow.disclosure.PublicationLedger> ledger =
      new SimpleObjectProperty<>(this, "ledger", new org.wardflow.disclosure.PublicationLedger());
  private final LatestWins<ThematicInput, ThematicMap> thematicJob;
  private DatasetInfo wardsInfo;
  private DatasetInfo schoolsInfo;

  /** Creates the view model doing all work at once on the calling thread (for tests). */
  public MainViewModel(RecentFiles recentFiles) {
    this(recentFiles, Runnable::run, Runnable::run);
  }

  /**
   * Creates the view model.
   *
   * @param recentFiles the recent-files store
   * @param background runs publishing and map building (never the FX thread in the app)
   * @param ui delivers results (the FX thread in the app)
   */
  public MainViewModel(RecentFiles recentFiles, Executor background, Executor ui) {
    this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
    this.disclosure = new DisclosureViewModel(background, ui);
    this.thematicJob =
        new LatestWins<>(
            background,
            ui,
            ThematicBuilder::build,
            this::showThematic,
            e ->
                map.setStatusMessage(
                    "The map could not be styled ("
                        + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + ")."));
    map.geographyProperty()
        .addListener(
            (obs, old, g) -> {
              updateLabels();
              rebuild();
            });
    cypTable.addListener((Observable o) -> tablesChanged());
    pupilTable.addListener((Observable o) -> tablesChanged());
    style.flowTableProperty().addListener((Observable o) -> tablesChanged());
    disclosure.publicationProperty().addListener((Observable o) -> rebuild());
    children.addListener((Observable o) -> rebuild());
    map.selectionProperty().addListener((Observable o) -> rebuild());
    for (Observable o : style.dependencies()) {
      if (o != style.flowTableProperty()) {
        o.addListener(x -> rebuild());
      }
    }
    style
        .scaleLockProperty()
        .addListener((obs, was, locked) -> lockScale(Boolean.TRUE.equals(locked)));
  }

  // ---- state -------------------------------------------------------------------------------

  /**
   * The storyboard of the committee walkthrough (never null; {@code Storyboard.EMPTY} at first).
   * Presentation mode edits it; project files save and restore it.
   */
  public ObjectProperty<org.wardflow.export.story.Storyboard> storyboardProperty() {
    return storyboard;
  }

  /**
   * The publication ledger of the analysis (never null): presentation mode and the deck export
   * record every release in it, so the differencing guard covers what was shown; project files save
   * and restore it.
   */
  public ObjectProperty<org.wardflow.disclosure.PublicationLedger> ledgerProperty() {
    return ledger;
  }

  /**
   * The VRU's priority list loaded for the comparison, or null when none is loaded. The comparison
   * view reads it; project files save its source and restore it.
   */
  public ObjectProperty<org.wardflow.io.VruList> vruListProperty() {
    return vruList;
  }

  /** The map: geography, viewport, layers, hover, selection. */
  public MapViewModel map() {
    return map;
  }

  /** The geography shown (wards and schools); null before anything is loaded. */
  public ObjectProperty<Geography> geographyProperty() {
    return map.geographyProperty();
  }

  /** The selected ward or school, or null. */
  public ObjectProperty<MapTarget> selectionProperty() {
    return map.selectionProperty();
  }

  /** The part of the map shown. */
  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return map.viewportProperty();
  }

  /**
   * The raw CYP table (a handle for the disclosure gate, project files and exports through the
   * gate; never display its counts), or null.
   */
  public ObjectProperty<FlowTable> cypTableProperty() {
    return cypTable;
  }

  /** The raw all-pupils table (a handle, like {@link #cypTableProperty()}), or null. */
  public ObjectProperty<FlowTable> pupilTableProperty() {
    return pupilTable;
  }

  /** Children per ward used for rates, or null. */
  public ObjectProperty<WardIndicator> childrenProperty() {
    return children;
  }

  /** Usual residents per ward, or null. */
  public ObjectProperty<WardIndicator> populationProperty() {
    return population;
  }

  /** The disclosure controls: policy, published tables, feedback. */
  public DisclosureViewModel disclosure() {
    return disclosure;
  }

  /** The disclosure policy being tried. */
  public ObjectProperty<DisclosurePolicy> policyProperty() {
    return disclosure.policyProperty();
  }

  /** The sub-table published (period, age band, group). */
  public ObjectProperty<FlowFilter> filterProperty() {
    return disclosure.filterProperty();
  }

  /** The latest publication (published CYP and flow tables). */
  public ReadOnlyObjectProperty<Publication> publicationProperty() {
    return disclosure.publicationProperty();
  }

  /** The current published CYP table, or null. */
  public PublishedTable getPublished() {
    return disclosure.getPublished();
  }

  /** The style choices (choropleth, schools, flows, labels). */
  public StyleViewModel style() {
    return style;
  }

  /** The thematic map shown (choropleth, scene, summary), or null before the first build. */
  public ReadOnlyObjectProperty<ThematicMap> thematicProperty() {
    return thematic.getReadOnlyProperty();
  }

  /** The thematic map shown, or null. */
  public ThematicMap getThematic() {
    return thematic.get();
  }

  /** True while publishing or map building is under way. */
  public boolean isWorking() {
    return disclosure.publishingProperty().get() || thematicJob.isBusy();
  }

  /** Recently opened files. */
  public RecentFiles recentFiles() {
    return recentFiles;
  }

  /** Import reports of this session, oldest first. */
  public ObservableList<ImportReport> reports() {
    return reports;
  }

  /** The report shown in the report panel. */
  public ObjectProperty<ImportReport> currentReportProperty() {
    return currentReport;
  }

  /** FICTIONAL / SYNTHETIC label of the data shown, empty for observed data. */
  public ReadOnlyStringProperty datasetLabelProperty() {
    return datasetLabel.getReadOnlyProperty();
  }

  /** Title of the data shown. */
  public ReadOnlyStringProperty datasetTitleProperty() {
    return datasetTitle.getReadOnlyProperty();
  }

  /** True while files are being read. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /** The flow filter values offered for a dimension (from the tables loaded). */
  public List<String> dimensionValues(FlowDimension d) {
    List<String> out = new ArrayList<>();
    for (FlowTable t : new FlowTable[] {cypTable.get(), pupilTable.get()}) {
      if (t != null) {
        for (String v : t.dimensionValues(d)) {
          if (!out.contains(v)) {
            out.add(v);
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  // ---- showing data ------------------------------------------------------------------------

  /** Shows a whole geography (the demo at start-up) and zooms to it. */
  public void showGeography(Geography g) {
    wardsInfo = g.info();
    schoolsInfo = g.info();
    map.setGeography(g);
    map.zoomToAll();
  }

  /** Shows a complete data set: geography, tables and ward figures; zooms to it. */
  public void showData(AppData d) {
    children.set(d.children());
    population.set(d.population());
    pupilTable.set(d.pupils());
    cypTable.set(d.cyp());
    if (d.report() != null) {
      reports.add(d.report());
      currentReport.set(d.report());
    }
    showGeography(d.geography());
  }

  /**
   * Applies the result of opening a file: records the report, merges what was read into the map
   * (layers, tables, ward figures) and zooms to new layers, remembers the file and sets the status
   * message.
   *
   * @return the status message
   */
  public String apply(LoadResult r) {
    ImportReport report = r.report();
    reports.add(report);
    currentReport.set(report);
    Path file = report.file();
    String name =
        file == null || file.getFileName() == null ? "file" : file.getFileName().toString();
    String message;
    if (!r.ok()) {
      message = "Could not open " + name + ": " + firstError(report);
    } else {
      if (file != null) {
        recentFiles.add(file);
      }
      String dropped = "";
      if (r.wards() != null || r.schools() != null) {
        dropped = merge(r, name);
        // the wards are the study area: schools far outside it (a mis-coded one, or context
        // beyond the boundary) must not zoom the map out
        boolean haveWards = map.getGeography().wards().size() > 0;
        map.zoomToLayer(haveWards ? LayerKind.WARDS : LayerKind.SCHOOLS);
      }
      if (r.flows() != null) {
        dropped += placeTable(r.flows());
      }
      if (r.children() != null) {
        children.set(r.children());
        population.set(r.population());
        if (style.measureProperty().get() != ChoroplethMeasure.RATE) {
          dropped += "; choose “Rate per 1,000 children” to map rates";
        }
      }
      message = "Opened " + name + " — " + summary(report) + dropped;
    }
    map.setStatusMessage(message);
    return message;
  }

  private String placeTable(FlowTable t) {
    List<String> groups = t.dimensionValues(FlowDimension.GROUP);
    boolean pupils =
        !groups.isEmpty()
            && groups.stream().allMatch(g -> g.toLowerCase(Locale.ROOT).contains("pupil"));
    if (pupils) {
      pupilTable.set(t);
      return "; drawn as the all-pupils table";
    }
    cypTable.set(t);
    return "; now the CYP table";
  }

  private String merge(LoadResult r, String name) {
    DatasetInfo loaded =
        r.info() != null
            ? r.info()
            : DatasetInfo.ofFile(
                name, r.report().file() == null ? "" : r.report().file().toString(), "");
    Geography current = map.getGeography();
    WardLayer wards = current == null ? null : current.wards();
    SchoolLayer schools = current == null ? null : current.schools();
    String dropped = "";
    if (r.wards() != null) {
      wards = r.wards();
      wardsInfo = loaded;
    }
    if (r.schools() != null) {
      schools = r.schools();
      schoolsInfo = loaded;
    }
    if (r.wards() != null && r.schools() == null && schools != null && mixes(schoolsInfo, loaded)) {
      schools = null;
      dropped = "; " + removed(schoolsInfo, "schools");
    }
    if (r.schools() != null && r.wards() == null && wards != null && mixes(wardsInfo, loaded)) {
      wards = null;
      dropped = "; " + removed(wardsInfo, "wards");
    }
    dropped += dropMixedTables(loaded);
    if (wards == null) {
      wards = new WardLayer("Wards (none loaded)", List.of());
      wardsInfo = null;
    }
    if (schools == null) {
      schools = new SchoolLayer("Schools (none loaded)", List.of());
      schoolsInfo = null;
    }
    map.setGeography(new Geography(wards, schools, combinedInfo()));
    return dropped;
  }

  /** Drops tables and ward figures that are fictional when the loaded layer is real (or back). */
  private String dropMixedTables(DatasetInfo loaded) {
    boolean dropped = false;
    for (ObjectProperty<FlowTable> p : List.of(cypTable, pupilTable)) {
      if (p.get() != null && p.get().info().fictional() != loaded.fictional()) {
        p.set(null);
        dropped = true;
      }
    }
    for (ObjectProperty<WardIndicator> p : List.of(children, population)) {
      if (p.get() != null && p.get().source().fictional() != loaded.fictional()) {
        p.set(null);
        dropped = true;
      }
    }
    return dropped
        ? "; the "
            + (loaded.fictional() ? "real" : "fictional")
            + " flow tables and population were removed so that fictional and real data are not"
            + " mixed"
        : "";
  }

  private static boolean mixes(DatasetInfo kept, DatasetInfo loaded) {
    return kept != null && kept.fictional() != loaded.fictional();
  }

  private static String removed(DatasetInfo info, String what) {
    return "the "
        + (info.fictional() ? "fictional " : "real ")
        + what
        + " were removed so that fictional and real data are not mixed";
  }

  private DatasetInfo combinedInfo() {
    if (wardsInfo == null || schoolsInfo == null || wardsInfo.equals(schoolsInfo)) {
      DatasetInfo one = wardsInfo != null ? wardsInfo : schoolsInfo;
      return one != null ? one : DatasetInfo.ofFile("No data", "", "");
    }
    Map<String, String> meta =
        Map.of("wards.source", wardsInfo.source(), "schools.source", schoolsInfo.source());
    return new DatasetInfo(
        wardsInfo.title() + " + " + schoolsInfo.title(),
        wardsInfo.source() + "; " + schoolsInfo.source(),
        "",
        wardsInfo.fictional() && schoolsInfo.fictional(),
        wardsInfo.synthetic() || schoolsInfo.synthetic(),
        meta);
  }

  private void updateLabels() {
    Geography g = map.getGeography();
    if (g == null) {
      datasetLabel.set("");
      datasetTitle.set("");
      return;
    }
    boolean fictional = g.info().fictional();
    boolean synthetic = g.info().synthetic();
    for (FlowTable t : new FlowTable[] {cypTable.get(), pupilTable.get()}) {
      if (t != null) {
        fictional |= t.info().fictional();
        synthetic |= t.info().synthetic();
      }
    }
    datasetLabel.set(new DatasetInfo("", "", "", fictional, synthetic, Map.of()).label());
    datasetTitle.set(g.info().title());
  }

  // ---- publishing and the thematic map ------------------------------------------------------

  private void tablesChanged() {
    FlowTable cyp = cypTable.get();
    FlowTable pupils = pupilTable.get();
    FlowTable flows =
        style.flowTableProperty().get() == FlowTableChoice.PUPILS && pupils != null ? pupils : cyp;
    disclosure.tableProperty().set(cyp);
    disclosure.flowTableProperty().set(flows == null ? pupils : flows);
    map.layer(LayerKind.FLOWS).ifPresent(l -> l.nameProperty().set(flowLayerName()));
    updateLabels();
  }

  /** Name of the flow layer in the layer list, e.g. "Flows: CYP involved (SYNTHETIC)". */
  String flowLayerName() {
    FlowTable t = disclosure.flowTableProperty().get();
    if (t == null) {
      return "Flows (no table loaded)";
    }
    String which =
        t == pupilTable.get() && t != cypTable.get()
            ? FlowTableChoice.PUPILS.label()
            : FlowTableChoice.CYP.label();
    String label = t.info().synthetic() ? " (SYNTHETIC)" : "";
    return "Flows: " + which + label;
  }

  /** Rebuilds the thematic map in the background from the current state. */
  public void rebuild() {
    Geography g = map.getGeography();
    if (g == null) {
      thematic.set(null);
      map.setContent(null);
      return;
    }
    map.layer(LayerKind.FLOWS).ifPresent(l -> l.nameProperty().set(flowLayerName()));
    Publication p = disclosure.publicationProperty().get();
    thematicJob.submit(
        new ThematicInput(
            g,
            p.cyp(),
            p.flows(),
            children.get(),
            style.choropleth(),
            style.flows(),
            style.schoolSizingProperty().get(),
            style.labelsProperty().get(),
            map.getSelection()));
  }

  private void showThematic(ThematicMap t) {
    if (t.input().geography() != map.getGeography()) {
      return;
    }
    thematic.set(t);
    map.setContent(t.content());
  }

  private void lockScale(boolean locked) {
    ThematicMap t = thematic.get();
    if (locked && t != null) {
      FlowScale fs = FlowScale.resolve(t.scene(), t.style());
      style.lockedPixelsPerCountProperty().set(fs.pixelsPerCount());
    } else if (!locked) {
      style.lockedPixelsPerCountProperty().set(Double.NaN);
    }
  }

  // ---- map tips ----------------------------------------------------------------------------

  /**
   * The text of the map tip for a hovered ward or school, from published figures only: the name,
   * then details (code, the mapped value, the ward's or school's CYP — "[c]" with an explanation
   * when suppressed — and, with a selection, the flow between the two).
   */
  public String tipText(MapTarget t) {
    Geography g = map.getGeography();
    ThematicMap tm = thematic.get();
    PublishedTable table = tm == null ? null : tm.input().cyp();
    StringBuilder sb = new StringBuilder(t.name());
    if (t.isWard()) {
      Ward w = g == null ? null : g.wards().byCode(t.id()).orElse(null);
      sb.append("\nWard ").append(t.id());
      if (w != null && !w.districtName().isEmpty()) {
        sb.append(" · ").append(w.districtName());
      }
      if (table != null) {
        int k = table.policy().k();
        MapTarget sel = map.getSelection();
        if (sel != null && sel.isSchool()) {
          PublishedValue v = table.get(t.id(), sel.id());
          sb.append("\nCYP from here at ").append(sel.name()).append(": ").append(value(v, k));
        }
        sb.append("\nCYP living here: ")
            .append(value(ChoroplethBuilder.wardTotal(table, t.id()), k));
        WardValue mv = tm.choropleth().valueOf(t.id());
        if (mv != null
            && tm.choropleth().measure() != ChoroplethMeasure.COUNT
            && mv.kind() == WardValue.Kind.VALUE) {
          sb.append(tm.choropleth().measure() == ChoroplethMeasure.RATE ? "\nRate: " : "\nShare: ")
              .append(mv.text());
        }
      }
    } else {
      School s = g == null ? null : g.schools().byUrn(t.id()).orElse(null);
      sb.append("\n")
          .append(s == null ? "" : s.phase().label() + " school · ")
          .append("URN ")
          .append(t.id());
      if (table != null) {
        int k = table.policy().k();
        MapTarget sel = map.getSelection();
        if (sel != null && sel.isWard()) {
          PublishedValue v = table.get(sel.id(), t.id());
          sb.append("\nCYP from ").append(sel.name()).append(": ").append(value(v, k));
        }
        sb.append("\nCYP attending: ")
            .append(value(ChoroplethBuilder.schoolTotal(table, t.id()), k));
      }
      if (s != null && s.pupilCount().isPresent()) {
        sb.append(String.format(Locale.UK, "\nPupils on roll: %,d", s.pupils()));
      }
    }
    return sb.toString();
  }

  /**
   * A published value for a tip: the number, or for a suppressed one "[c] (hidden to protect counts
   * &lt;k)" — never the value, and never whether it was primary or secondary.
   */
  static String value(PublishedValue v, int k) {
    if (v.isSuppressed()) {
      return v.label(k) + (k > 1 ? " (hidden to protect counts <" + k + ")" : " (hidden)");
    }
    if (!v.isPublished()) {
      return "not published";
    }
    return String.format(Locale.UK, "%,d", v.value());
  }

  /** One line: "ward boundaries (GeoJSON): read 192, repaired 2 · 2 warnings". */
  static String summary(ImportReport report) {
    StringBuilder sb = new StringBuilder(report.kind());
    if (!report.counts().isEmpty()) {
      sb.append(": ")
          .append(
              report.counts().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    long warnings = count(report, ImportReport.Severity.WARNING);
    long errors = count(report, ImportReport.Severity.ERROR);
    if (errors > 0) {
      sb.append(" · ").append(errors).append(errors == 1 ? " error" : " errors");
    }
    if (warnings > 0) {
      sb.append(" · ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    if (errors == 0 && warnings == 0) {
      sb.append(" · no problems");
    }
    return sb.toString();
  }

  static long count(ImportReport report, ImportReport.Severity s) {
    return report.issues().stream().filter(i -> i.severity() == s).count();
  }

  static String firstError(ImportReport report) {
    return report.issues().stream()
        .filter(i -> i.severity() == ImportReport.Severity.ERROR)
        .map(ImportReport.Issue::message)
        .findFirst()
        .orElse("the file could not be used.");
  }
}
