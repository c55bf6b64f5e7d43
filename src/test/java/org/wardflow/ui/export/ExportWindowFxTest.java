package org.wardflow.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
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
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.ExportFormat;
import org.wardflow.export.ExportResult;
import org.wardflow.export.LayoutPainter;
import org.wardflow.export.Orientation;
import org.wardflow.export.PaperSize;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.render.Caveat;
import org.wardflow.ui.AppData;
import org.wardflow.ui.AppServices;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.RecentFiles;
import org.wardflow.ui.Workbench;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.load.WardflowLoader;

/**
 * Export from the real window (headless Monocle stage, the demo, the real painter, gate and
 * ledger): a keyboard-only walk from the threshold to a PDF on disk; a 150-dpi PNG of the screen's
 * extent; a release the differencing guard refuses writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowFxTest {
  private MainWindow window;
  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    AppServices services =
        new AppServices(
            () -> DemoData.load().geography(),
            new org.wardflow.ui.layers.ThematicPainter(),
            new WardflowLoader(),
            RecentFiles.inMemory(),
            AppData::demo);
    window = new MainWindow(services);
    Workbench.install(window);
    ExportInstaller.of(window).setPreferences(ExportPreferences.inMemory());
    window.show(stage);
  }

  private MainViewModel vm() {
    return window.viewModel();
  }

  private ExportCommands commands() {
    return ExportInstaller.of(window);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  private void settle() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> {
          ThematicMap t = vm().getThematic();
          return vm().map().getGeography() != null
              && t != null
              && t.input().geography() == vm().map().getGeography()
              && !vm().isWorking()
              && window.map().isUpToDate();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitExport() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !commands().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  void keyboardOnlyFromTheThresholdToAPdf() throws Exception {
    settle();
    Path pdf = dir.resolve("briefing.pdf");
    List<OutputChooser.Target> asked = new ArrayList<>();
    fx(
        () -> {
          commands().preferences().setFormat(ExportFormat.PNG); // so choosing PDF is a change
          commands()
              .setOutputChooser(
                  (owner, target, suggested) -> {
                    asked.add(target);
                    return pdf;
                  });
          return null;
        });
    FxRobot robot = new FxRobot();
    @SuppressWarnings("unchecked")
    Spinner<Integer> spinner = robot.lookup("#k-spinner").queryAs(Spinner.class);
    int before = spinner.getValue();
    // Tab through the window until the threshold has the keyboard focus
    int presses = 0;
    while (!focusedIn(spinner)) {
      robot.type(KeyCode.TAB);
      WaitForAsyncUtils.waitForFxEvents();
      assertTrue(++presses < 250, "Tab never reached the threshold");
    }
    robot.type(KeyCode.UP);
    robot.type(KeyCode.UP);
    WaitForAsyncUtils.waitForFxEvents();
    int k = before + 2;
    assertEquals(k, spinner.getValue(), "the arrow keys raised the threshold");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().policyProperty().get().k() == k);
    settle();
    assertEquals(k, vm().getThematic().input().cyp().policy().k(), "the map shows k = " + k);

    // Ctrl+E opens the dialog
    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commands().openDialog() != null);
    WaitForAsyncUtils.waitForFxEvents();
    MapExportDialog d = commands().openDialog();
    assertEquals(ExportFormat.PNG, d.settings().format());
    // Alt+P chooses PDF, Enter exports
    robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    RadioButton pdfButton = robot.lookup("#format-pdf").queryAs(RadioButton.class);
    assertTrue(
        pdfButton.isSelected(),
        "Alt+P selected PDF; dialog focused "
            + pdfButton.getScene().getWindow().isFocused()
            + ", focus owner "
            + pdfButton.getScene().getFocusOwner()
            + ", main focused "
            + window.stage().isFocused());
    assertEquals(ExportFormat.PDF, d.settings().format());
    robot.type(KeyCode.ENTER);
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> commands().openDialog() == null);
    } catch (TimeoutException e) {
      javafx.scene.control.Button ok =
          (javafx.scene.control.Button) robot.lookup("#export-map-ok").query();
      throw new AssertionError(
          "Enter did not export: focus "
              + pdfButton.getScene().getFocusOwner()
              + " ok default "
              + ok.isDefaultButton()
              + " disabled "
              + ok.isDisabled()
              + " showing "
              + d.dialog().isShowing()
              + " problem "
              + robot
                  .lookup("#export-problem")
                  .queryAs(javafx.scene.control.Label.class)
                  .getText());
    }
    awaitExport();

    assertEquals(List.of(OutputChooser.Target.MAP_FILE), asked);
    assertTrue(Files.isRegularFile(pdf), commands().outcomeProperty().get());
    assertTrue(Files.isRegularFile(dir.resolve("briefing.pdf.manifest.json")), "manifest beside");
    assertEquals(pdf, commands().lastFileProperty().get());
    assertTrue(
        vm().map().statusMessageProperty().get().contains("briefing.pdf"),
        "the status names the file: " + vm().map().statusMessageProperty().get());
    PublishedTable shown = vm().getThematic().input().cyp();
    DisclosurePolicy policy = shown.policy();
    String raw = text(pdf);
    String t = flat(raw);
    assertTrue(t.contains(Caveat.EXPLORATORY), "caveat: " + t);
    assertTrue(t.contains("OFFICIAL-SENSITIVE"), "marking");
    assertTrue(t.contains(flat(policy.statement())), "statement for k = " + k + ": " + t);
    assertTrue(t.contains("SYNTHETIC"), "synthetic label");

    // no hidden figure appears: the raw value of every hidden total or cell that is distinctive
    // (not also a published figure, and of two digits or more) is absent from the text
    Set<String> published = new HashSet<>();
    for (int i = 0; i < shown.cellCount(); i++) {
      if (shown.cell(i).isPublished()) {
        published.add(Integer.toString(shown.cell(i).value()));
      }
    }
    for (int r = 0; r < shown.wardCodes().size(); r++) {
      if (shown.wardTotal(r).isPublished()) {
        published.add(Integer.toString(shown.wardTotal(r).value()));
      }
    }
    for (int c = 0; c < shown.schoolUrns().size(); c++) {
      if (shown.schoolTotal(c).isPublished()) {
        published.add(Integer.toString(shown.schoolTotal(c).value()));
      }
    }
    Set<String> hidden = hiddenRawValues(vm().cypTableProperty().get(), shown);
    hidden.removeAll(published);
    hidden.removeIf(v -> v.length() < 2);
    assertFalse(hidden.isEmpty(), "the demo at k = " + k + " hides distinctive figures");
    // the numbers the page prints besides figures: legend rows ("9.6 – 15.6 (17 wards)"), flow
    // width samples (a lone round number), the date
    StringBuilder figures = new StringBuilder();
    String flowTitle = vm().getThematic().flowTitle();
    boolean flowLegend = false;
    for (String line : raw.split("\\R")) {
      String l = line.strip();
      flowLegend = l.equals(flowTitle) || (flowLegend && l.matches("[0-9,]+"));
      if (!flowLegend && !l.matches(".*\\(\\d+ wards?\\)")) {
        figures.append(l).append('\n');
      }
    }
    java.time.LocalDate today = java.time.LocalDate.now();
    Set<String> tokens = new HashSet<>(List.of(figures.toString().split("[^0-9]+")));
    tokens.removeAll(
        List.of(
            Integer.toString(today.getYear()),
            Integer.toString(today.getMonthValue()),
            String.format("%02d", today.getMonthValue()),
            Integer.toString(today.getDayOfMonth())));
    for (String v : hidden) {
      assertFalse(tokens.contains(v), "hidden figure " + v + " appears in the PDF: " + raw);
    }

    // the export is a release in the ledger
    List<PublicationLedger.Release> releases = vm().ledgerProperty().get().releases();
    // the CYP table, and the all-pupils table the demo's flow lines come from
    int tables =
        vm().disclosure().flowTableProperty().get() == vm().cypTableProperty().get() ? 1 : 2;
    assertEquals(tables, releases.size());
    for (PublicationLedger.Release r : releases) {
      assertTrue(r.purpose().contains("briefing.pdf"), r.purpose());
      assertEquals(k, r.policy().k());
    }
  }

  private static boolean focusedIn(Node n) {
    Node f = n.getScene().getFocusOwner();
    while (f != null) {
      if (f == n) {
        return true;
      }
      f = f.getParent();
    }
    return false;
  }

  /** Raw values of hidden cells and totals (test oracle: reads the raw table). */
  private static Set<String> hiddenRawValues(FlowTable raw, PublishedTable shown) {
    CountMatrix m = raw.matrix(FlowFilter.ALL);
    Set<String> out = new HashSet<>();
    for (int r = 0; r < m.rows(); r++) {
      String ward = m.wardCodes().get(r);
      long total = 0;
      for (int i = m.rowStart(r); i < m.rowEnd(r); i++) {
        total += m.value(i);
        if (shown.get(ward, m.schoolUrns().get(m.column(i))).isSuppressed()) {
          out.add(Long.toString(m.value(i)));
        }
      }
      if (shown.wardTotal(ward).isSuppressed()) {
        out.add(Long.toString(total));
      }
    }
    return out;
  }

  @Test
  void aPngAt150DpiIsAnA4SheetOfTheScreensExtent() throws Exception {
    settle();
    // zoom in so that the extent is not simply the whole city
    fx(
        () -> {
          vm().map().zoomIn();
          return null;
        });
    settle();
    Path png = dir.resolve("map.png");
    // the view and the screen's extent taken at the same moment
    Object[] both =
        fx(() -> new Object[] {ViewSnapshot.of(vm()), vm().map().getViewport().envelope()});
    ViewSnapshot view = (ViewSnapshot) both[0];
    Envelope screen = (Envelope) both[1];
    MapExportSettings s =
        new MapExportSettings(
            ExportFormat.PNG,
            150,
            PaperSize.A4,
            Orientation.LANDSCAPE,
            "Test",
            "",
            "OFFICIAL-SENSITIVE",
            true);
    fx(() -> commands().exportMap(view, s, png));
    awaitExport();
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, commands().outcomeProperty().get());
    // A4 landscape at 150 dpi: 297 × 210 mm
    assertEquals(Math.round(297 / 25.4 * 150), img.getWidth());
    assertEquals(Math.round(210 / 25.4 * 150), img.getHeight());

    ExportResult r =
        MapExports.exportMap(view, s.withFormat(ExportFormat.SVG), dir.resolve("m.svg"), x -> {});
    LayoutPainter.Geometry g = r.maps().get(0);
    assertEquals(screen.getMinX(), g.extent().getMinX(), 1e-6);
    assertEquals(screen.getMaxY(), g.extent().getMaxY(), 1e-6);
    // the frame shows the screen's extent whole and centred, touching it on one side
    double shownW = g.map().getWidth() * g.metresPerPoint();
    double shownH = g.map().getHeight() * g.metresPerPoint();
    assertTrue(shownW >= screen.getWidth() * 0.999 && shownH >= screen.getHeight() * 0.999);
    assertTrue(
        Math.abs(shownW / screen.getWidth() - 1) < 1e-3
            || Math.abs(shownH / screen.getHeight() - 1) < 1e-3,
        "fitted: " + shownW + " × " + shownH + " for " + screen);
  }

  @Test
  void aReleaseTheGuardRefusesWritesNothing() throws Exception {
    settle();
    // the same table was published before on other ward boundaries: the guard refuses
    fx(
        () ->
            vm().ledgerProperty()
                .get()
                .publish(
                    vm().cypTableProperty().get(),
                    FlowFilter.ALL,
                    vm().policyProperty().get(),
                    "Wards of another vintage",
                    "an earlier briefing"));
    int releases = vm().ledgerProperty().get().releases().size();
    Path pdf = dir.resolve("refused.pdf");
    ViewSnapshot view = fx(() -> ViewSnapshot.of(vm()));
    MapExportSettings s =
        new MapExportSettings(
            ExportFormat.PDF, 300, PaperSize.A4, Orientation.PORTRAIT, "T", "", "", false);
    fx(() -> commands().exportMap(view, s, pdf));
    awaitExport();
    assertFalse(Files.exists(pdf), "nothing written");
    assertFalse(Files.exists(dir.resolve("refused.pdf.manifest.json")), "no manifest");
    assertEquals(releases, vm().ledgerProperty().get().releases().size(), "nothing recorded");
    assertNotNull(commands().lastAlert(), "the refusal is shown");
    String shownText =
        ((javafx.scene.control.Label) commands().lastAlert().getDialogPane().getContent())
            .getText();
    assertTrue(shownText.contains("boundaries"), shownText);
    assertTrue(shownText.contains("Nothing was written"), shownText);
    // and the table and GeoPackage exports are refused too
    fx(() -> commands().exportTable(view, dir.resolve("table")));
    awaitExport();
    assertFalse(Files.exists(dir.resolve("table").resolve("cells.csv")));
  }
}
