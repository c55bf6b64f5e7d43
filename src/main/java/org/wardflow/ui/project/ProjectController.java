package org.wardflow.ui.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.export.story.ProjectCodec;
import org.wardflow.export.story.Storyboard;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListReader;
import org.wardflow.io.flows.Sha256;
import org.wardflow.io.project.Autosaver;
import org.wardflow.io.project.ProjectException;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectLoadReport.SourceCheck;
import org.wardflow.io.project.ProjectService;
import org.wardflow.io.project.RecentProjects;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.FlowTableChoice;
import org.wardflow.ui.style.HiddenFlows;
import org.wardflow.ui.style.SchoolSizing;
import org.wardflow.ui.style.StyleViewModel;

/**
 * The project of the main window: what is saved in a {@code .wardflow} file and how it is restored.
 *
 * <p>A project records the inputs the user opened (by path and the SHA-256 taken when they were
 * read; the built-in demo as the demo), the flow filter, disclosure policy, style choices, the
 * storyboard, the VRU list, the publication ledger, a title and the protective marking. Saving
 * writes atomically ({@link ProjectService}); every change marks the project modified and is
 * autosaved to the sidecar after a short pause and every {@link #AUTOSAVE_INTERVAL}. Opening reads
 * the file, offers to locate inputs that moved or changed, re-reads the inputs through the same
 * loader as File ▸ Open (in the background), then restores the settings. Commands that would lose
 * changes ask first (through {@link ProjectDialogs}).
 */
public final class ProjectController {
  /** Key of the controller in the window root's properties. */
  static final String KEY = ProjectController.class.getName();

  /** Periodic autosave while there are unsaved changes. */
  public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(2);

  /** Pause after a change before the autosave is written. */
  public static final Duration AUTOSAVE_DEBOUNCE = Duration.ofSeconds(3);

  /** The protective marking of a new project. */
  public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

  /** File name (in the Wardflow folder) whose sidecar holds the autosave of an unsaved project. */
  static final String UNTITLED = "untitled" + ProjectService.EXTENSION;

  private final MainWindow window;
  private final MainViewModel model;
  private final ProjectService service;
  private final RecentProjects recent;
  private final Path home;
  private final Autosaver autosaver;
  private final ExecutorService background;
  private final StyleDefaults defaults = new StyleDefaults(new StyleViewModel());
  private ProjectDialogs dialogs;
  private Consumer<Recovery> recoveryOffer = r -> {};
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  private final StringProperty title = new SimpleStringProperty(this, "title", "");
  private final StringProperty marking = new SimpleStringProperty(this, "marking", DEFAULT_MARKING);
  private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
  private final Map<Object, Path> origins = new IdentityHashMap<>();
  private final Map<Path, CompletableFuture<String>> hashes = new HashMap<>();
  private int restoring;

  /**
   * A crash-recovery offer shown to the user.
   *
   * @param project the project's path (the untitled placeholder for a project never saved)
   * @param untitled true when the project was never saved
   * @param offer what the service found
   */
  public record Recovery(Path project, boolean untitled, ProjectService.Recovery offer) {}

