package org.wardflow.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.export.story.DeckWriter;
import org.wardflow.export.story.StepPublisher;
import org.wardflow.export.story.StepSceneFactory;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;
import org.wardflow.export.story.StoryboardDeck;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.render.Caveat;
import org.wardflow.render.Style;

/** Presents a 3-step storyboard of the demo city, steps through it with keys, exports the deck. */
@ExtendWith(ApplicationExtension.class)
class PresentationFxTest {
  private static final String MARKING = "OFFICIAL-SENSITIVE";

  private final DemoData demo = DemoData.load();
  private final PublicationLedger ledger = new PublicationLedger();
  private final StepPublisher publisher =
      StepPublisher.throughLedger(ledger, demo.flows().cyp(), FlowFilter.ALL, "demo wards");
  private final StepSceneFactory scenes =
      StepSceneFactory.published(demo.geography(), Style.presentation());
  private final Caveat caveat =
      Caveat.of(MARKING, demo.geography().info(), demo.flows().cyp().info());
  private PresentationWindow window;
  private Stage owner;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
    stage.show();
  }

  private Storyboard storyboard() {
    Envelope all = demo.geography().extent();
    Envelope quarter = new Envelope(all.getMinX(), all.centre().x, all.getMinY(), all.centre().y);
    String ward = demo.geography().wards().wards().get(0).code();
    return Storyboard.EMPTY
        .add(
            StoryStep.of("Where children and young people live", DisclosurePolicy.DEFAULT)
                .withNotes("Start with the whole city."))
        .add(
            StoryStep.of("South-west: flows to schools", DisclosurePolicy.DEFAULT.withK(10))
                .withExtent(quarter)
                .withSelection(ward, ""))
        .add(
            StoryStep.of("Lower threshold requested", DisclosurePolicy.DEFAULT.withK(2))
                .withNotes("k = 2 was asked for; the floor applies."));
  }

  @org.junit.jupiter.api.AfterEach
  void closePresenter() throws Exception {
    if (window != null) {
      org.testfx.api.FxToolkit.cleanupStages();
    }
  }

  private void open(FxRobot robot, boolean notes) {
    robot.interact(
        () ->
            window =
                PresentationWindow.show(
                    null,
                    storyboard(),
                    publisher,
                    scenes,
                    caveat,
                    new PresentationWindow.Options(false, 1280, 720, false, notes)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private void assertFrame(FxRobot robot, int step) {
    assertThat(text(robot, "step-position")).isEqualTo("Step " + step + " of 3");
    for (String id : List.of("marking-top", "marking-bottom")) {
      Node n = robot.lookup("#" + id).query();
      assertThat(n.isVisible()).isTrue();
      assertThat(((Label) n).getText()).isEqualTo(MARKING);
      assertThat(n.getLayoutBounds().getHeight()).isGreaterThan(10);
    }
    Label cav = robot.lookup("#caveat").queryAs(Label.class);
    assertThat(cav.getText()).isEqualTo("Exploratory, not predictive");
    assertThat(cav.isVisible()).isTrue();
    Label data = robot.lookup("#data-label").queryAs(Label.class);
    assertThat(data.getText()).contains("FICTIONAL").contains("SYNTHETIC");
    assertThat(data.isVisible()).isTrue();
    assertThat(robot.lookup("#map-area ImageView").queryAs(ImageView.class).getImage()).isNotNull();
  }

  @Test
  void stepsWithKeysAndKeepsTheCaveatAndMarkingOnEveryStep(FxRobot robot) {
    open(robot, false);
    AtomicBoolean closed = new AtomicBoolean();
    robot.interact(() -> window.setOnClose(() -> closed.set(true)));
    assertFrame(robot, 1);
    assertThat(text(robot, "step-title")).isEqualTo("Where children and young people live");
    assertThat(robot.lookup("#floor-notice").query().isVisible()).isFalse();

    robot.type(KeyCode.RIGHT);
    assertFrame(robot, 2);
    assertThat(text(robot, "disclosure-statement")).contains("10");

    robot.type(KeyCode.PAGE_DOWN);
    assertFrame(robot, 3);
    Label notice = robot.lookup("#floor-notice").queryAs(Label.class);
    assertThat(notice.isVisible()).isTrue();
    assertThat(notice.getText()).contains("k = 2").contains("floor of k = 5");
    assertThat(window.model().current().publication().table().policy().k()).isEqualTo(5);

    robot.type(KeyCode.LEFT);
    assertFrame(robot, 2);
    robot.type(KeyCode.HOME);
    assertFrame(robot, 1);
    robot.type(KeyCode.END);
    assertFrame(robot, 3);
    robot.type(KeyCode.PAGE_UP);
    robot.type(KeyCode.SPACE);
    assertFrame(robot, 3);

    // Each step shown is recorded once in the ledger (differencing guard), at or above the floor.
    assertThat(ledger.releases()).hasSize(3);
    assertThat(ledger.releases()).allMatch(r -> r.policy().k() >= 5);
    assertThat(ledger.releases()).allMatch(r -> r.purpose().startsWith("presentation: "));

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.stage().isShowing()).isFalse();
    assertThat(closed).isTrue();
  }

  @Test
  void notesAndHighContrastToggle(FxRobot robot) throws Exception {
    open(robot, true);
    assertThat(robot.lookup("#notes-panel").query().isVisible()).isTrue();
    assertThat(text(robot, "speaker-notes")).isEqualTo("Start with the whole city.");
    robot.type(KeyCode.N);
    assertThat(robot.lookup("#notes-panel").query().isVisible()).isFalse();
    assertThat(window.style().name()).isEqualTo("standard+presentation");
    robot.type(KeyCode.H);
    assertThat(window.highContrast()).isTrue();
    assertThat(window.style().name()).isEqualTo("high-contrast+presentation");
    robot.type(KeyCode.N);
    snapshot(robot, "presenter-1280x720-hc.png");
    robot.type(KeyCode.H);
    robot.type(KeyCode.RIGHT);
    snapshot(robot, "presenter-1280x720-step2.png");
    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.N);
    snapshot(robot, "presenter-1280x720-step3.png");
    robot.interact(() -> window.stage().close());
  }

  private void snapshot(FxRobot robot, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] img = new WritableImage[1];
    robot.interact(() -> img[0] = window.stage().getScene().snapshot(null));
    BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
    assertThat(b.getWidth()).isEqualTo(1280);
    assertThat(b.getHeight()).isEqualTo(720);
    Path dir = Path.of("target", "present-snapshots");
    Files.createDirectories(dir);
    ImageIO.write(b, "png", dir.resolve(name).toFile());
  }

  @Test
  void exportsTheDeckOnePagePerStep(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("deck.pdf");
    StoryboardDeck.Result r =
        StoryboardDeck.export(
            storyboard(),
            publisher,
            scenes,
            Style.presentation(),
            caveat,
            true,
            DeckWriter.pdf(),
            pdf);
    assertThat(r.pages()).isEqualTo(3);
    assertThat(r.raised()).hasSize(1);
    assertThat(r.refused()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      PDFTextStripper strip = new PDFTextStripper();
      for (int p = 1; p <= 3; p++) {
        strip.setStartPage(p);
        strip.setEndPage(p);
        String t = strip.getText(doc);
        assertThat(t).contains("Exploratory, not predictive");
        assertThat(t).contains(MARKING);
        assertThat(t).contains("Step " + p + " of 3");
      }
      strip.setStartPage(3);
      strip.setEndPage(3);
      assertThat(strip.getText(doc)).contains("floor of k = 5").contains("the floor applies");
    }
    Files.copy(
        pdf,
        Files.createDirectories(Path.of("target", "present-snapshots")).resolve("deck.pdf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(ledger.releases()).allMatch(rel -> rel.purpose().startsWith("deck export: "));
  }
}
