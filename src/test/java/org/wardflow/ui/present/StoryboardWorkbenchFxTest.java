package org.wardflow.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.render.Caveat;
import org.wardflow.ui.DemoWindow;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.map.MapTarget;

/**
 * The real main window on the demo city, driven like a user: a 3-step storyboard built with Ctrl+B
 * (the view changed between steps), one step renamed (F2 + typing) and one moved (Alt+Up and the Up
 * button), a step shown on the map with Enter, the presentation started with F5 and stepped with
 * Right / Page Down / Left (marking, caveat and statement on every step; thresholds never below the
 * floor; every shown step in the ledger), Esc back to the analysis, and the deck exported with
 * Ctrl+Shift+D to a 3-page PDF whose text carries the titles, caveat, marking and disclosure
 * statement and none of the hidden counts.
 */
@ExtendWith(ApplicationExtension.class)
class StoryboardWorkbenchFxTest {
  private MainWindow window;
  private PresentInstaller present;
  private Path deck;

  @org.junit.jupiter.api.BeforeAll
  static void patientSetup() {
    // building the whole window can take more than TestFX's default 10 s on a loaded machine
    FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
  }

  @Start
  void start(Stage stage) {
    window = DemoWindow.open(stage);
    present = PresentInstaller.of(window).orElseThrow();
    present.setPresentationOptions(PresentationWindow.Options.windowed(1280, 720));
    present.setDeckTarget(owner -> deck);
  }

  @AfterEach
  void cleanup() throws Exception {
    FxToolkit.cleanupStages();
  }

