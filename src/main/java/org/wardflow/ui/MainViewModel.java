package org.wardflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wardflow.io.ImportReport;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardLayer;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.MapViewModel;

/**
 * The view model of the main window: the map, the data loaded (with per-layer provenance), the
 * import reports, recent files and the labels every view must carry. Toolkit-free like {@link
 * MapViewModel}.
 *
 * <p>Opening a file replaces the layer(s) it holds and keeps the other layer, except that real and
 * fictional data are never mixed: opening real wards over the fictional demo drops the demo's
 * schools (and the other way round), and the status message says so.
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
  private DatasetInfo wardsInfo;
  private DatasetInfo schoolsInfo;

  /** Creates the view model. */
  public MainViewModel(RecentFiles recentFiles) {
    this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
    map.geographyProperty().addListener((obs, old, g) -> updateLabels(g));
  }

  /** The map. */
  public MapViewModel map() {
    return map;
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

  /** Shows a whole geography (the demo at start-up) and zooms to it. */
  public void showGeography(Geography g) {
    wardsInfo = g.info();
    schoolsInfo = g.info();
    map.setGeography(g);
    map.zoomToAll();
  }

  /**
   * Applies the result of opening a file: records the report, merges the layers read into the map
   * and zooms to them, remembers the file and sets the status message.
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
      String dropped = merge(r, name);
      message = "Opened " + name + " — " + summary(report) + dropped;
      map.zoomToLayer(r.wards() != null ? LayerKind.WARDS : LayerKind.SCHOOLS);
    }
    map.setStatusMessage(message);
    return message;
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

  private void updateLabels(Geography g) {
    datasetLabel.set(g == null ? "" : g.info().label());
    datasetTitle.set(g == null ? "" : g.info().title());
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

  private static String firstError(ImportReport report) {
    return report.issues().stream()
        .filter(i -> i.severity() == ImportReport.Severity.ERROR)
        .map(ImportReport.Issue::message)
        .findFirst()
        .orElse("the file could not be used.");
  }
}
