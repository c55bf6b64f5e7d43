package org.wardflow.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.export.story.StoryStep;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectLoadReport.SourceCheck;
import org.wardflow.io.project.ProjectService;
import org.wardflow.testutil.SharedData;
import org.wardflow.ui.AppData;
import org.wardflow.ui.AppServices;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.RecentFiles;
import org.wardflow.ui.Workbench;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.load.WardflowLoader;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.StyleViewModel;

/**
 * Project files in the real window (built like the app: {@code new MainWindow} + {@code
 * Workbench.install}), driven through its menus and shortcuts: Save As, New and Open restore the
 * threshold, style and storyboard; the title bar shows the name and "•" while modified; unsaved
 * changes are asked about; a moved input is located through the relocation question; a newer
 * autosave is offered and recovered from the bar above the map. File choosers and questions are
 * answered through {@link ProjectDialogs}.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectFxTest {
  private MainWindow window;
  private Stage stage;
  private Path home;
  private Path dir;
  private final Answers answers = new Answers();

  /** Scripted answers to the project's questions. */
  static final class Answers implements ProjectDialogs {
    Path save;
    Path open;
    Path relocateTo;
    Unsaved unsaved = Unsaved.CANCEL;
    final List<String> asked = new ArrayList<>();
    final List<SourceCheck> problems = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Path chooseProjectToOpen(Path folder) {
      asked.add("open");
      return open;
    }

    @Override
    public Path chooseProjectToSave(Path suggested) {
      asked.add("save");
      return save;
    }

    @Override
    public Path relocate(SourceCheck problem) {
      problems.add(problem);
      return relocateTo;
    }

    @Override
    public Unsaved unsavedChanges(String projectName, String action) {
      asked.add("unsaved: " + action);
      return unsaved;
    }

    String[] properties = null;

    @Override
    public String[] properties(String title, String marking) {
      asked.add("properties");
      return properties;
    }

    @Override
    public void error(String title, String message) {
      errors.add(message);
    }
  }

  @Start
  void start(Stage stage) throws IOException {
    this.stage = stage;
    dir = Files.createTempDirectory("wardflow-project-fx");
    home = dir.resolve("home");
    System.setProperty(ProjectInstaller.HOME_PROPERTY, home.toString());
    AppServices services =
        new AppServices(
            () -> DemoData.load().geography(),
            new org.wardflow.ui.layers.ThematicPainter(),
            new WardflowLoader(),
            RecentFiles.inMemory(),
            AppData::demo);
    window = new MainWindow(services);
    Workbench.install(window);
    ProjectInstaller.controller(window).setDialogs(answers);
    window.show(stage);
  }

  private ProjectController project() {
    return ProjectInstaller.controller(window);
  }

  private MainViewModel vm() {
    return window.viewModel();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
  }

  private void settle() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> {
          ThematicMap t = vm().getThematic();
          return vm().geographyProperty().get() != null
              && !project().openingProperty().get()
              && !vm().busyProperty().get()
              && t != null
              && t.input().geography() == vm().geographyProperty().get()
              && !vm().isWorking();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void menu(FxRobot robot, String item) {
    robot.clickOn("File");
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void saveAsNewAndOpenRestoreThresholdStyleAndStoryboard(FxRobot robot) throws Exception {
    settle();
    assertTrue(stage.getTitle().startsWith("Untitled project — Wardflow"), stage.getTitle());
    assertFalse(project().modifiedProperty().get(), "the start-up demo is not a change");

    fx(
        () -> {
          vm().policyProperty().set(DisclosurePolicy.DEFAULT.withK(8).withRounding(5));
          vm().style().measureProperty().set(ChoroplethMeasure.SHARE);
          vm().style().methodProperty().set(ClassificationMethod.QUANTILE);
          vm().style().classesProperty().set(4);
          vm().style().paletteProperty().set("Blues");
          vm().style().topNProperty().set(25);
          vm().storyboardProperty()
              .set(
                  vm().storyboardProperty()
                      .get()
                      .add(StoryStep.of("Committee overview", DisclosurePolicy.DEFAULT)));
        });
    settle();
    // a release shown or exported from the window is in the window's ledger, which the project
    // keeps
    fx(
        () ->
            vm().ledgerProperty()
                .get()
                .record(vm().getPublished(), "guide wards", "presentation step 1"));
    assertTrue(project().modifiedProperty().get());
    assertTrue(stage.getTitle().startsWith("Untitled project • — Wardflow"), stage.getTitle());

    answers.properties = new String[] {"", "OFFICIAL"};
    menu(robot, "Project Properties…");
    assertEquals("OFFICIAL", project().markingProperty().get());

    Path file = dir.resolve("saved").resolve("review.wardflow");
    Files.createDirectories(file.getParent());
    answers.save = file;
    menu(robot, "Save Project As…");
    assertTrue(Files.isRegularFile(file), "saved through the menu");
    assertEquals(file, project().fileProperty().get());
    assertFalse(project().modifiedProperty().get());
    assertTrue(stage.getTitle().startsWith("review — Wardflow"), stage.getTitle());
    ProjectFile saved = new ProjectService("t").read(file);
    assertEquals(SourceRef.DEMO, saved.layers().get(0).role(), "the demo recorded as the demo");
    assertEquals(8, saved.policy().k());
    assertEquals("OFFICIAL", saved.marking());
    assertEquals("Committee overview", saved.storyboard().get(0).title());
    assertTrue(saved.ledger().toString().contains("presentation step 1"), "the ledger is saved");

    // a further change, saved with Ctrl+S
    fx(() -> vm().style().classesProperty().set(6));
    assertTrue(stage.getTitle().contains("•"), stage.getTitle());
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(project().modifiedProperty().get(), "Ctrl+S saved");
    assertEquals(6, new ProjectService("t").read(file).style().classes());

    menu(robot, "New Project");
    settle();
    assertNull(project().fileProperty().get());
    assertEquals(ProjectController.DEFAULT_MARKING, project().markingProperty().get());
    assertEquals(DisclosurePolicy.DEFAULT, vm().policyProperty().get());
    assertEquals(
        new StyleViewModel().measureProperty().get(), vm().style().measureProperty().get());
    assertEquals(new StyleViewModel().methodProperty().get(), vm().style().methodProperty().get());
    assertTrue(vm().storyboardProperty().get().isEmpty());
    assertTrue(vm().ledgerProperty().get().releases().isEmpty(), "a new project, a new ledger");
    assertFalse(project().modifiedProperty().get());

    answers.open = file;
    menu(robot, "Open Project…");
    settle();
    assertEquals(file, project().fileProperty().get());
    assertEquals(8, vm().policyProperty().get().k());
    assertEquals(5, vm().policyProperty().get().roundingBase());
    assertEquals(ChoroplethMeasure.SHARE, vm().style().measureProperty().get());
    assertEquals(ClassificationMethod.QUANTILE, vm().style().methodProperty().get());
    assertEquals(6, vm().style().classesProperty().get());
    assertEquals("Blues", vm().style().paletteProperty().get());
    assertEquals(25, vm().style().topNProperty().get());
    assertEquals("OFFICIAL", project().markingProperty().get());
    assertEquals(1, vm().storyboardProperty().get().size());
    assertEquals("Committee overview", vm().storyboardProperty().get().get(0).title());
    assertEquals(8, vm().getPublished().policy().k(), "republished under the restored policy");
    assertTrue(
        vm().ledgerProperty().get().releases().stream()
            .anyMatch(r -> r.purpose().contains("presentation step 1")),
        "the window's ledger restored from the project");
    assertFalse(project().modifiedProperty().get(), "a freshly opened project is unmodified");
    assertTrue(stage.getTitle().startsWith("review — Wardflow"), stage.getTitle());
    assertEquals(file, project().recentProjects().get(0));
  }

  @Test
  void unsavedChangesAreAskedAboutBeforeNew(FxRobot robot) throws Exception {
    settle();
    fx(() -> vm().policyProperty().set(DisclosurePolicy.DEFAULT.withK(9)));
    answers.unsaved = ProjectDialogs.Unsaved.CANCEL;
    menu(robot, "New Project");
    settle();
    assertEquals(List.of("unsaved: starting a new project"), answers.asked);
    assertEquals(9, vm().policyProperty().get().k(), "cancelled: nothing lost");

    answers.unsaved = ProjectDialogs.Unsaved.SAVE;
    answers.save = null; // the user cancels the file chooser: New does not go on
    menu(robot, "New Project");
    settle();
    assertEquals(9, vm().policyProperty().get().k());

    answers.unsaved = ProjectDialogs.Unsaved.DISCARD;
    menu(robot, "New Project");
    settle();
    assertEquals(DisclosurePolicy.DEFAULT.k(), vm().policyProperty().get().k());
    assertFalse(project().modifiedProperty().get());
  }

  @Test
  void aNewerAutosaveIsOfferedAndRecovered(FxRobot robot) throws Exception {
    settle();
    fx(() -> vm().policyProperty().set(DisclosurePolicy.DEFAULT.withK(11)));
    fx(() -> project().flushAutosave());
    Path sidecar = ProjectService.autosaveFile(home.resolve(ProjectController.UNTITLED));
    assertTrue(Files.isRegularFile(sidecar), "autosaved after the change");
    assertEquals(11, new ProjectService("t").read(sidecar).policy().k());
    // Wardflow "crashes": the sidecar outlives the session; a new session starts on defaults
    Path kept = dir.resolve("kept.autosave");
    Files.copy(sidecar, kept);
    answers.unsaved = ProjectDialogs.Unsaved.DISCARD;
    menu(robot, "New Project");
    settle();
    assertFalse(Files.exists(sidecar), "discarding deletes the autosave");
    Files.copy(kept, sidecar, StandardCopyOption.REPLACE_EXISTING);

    fx(() -> project().checkRecoveryAtStart());
    ProjectInstaller.RecoveryBar bar =
        robot.lookup("#recovery-bar").queryAs(ProjectInstaller.RecoveryBar.class);
    assertTrue(bar.isVisible(), "the offer is shown");
    assertTrue(bar.message().contains("unsaved project"), bar.message());
    robot.clickOn("#recovery-accept");
    settle();
    assertEquals(11, vm().policyProperty().get().k(), "recovered");
    assertTrue(project().modifiedProperty().get(), "recovered changes are not saved yet");
    assertNull(project().fileProperty().get(), "still an untitled project");
    assertFalse(bar.isVisible());
  }

  @Test
  void aMovedInputIsLocatedThroughTheRelocationQuestion(FxRobot robot) throws Exception {
    Path shared = SharedData.file("wm_wards_2025_bgc_wgs84.geojson");
    settle();
    Path a = Files.createDirectories(dir.resolve("a"));
    Path wards = a.resolve("wards.geojson");
    Files.copy(shared, wards);
    fx(() -> window.openFiles(List.of(wards)));
    settle();
    assertEquals(192, vm().geographyProperty().get().wards().size());

    Path file = Files.createDirectories(dir.resolve("p")).resolve("wm.wardflow");
    fx(() -> project().saveTo(file));
    ProjectFile saved = new ProjectService("t").read(file);
    SourceRef w =
        saved.layers().stream().filter(s -> s.role().equals(SourceRef.WARDS)).findFirst().get();
    assertEquals(wards.toAbsolutePath().toString(), w.path());
    assertEquals(64, w.sha256().length(), "hashed when read");

    // the input moves to another folder; the project is opened again
    Path b = Files.createDirectories(dir.resolve("b"));
    Path moved = b.resolve("wards.geojson");
    Files.move(wards, moved);
    answers.unsaved = ProjectDialogs.Unsaved.DISCARD;
    menu(robot, "New Project");
    settle();
    assertEquals(
        DemoData.load().geography().wards().size(), vm().geographyProperty().get().wards().size());

    answers.relocateTo = moved;
    answers.open = file;
    menu(robot, "Open Project…");
    settle();
    assertEquals(1, answers.problems.size(), "asked once, for the wards");
    SourceCheck asked = answers.problems.get(0);
    assertTrue(
        asked.message().contains("wards.geojson") && asked.message().contains("missing"),
        asked.message());
    assertEquals(192, vm().geographyProperty().get().wards().size(), "read from where it is now");
    String status = vm().map().statusMessageProperty().get();
    assertNotNull(status);
    fx(() -> project().save());
    SourceRef now =
        new ProjectService("t")
            .read(file).layers().stream()
                .filter(s -> s.role().equals(SourceRef.WARDS))
                .findFirst()
                .get();
    assertEquals(moved.toAbsolutePath().toString(), now.path(), "the project follows the file");
    assertEquals(w.sha256(), now.sha256(), "same content");
  }
}