  private MainViewModel vm() {
    return window.viewModel();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  private void settle() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () ->
            vm().getThematic() != null
                && vm().cypTableProperty().get() != null
                && !vm().isWorking()
                && window.map().isUpToDate());
  }

  private Storyboard board() {
    return vm().storyboardProperty().get();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  /** A node of the presenter (the main window has a caveat label of the same id). */
  private Node slide(FxRobot robot, String id) {
    return robot
        .from(present.presenter().orElseThrow().stage().getScene().getRoot())
        .lookup("#" + id)
        .query();
  }

  private String slideText(FxRobot robot, String id) {
    return ((Label) slide(robot, id)).getText();
  }

  @Test
  void buildPresentAndExportAStoryboardFromTheMainWindow(FxRobot robot, @TempDir Path dir)
      throws Exception {
    deck = dir.resolve("committee.pdf");
    settle();
    robot.clickOn("#map");

    // step 1: the whole city at the default threshold
    robot.push(KeyCode.CONTROL, KeyCode.B);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().size()).isEqualTo(1);

    // step 2: zoomed in (keys), a ward selected, k = 10
    robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
    String ward = vm().geographyProperty().get().wards().wards().get(3).code();
    robot.interact(
        () -> {
          vm().map()
              .setSelection(
                  MapTarget.of(vm().geographyProperty().get().wards().byCode(ward).orElseThrow()));
          vm().disclosure().setPolicy(DisclosurePolicy.DEFAULT.withK(10));
        });
    settle();
    Envelope zoomed = fx(() -> vm().map().getViewport().envelope());
    robot.push(KeyCode.CONTROL, KeyCode.B);
    // step 3: whole area again, a threshold below the floor asked for
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
    robot.interact(
        () -> {
          vm().map().setSelection(null);
          vm().disclosure().setPolicy(DisclosurePolicy.DEFAULT.withK(2));
        });
    settle();
    robot.push(KeyCode.CONTROL, KeyCode.B);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().size()).isEqualTo(3);
    assertThat(board().get(1).selectedWard()).isEqualTo(ward);
    assertThat(board().get(1).policy().k()).isEqualTo(10);
    assertThat(board().get(1).extent().getWidth())
        .isLessThan(board().get(0).extent().getWidth() * 0.75);
    assertThat(board().get(2).policy().k()).isEqualTo(2);
    String idFirst = board().get(0).id();
    String idSecond = board().get(1).id();
    String idThird = board().get(2).id();

    // the editor: rename the first step (F2, type, Enter), add notes
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> list = robot.lookup("#story-steps").queryAs(ListView.class);
    assertThat(list.isVisible()).isTrue();
    robot.interact(() -> present.panel().select(0));
    robot.push(KeyCode.F2);
    robot.push(KeyCode.CONTROL, KeyCode.A).write("Where children and young people live");
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().get(0).title()).isEqualTo("Where children and young people live");
    robot.clickOn("#story-notes").write("Start with the whole city.");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().get(0).notes()).isEqualTo("Start with the whole city.");
    snapshot(robot, window.stage(), "workbench-storyboard-panel.png");

    // reorder: the third step first (Alt+Up in the list, then the Up button)
    robot.interact(() -> present.panel().select(2));
    robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().indexOf(idThird)).isEqualTo(1);
    robot.clickOn("#story-up");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(board().steps().stream().map(StoryStep::id).toList())
        .containsExactly(idThird, idFirst, idSecond);
    assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

    // Enter on the zoomed step shows it on the main map (extent, selection, threshold)
    robot.interact(() -> present.panel().select(2));
    robot.push(KeyCode.ENTER);
    settle();
    assertThat(vm().policyProperty().get().k()).isEqualTo(10);
    assertThat(vm().map().getSelection().id()).isEqualTo(ward);
    Envelope shown = fx(() -> vm().map().getViewport().envelope());
    assertThat(shown.centre().distance(zoomed.centre())).isLessThan(zoomed.getWidth() * 0.05);
    assertThat(shown.getWidth()).isLessThan(board().get(1).extent().getWidth() * 0.75);

    // present: F5 from the main window
    List<String> titles = board().steps().stream().map(StoryStep::title).toList();
    PublicationLedger ledger = vm().ledgerProperty().get();
    int releasesBefore = ledger.releases().size();
    robot.clickOn("#map");
    robot.push(KeyCode.F5);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present.presenter().isPresent());
    PresentationWindow p = present.presenter().orElseThrow();
    assertThat(p.stage().isShowing()).isTrue();
    assertStep(robot, 1, titles.get(0));
    assertThat(slideText(robot, "floor-notice")).contains("floor of k = 5");
    assertThat(slide(robot, "floor-notice").isVisible()).isTrue();
    snapshot(robot, p.stage(), "workbench-presenter-step1.png");
    robot.push(KeyCode.H);
    assertThat(p.highContrast()).isTrue();
    snapshot(robot, p.stage(), "workbench-presenter-step1-hc.png");
    robot.push(KeyCode.H);
    robot.push(KeyCode.RIGHT);
    assertStep(robot, 2, titles.get(1));
    assertThat(slide(robot, "floor-notice").isVisible()).isFalse();
    robot.push(KeyCode.PAGE_DOWN);
    assertStep(robot, 3, titles.get(2));
    assertThat(slideText(robot, "disclosure-statement")).contains("1–9 suppressed");
    robot.push(KeyCode.LEFT);
    assertStep(robot, 2, titles.get(1));
    List<String> purposes =
        ledger.releases().subList(releasesBefore, ledger.releases().size()).stream()
            .map(PublicationLedger.Release::purpose)
            .toList();
    assertThat(purposes)
        .containsExactlyInAnyOrder(
            "presentation: " + titles.get(0),
            "presentation: " + titles.get(1),
            "presentation: " + titles.get(2));

    // Esc returns to the analysis
    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present.presenter().isEmpty());
    assertThat(p.stage().isShowing()).isFalse();
    assertThat(window.stage().isShowing()).isTrue();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.stage().isFocused());

    // export the deck (Ctrl+Shift+D; the chooser answers `deck`)
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> present.lastExport().isPresent());
    var task = present.lastExport().orElseThrow();
    var result = task.get(120, TimeUnit.SECONDS);
    assertThat(result.pages()).isEqualTo(3);
    assertThat(result.raised()).hasSize(1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "story-status")).startsWith("Deck written").contains("3 pages");
    assertDeck(titles);
    Files.createDirectories(Path.of("target", "present-snapshots"));
    Files.copy(
        deck,
        Path.of("target", "present-snapshots", "workbench-deck.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void snapshot(FxRobot robot, Stage stage, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
    robot.interact(() -> img[0] = stage.getScene().snapshot(null));
    assertThat(img[0].getWidth()).isGreaterThan(0);
    Path out = Files.createDirectories(Path.of("target", "present-snapshots")).resolve(name);
    javax.imageio.ImageIO.write(
        javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
  }

  private void assertStep(FxRobot robot, int n, String title) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(slideText(robot, "step-title")).isEqualTo(title);
    assertThat(slideText(robot, "step-position")).isEqualTo("Step " + n + " of 3");
    for (String id : List.of("marking-top", "marking-bottom")) {
      Node m = slide(robot, id);
      assertThat(m.isVisible()).isTrue();
      assertThat(((Label) m).getText()).isEqualTo(PresentInstaller.DEFAULT_MARKING);
    }
    assertThat(slideText(robot, "caveat")).isEqualTo(Caveat.EXPLORATORY);
    assertThat(slideText(robot, "data-label")).contains("SYNTHETIC");
    PresentationWindow p = present.presenter().orElseThrow();
    DisclosurePolicy applied = p.model().current().policy();
    assertThat(applied.k()).isGreaterThanOrEqualTo(applied.floor());
    assertThat(slideText(robot, "disclosure-statement")).isEqualTo(applied.statement());
  }

  private void assertDeck(List<String> titles) throws Exception {
    FlowTable cyp = vm().cypTableProperty().get();
    FlowFilter filter = vm().filterProperty().get();
    try (PDDocument doc = Loader.loadPDF(deck.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      PDFTextStripper strip = new PDFTextStripper();
      Set<String> hidden = new HashSet<>();
      Set<String> published = new HashSet<>();
      List<String> pages = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        strip.setStartPage(i + 1);
        strip.setEndPage(i + 1);
        String t = strip.getText(doc).replaceAll("\\s+", " ");
        pages.add(t);
        StoryStep s = board().get(i);
        assertThat(t).contains(titles.get(i));
        assertThat(t).contains(Caveat.EXPLORATORY);
        assertThat(t).contains(PresentInstaller.DEFAULT_MARKING);
        assertThat(t).contains(s.effectivePolicy().statement());
        assertThat(t).contains("Step " + (i + 1) + " of 3");
        collect(
            DisclosureGate.publish(cyp, filter, s.effectivePolicy()),
            cyp,
            filter,
            hidden,
            published);
      }
      assertThat(pages.get(1)).contains("Start with the whole city.");
      assertThat(hidden).as("the steps hide cells and totals").isNotEmpty();
      hidden.removeAll(published);
      // numbers the slide text itself carries (statements, notices, positions) are not counts
      Set<String> own = new HashSet<>();
      for (int i = 0; i < 3; i++) {
        StoryStep s = board().get(i);
        String mine =
            s.effectivePolicy().statement() + " " + s.floorNotice() + " Step " + (i + 1) + " of 3";
        own.addAll(List.of(mine.split("[^0-9]+")));
      }
      hidden.removeAll(own);
      hidden.removeIf(v -> Integer.parseInt(v) < 5);
      for (String t : pages) {
        List<String> tokens = List.of(t.split("[\\s(),:;–-]+"));
        for (String h : hidden) {
          assertThat(tokens).as("hidden count " + h).doesNotContain(h);
        }
      }
    }
  }

  /** Raw values of hidden cells and ward totals, and every published value. */
  private static void collect(
      PublishedTable t,
      FlowTable raw,
      FlowFilter filter,
      Set<String> hidden,
      Set<String> published) {
    CountMatrix m = raw.matrix(filter);
    for (int r = 0; r < m.rows(); r++) {
      int total = 0;
      for (int i = m.rowStart(r); i < m.rowEnd(r); i++) {
        total += m.value(i);
        PublishedValue v = t.get(m.wardCodes().get(r), m.schoolUrns().get(m.column(i)));
        (v.isPublished() ? published : hidden)
            .add(Integer.toString(v.isPublished() ? v.value() : m.value(i)));
      }
      PublishedValue wt = t.wardTotal(m.wardCodes().get(r));
      (wt.isPublished() ? published : hidden)
          .add(Integer.toString(wt.isPublished() ? wt.value() : total));
    }
  }
}