  /**
   * Creates the controller and starts following the window's state.
   *
   * @param window the main window
   * @param service saves and opens projects
   * @param recent the recent-projects list
   * @param home the Wardflow folder (autosave of untitled projects)
   * @param dialogs asks the user
   */
  public ProjectController(
      MainWindow window,
      ProjectService service,
      RecentProjects recent,
      Path home,
      ProjectDialogs dialogs) {
    this.window = window;
    this.model = window.viewModel();
    this.service = service;
    this.recent = recent;
    this.home = home;
    this.dialogs = dialogs;
    this.background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "wardflow-project");
              t.setDaemon(true);
              return t;
            });
    this.autosaver =
        new Autosaver(
            service,
            AUTOSAVE_INTERVAL,
            AUTOSAVE_DEBOUNCE,
            m -> Platform.runLater(() -> model.map().setStatusMessage(m)));
    recentProjects.setAll(recent.list());
    follow();
  }

  // ---- state -------------------------------------------------------------------------------

  /** The project's file, or null while it was never saved. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** True when there are changes not saved to the project file. */
  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  /** True while a project is being opened (inputs read in the background). */
  public ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  /** The project's title (may be empty: the file name is shown then). */
  public StringProperty titleProperty() {
    return title;
  }

  /** The protective marking of the project's outputs. */
  public StringProperty markingProperty() {
    return marking;
  }

  /** Recently opened or saved projects, newest first. */
  public ObservableList<Path> recentProjects() {
    return recentProjects;
  }

  /** The publication ledger of the project (releases made so far). */
  public PublicationLedger ledger() {
    return model.ledgerProperty().get();
  }

  /** The name shown in the title bar: the title, else the file name, else "Untitled project". */
  public String displayName() {
    if (!title.get().isBlank()) {
      return title.get().strip();
    }
    Path f = file.get();
    return f == null ? "Untitled project" : stripExtension(f.getFileName().toString());
  }

  /** Replaces the dialogs (tests answer the questions directly). */
  public void setDialogs(ProjectDialogs d) {
    this.dialogs = d;
  }

  /** Where crash-recovery offers go (the installer shows a bar above the map). */
  void setRecoveryOffer(Consumer<Recovery> offer) {
    this.recoveryOffer = offer;
  }

  // ---- following the window ------------------------------------------------------------------

  private void follow() {
    model
        .geographyProperty()
        .addListener(
            (obs, old, g) -> {
              if (g == null) {
                return;
              }
              Path f = reportFile();
              if (f != null) {
                if (old == null || old.wards() != g.wards()) {
                  origin(g.wards(), f);
                }
                if (old == null || old.schools() != g.schools()) {
                  origin(g.schools(), f);
                }
              }
              if (old != null) {
                changed();
              }
            });
    model.cypTableProperty().addListener((obs, o, t) -> tableChanged(t));
    model.pupilTableProperty().addListener((obs, o, t) -> tableChanged(t));
    model.childrenProperty().addListener((obs, o, c) -> indicatorChanged(c));
    model
        .vruListProperty()
        .addListener(
            (obs, o, v) -> {
              if (v != null && v.file() != null && Files.isRegularFile(v.file())) {
                origin(v, v.file());
              }
              changed();
            });
    List<Observable> settings = new ArrayList<>(List.of(model.style().dependencies()));
    settings.remove(model.style().lockedPixelsPerCountProperty());
    settings.add(model.policyProperty());
    settings.add(model.filterProperty());
    settings.add(model.storyboardProperty());
    settings.add(title);
    settings.add(marking);
    for (Observable o : settings) {
      o.addListener(x -> changed());
    }
  }

  private void tableChanged(FlowTable t) {
    if (t != null) {
      Path p = pathOf(t.info().source());
      if (p == null && !t.info().fictional()) {
        p = reportFile();
      }
      if (p != null) {
        origin(t, p);
      }
    }
    if (model.geographyProperty().get() != null) {
      changed();
    }
  }

  private void indicatorChanged(WardIndicator c) {
    if (c != null) {
      Path p = pathOf(c.source().source());
      if (p == null && !c.source().fictional()) {
        p = reportFile();
      }
      if (p != null) {
        origin(c, p);
      }
    }
    if (model.geographyProperty().get() != null) {
      changed();
    }
  }

  private Path reportFile() {
    ImportReport r = model.currentReportProperty().get();
    return r == null || r.file() == null || !Files.isRegularFile(r.file()) ? null : r.file();
  }

  private static Path pathOf(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    try {
      Path p = Path.of(source);
      return Files.isRegularFile(p) ? p : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Remembers where a layer, table or list was read from and starts hashing that file. */
  private void origin(Object what, Path f) {
    Path abs = f.toAbsolutePath().normalize();
    origins.put(what, abs);
    hashes.computeIfAbsent(
        abs,
        p ->
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return Sha256.of(p);
                  } catch (IOException e) {
                    return "";
                  }
                },
                background));
  }

  private void changed() {
    if (restoring > 0) {
      return;
    }
    modified.set(true);
    autosaver.changed(autosaveTarget(), snapshot(autosaveTarget(), false));
  }

  private Path autosaveTarget() {
    return file.get() != null ? file.get() : home.resolve(UNTITLED);
  }

  // ---- snapshot ------------------------------------------------------------------------------

  /**
   * The project as it now stands.
   *
   * @param target where it will be written (for relative paths of inputs)
   * @param waitForHashes wait for input files still being hashed (a real save) rather than leave
   *     their hash empty (an autosave)
   */
  public ProjectFile snapshot(Path target, boolean waitForHashes) {
    List<SourceRef> layers = new ArrayList<>();
    List<SourceRef> tables = new ArrayList<>();
    List<String> unsaved = new ArrayList<>();
    boolean demo = false;
    Geography g = model.geographyProperty().get();
    if (g != null) {
      Layers in = new Layers(layers, g, unsaved, target, waitForHashes);
      demo |= in.add("wards", SourceRef.WARDS, g.wards(), g.wards().size());
      demo |= in.add("schools", SourceRef.SCHOOLS, g.schools(), g.schools().size());
    }
    WardIndicator children = model.childrenProperty().get();
    if (children != null) {
      Path p = origins.get(children);
      if (p != null) {
        layers.add(ref("population", SourceRef.POPULATION, p, target, waitForHashes));
      } else if (children.source().fictional()) {
        demo = true;
      } else {
        unsaved.add("population");
      }
    }
    FlowTable cyp = model.cypTableProperty().get();
    FlowTable pupils = model.pupilTableProperty().get();
    for (FlowTable t : new FlowTable[] {cyp, pupils}) {
      if (t == null || (t == pupils && t == cyp)) {
        continue;
      }
      String id = t == cyp ? "flows-cyp" : "flows-pupils";
      Path p = origins.get(t);
      if (p != null) {
        tables.add(ref(id, SourceRef.FLOWS, p, target, waitForHashes));
      } else if (t.info().fictional()) {
        demo = true;
      } else {
        unsaved.add(t.info().title().isEmpty() ? "a flow table" : t.info().title());
      }
    }
    if (demo) {
      layers.add(0, SourceRef.demo());
    }
    VruList v = model.vruListProperty().get();
    SourceRef vru = null;
    if (v != null && origins.get(v) != null) {
      vru = ref("vru-list", SourceRef.VRU_LIST, origins.get(v), target, waitForHashes);
    }
    lastUnsaved = List.copyOf(unsaved);
    return ProjectFile.empty()
        .withTitle(title.get(), marking.get())
        .withLayers(layers)
        .withFlowTables(tables)
        .withVruList(vru)
        .withPolicy(ProjectCodec.toSettings(model.policyProperty().get()))
        .withFilter(ProjectCodec.toSettings(model.filterProperty().get()))
        .withStyle(defaults.capture(model.style()))
        .withStoryboard(ProjectCodec.toRecords(model.storyboardProperty().get()))
        .withLedger(ProjectCodec.toJson(ledger()));
  }

  private List<String> lastUnsaved = List.of();

  /** Adds the sources of the map layers; true when a layer is the built-in demo's. */
  private final class Layers {
    private final List<SourceRef> out;
    private final Geography g;
    private final List<String> unsaved;
    private final Path target;
    private final boolean wait;

    Layers(List<SourceRef> out, Geography g, List<String> unsaved, Path target, boolean wait) {
      this.out = out;
      this.g = g;
      this.unsaved = unsaved;
      this.target = target;
      this.wait = wait;
    }

    boolean add(String id, String role, Object layer, int size) {
      if (size == 0) {
        return false;
      }
      Path p = origins.get(layer);
      if (p != null) {
        out.add(ref(id, role, p, target, wait));
        return false;
      }
      if (g.info().fictional() || g.info().synthetic()) {
        return true;
      }
      unsaved.add(id.equals("wards") ? "ward boundaries" : "schools");
      return false;
    }
  }

  private SourceRef ref(String id, String role, Path p, Path target, boolean wait) {
    CompletableFuture<String> h = hashes.get(p);
    String hash = "";
    if (h != null) {
      try {
        hash = wait ? h.get(60, TimeUnit.SECONDS) : h.getNow("");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        hash = "";
      }
    }
    return new SourceRef(id, role, p.toString(), relative(target, p), hash, Map.of());
  }

  private static String relative(Path target, Path p) {
    if (target == null) {
      return "";
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || p.getRoot() == null || !p.getRoot().equals(dir.getRoot())) {
      return "";
    }
    return dir.relativize(p).toString().replace('\\', '/');
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Saves to the project's file, or asks for one when it was never saved.
   *
   * @return true when saved
   */
  public boolean save() {
    return file.get() == null ? saveAs() : saveTo(file.get());
  }

  /**
   * Asks for a file and saves the project there.
   *
   * @return true when saved
   */
  public boolean saveAs() {
    Path suggested =
        file.get() != null
            ? file.get()
            : defaultFolder().resolve(safeName(displayName()) + ProjectService.EXTENSION);
    Path chosen = dialogs.chooseProjectToSave(suggested);
    if (chosen == null) {
      return false;
    }
    if (!chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wardflow")) {
      chosen = chosen.resolveSibling(chosen.getFileName() + ProjectService.EXTENSION);
    }
    return saveTo(chosen);
  }

  /**
   * Saves the project to a file (atomically) and makes it the project's file.
   *
   * @param target the file
   * @return true when saved; false after telling the user why not
   */
  public boolean saveTo(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    ProjectFile p = snapshot(abs, true);
    try {
      service.save(abs, p);
    } catch (ProjectException e) {
      dialogs.error("The project could not be saved", e.getMessage());
      return false;
    }
    autosaver.saved();
    Path old = file.get();
    if (old == null) {
      discardQuietly(home.resolve(UNTITLED));
    }
    file.set(abs);
    modified.set(false);
    remember(abs);
    String warn =
        lastUnsaved.isEmpty()
            ? ""
            : " — not recorded (not read from a file): " + String.join(", ", lastUnsaved);
    model.map().setStatusMessage("Saved project " + abs.getFileName() + warn);
    return true;
  }

  /** Asks for the project's title and protective marking. */
  public void editProperties() {
    String[] r = dialogs.properties(title.get(), marking.get());
    if (r != null) {
      title.set(r[0]);
      marking.set(r[1]);
    }
  }

  /** Starts a new project on the start-up data, after asking about unsaved changes. */
  public void newProject() {
    if (!confirmDiscard("starting a new project")) {
      return;
    }
    discardQuietly(autosaveTarget());
    reset();
    restoring++;
    opening.set(true);
    Task<?> t = window.loadStartGeography();
    whenDone(
        t,
        () -> {
          restoring--;
          opening.set(false);
          modified.set(false);
          model.map().setStatusMessage("New project on " + datasetName());
        });
  }

  private String datasetName() {
    Geography g = model.geographyProperty().get();
    return g == null ? "no data" : g.info().title();
  }

  /** Resets everything but the data: file, title, marking, policy, filter, style, storyboard. */
  private void reset() {
    restoring++;
    try {
      autosaver.saved();
      file.set(null);
      title.set("");
      marking.set(DEFAULT_MARKING);
      model.ledgerProperty().set(new PublicationLedger());
      model.storyboardProperty().set(Storyboard.EMPTY);
      model.policyProperty().set(DisclosurePolicy.DEFAULT);
      model.filterProperty().set(org.wardflow.model.FlowFilter.ALL);
      defaults.apply(model.style(), defaults.defaults());
      model.vruListProperty().set(null);
      model.cypTableProperty().set(null);
      model.pupilTableProperty().set(null);
      model.childrenProperty().set(null);
      model.populationProperty().set(null);
    } finally {
      restoring--;
    }
  }

  /** Asks for a project file and opens it (after asking about unsaved changes). */
  public void openWithChooser() {
    if (!confirmDiscard("opening another project")) {
      return;
    }
    Path f = dialogs.chooseProjectToOpen(defaultFolder());
    if (f != null) {
      openUnchecked(f);
    }
  }

  /**
   * Opens a project (after asking about unsaved changes).
   *
   * @param f the project file
   * @return the task reading its inputs, or null when nothing is opened
   */
  public Task<?> open(Path f) {
    if (!confirmDiscard("opening another project")) {
      return null;
    }
    return openUnchecked(f);
  }

  private Task<?> openUnchecked(Path f) {
    ProjectService.Opened o;
    try {
      o = service.open(f);
    } catch (ProjectException e) {
      dialogs.error("The project could not be opened", e.getMessage());
      if (!Files.exists(f)) {
        forget(f);
      }
      return null;
    }
    discardQuietly(autosaveTarget());
    Task<?> t = restore(o);
    remember(o.file());
    service
        .recovery(o.file())
        .ifPresent(r -> recoveryOffer.accept(new Recovery(o.file(), false, r)));
    return t;
  }

  /**
   * Opens the autosave of a project in place of the project (crash recovery).
   *
   * @param r the offer accepted
   * @return the task reading the inputs, or null when the autosave cannot be used
   */
  public Task<?> recover(Recovery r) {
    ProjectService.Opened o;
    try {
      o = service.openAutosave(r.project());
    } catch (ProjectException e) {
      dialogs.error("The autosave could not be recovered", e.getMessage());
      return null;
    }
    Task<?> t = restore(o);
    if (r.untitled()) {
      file.set(null);
    }
    return t;
  }

  /** Deletes the autosave of a recovery offer the user declined. */
  public void declineRecovery(Recovery r) {
    discardQuietly(r.project());
  }

  /** Offers to recover autosaves newer than their project (checked once the window is shown). */
  void checkRecoveryAtStart() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(home.resolve(UNTITLED));
    if (!recentProjects.isEmpty()) {
      candidates.add(recentProjects.get(0));
    }
    for (Path c : candidates) {
      Optional<ProjectService.Recovery> r = service.recovery(c);
      if (r.isPresent()) {
        recoveryOffer.accept(new Recovery(c, c.equals(home.resolve(UNTITLED)), r.get()));
        return;
      }
    }
  }

  private Task<?> restore(ProjectService.Opened o) {
    ProjectFile p = o.project();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (SourceCheck c : o.report().problems()) {
      Path located = dialogs.relocate(c);
      if (located == null) {
        skipped.add(c.source().id());
        notes.add("not read: " + Path.of(c.source().path()).getFileName());
        continue;
      }
      try {
        ProjectService.Relocation r = service.relocate(o.file(), p, c.source().id(), located);
        p = r.project();
        notes.add(r.message());
      } catch (ProjectException e) {
        skipped.add(c.source().id());
        notes.add(e.getMessage());
      }
    }
    final ProjectFile project = p;
    reset();
    restoring++;
    opening.set(true);
    file.set(o.file());
    title.set(project.title());
    marking.set(project.marking().isEmpty() ? DEFAULT_MARKING : project.marking());
    try {
      model.ledgerProperty().set(ProjectCodec.toLedger(project.ledger()));
    } catch (RuntimeException e) {
      model.ledgerProperty().set(new PublicationLedger());
      notes.add("the publication ledger in the file could not be read and was started afresh");
    }
    boolean demo = false;
    LinkedHashSet<Path> files = new LinkedHashSet<>();
    SourceRef vru = null;
    for (SourceRef s : project.sources()) {
      if (skipped.contains(s.id())) {
        continue;
      }
      if (s.builtIn()) {
        demo = true;
      } else if (SourceRef.VRU_LIST.equals(s.role())) {
        vru = s;
      } else {
        files.add(Path.of(s.path()));
      }
    }
    Task<?> last = null;
    if (demo) {
      last = window.loadStartGeography();
    }
    if (!files.isEmpty()) {
      last = window.openFiles(List.copyOf(files));
    }
    CompletableFuture<VruList> vruRead =
        vru == null ? CompletableFuture.completedFuture(null) : readVru(Path.of(vru.path()), notes);
    Runnable finish =
        () ->
            vruRead.whenComplete(
                (list, err) ->
                    Platform.runLater(() -> finishRestore(project, list, notes, o.recovered())));
    if (last == null) {
      finish.run();
    } else {
      whenDone(last, finish);
    }
    return last;
  }

  private CompletableFuture<VruList> readVru(Path f, List<String> notes) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return VruListReader.read(f).value();
          } catch (ImportException e) {
            synchronized (notes) {
              notes.add(e.getMessage());
            }
            return null;
          }
        },
        background);
  }

  private void finishRestore(ProjectFile p, VruList vru, List<String> notes, boolean recovered) {
    try {
      if (vru != null) {
        origin(vru, vru.file());
        model.vruListProperty().set(vru);
      }
      try {
        model.policyProperty().set(ProjectCodec.toPolicy(p.policy()));
      } catch (IllegalArgumentException e) {
        notes.add("the saved disclosure policy is not valid (" + e.getMessage() + ")");
      }
      model.filterProperty().set(ProjectCodec.toFilter(p.filter()));
      defaults.apply(model.style(), p.style());
      try {
        model.storyboardProperty().set(ProjectCodec.toStoryboard(p.storyboard()));
      } catch (IllegalArgumentException e) {
        notes.add("the storyboard could not be read (" + e.getMessage() + ")");
      }
    } finally {
      restoring--;
      opening.set(false);
    }
    // recovered changes were never saved to the project file
    modified.set(recovered);
    Path f = file.get();
    String name =
        recovered
            ? "the autosaved changes" + (f == null ? "" : " of " + f.getFileName())
            : "project " + (f == null ? "" : f.getFileName());
    model
        .map()
        .setStatusMessage(
            "Opened " + name + (notes.isEmpty() ? "" : " — " + String.join("; ", notes)));
  }

  private static void whenDone(Task<?> t, Runnable r) {
    if (t.isDone()) {
      Platform.runLater(r);
      return;
    }
    // after the window's own handlers (they run after handlers added here)
    t.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> Platform.runLater(r));
    t.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> Platform.runLater(r));
    t.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> Platform.runLater(r));
  }

  /**
   * Asks what to do with unsaved changes before an action that would lose them.
   *
   * @param action e.g. "quitting"
   * @return true when the action may go on
   */
  public boolean confirmDiscard(String action) {
    if (!modified.get()) {
      return true;
    }
    return switch (dialogs.unsavedChanges(displayName(), action)) {
      case SAVE -> save();
      case DISCARD -> {
        autosaver.saved();
        discardQuietly(autosaveTarget());
        modified.set(false);
        yield true;
      }
      case CANCEL -> false;
    };
  }

  /** Stops the autosaver (the window closed after the user saved or discarded). */
  public void dispose() {
    autosaver.saved();
    autosaver.close();
    background.shutdownNow();
  }

  /** Writes any pending autosave now (tests; and before a risky operation). */
  public void flushAutosave() {
    autosaver.flush();
  }

  private void discardQuietly(Path project) {
    try {
      service.discardAutosave(project);
    } catch (IOException e) {
      model.map().setStatusMessage("Could not delete the autosave of " + project + ".");
    }
  }

  private void remember(Path f) {
    try {
      recent.add(f);
    } catch (IOException e) {
      // the recent list is a convenience; the project itself was handled
    }
    recentProjects.setAll(recent.list());
  }

  /** Removes a project from the recent list (e.g. it no longer exists). */
  public void forget(Path f) {
    try {
      recent.remove(f);
    } catch (IOException e) {
      // a convenience list; nothing else depends on it
    }
    recentProjects.setAll(recent.list());
  }

  private Path defaultFolder() {
    if (file.get() != null && file.get().getParent() != null) {
      return file.get().getParent();
    }
    if (!recentProjects.isEmpty() && recentProjects.get(0).getParent() != null) {
      return recentProjects.get(0).getParent();
    }
    return Path.of(System.getProperty("user.home"));
  }

  private static String stripExtension(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(ProjectService.EXTENSION)
        ? name.substring(0, name.length() - ProjectService.EXTENSION.length())
        : name;
  }

  private static String safeName(String s) {
    String n = s.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
    return n.isEmpty() ? "project" : n;
  }

  /** The style choices of the window as stored, and back. */
  static final class StyleDefaults {
    private final ProjectFile.StyleSettings defaults;

    StyleDefaults(StyleViewModel fresh) {
      this.defaults = capture(fresh);
    }

    ProjectFile.StyleSettings defaults() {
      return defaults;
    }

    ProjectFile.StyleSettings capture(StyleViewModel s) {
      Map<String, String> options = new java.util.TreeMap<>();
      options.put("manual_breaks", s.manualBreaksProperty().get());
      options.put("school_sizing", s.schoolSizingProperty().get().name());
      options.put("flow_table", s.flowTableProperty().get().name());
      options.put("hidden_flows", s.hiddenFlowsProperty().get().name());
      options.put("labels", Boolean.toString(s.labelsProperty().get()));
      return new ProjectFile.StyleSettings(
          s.measureProperty().get().name(),
          s.methodProperty().get().name(),
          s.classesProperty().get(),
          s.paletteProperty().get(),
          false,
          new ProjectFile.FlowSettings(
              s.minCountProperty().get(),
              s.topNProperty().get(),
              s.fadeRestProperty().get(),
              s.hiddenFlowsProperty().get() != HiddenFlows.NEVER,
              s.scaleLockProperty().get()),
          options);
    }

    void apply(StyleViewModel s, ProjectFile.StyleSettings st) {
      Map<String, String> o = st.options();
      s.measureProperty()
          .set(enumOr(ChoroplethMeasure.class, st.measure(), ChoroplethMeasure.COUNT));
      s.methodProperty()
          .set(
              enumOr(
                  ClassificationMethod.class, st.classification(), ClassificationMethod.QUANTILE));
      s.classesProperty().set(st.classes() > 0 ? st.classes() : defaults.classes());
      s.paletteProperty().set(st.palette().isEmpty() ? defaults.palette() : st.palette());
      s.manualBreaksProperty().set(o.getOrDefault("manual_breaks", ""));
      s.schoolSizingProperty()
          .set(enumOr(SchoolSizing.class, o.get("school_sizing"), SchoolSizing.CYP));
      s.flowTableProperty()
          .set(enumOr(FlowTableChoice.class, o.get("flow_table"), FlowTableChoice.CYP));
      HiddenFlows hidden =
          o.containsKey("hidden_flows")
              ? enumOr(HiddenFlows.class, o.get("hidden_flows"), HiddenFlows.SELECTION)
              : st.flows().showHidden() ? HiddenFlows.SELECTION : HiddenFlows.NEVER;
      s.hiddenFlowsProperty().set(hidden);
      s.minCountProperty().set(Math.max(0, st.flows().minCount()));
      s.topNProperty().set(Math.max(0, st.flows().topN()));
      s.fadeRestProperty().set(st.flows().fadeRest());
      s.scaleLockProperty().set(st.flows().scaleLocked());
      s.labelsProperty().set(!"false".equals(o.get("labels")));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E dflt) {
      if (name == null || name.isEmpty()) {
        return dflt;
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        return dflt;
      }
    }
  }
}
