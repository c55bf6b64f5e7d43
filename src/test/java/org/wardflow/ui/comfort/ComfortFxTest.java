package org.wardflow.ui.comfort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.io.demo.DemoData;
import org.wardflow.ui.AppData;
import org.wardflow.ui.AppServices;
import org.wardflow.ui.Glossary;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.RecentFiles;
import org.wardflow.ui.Workbench;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.layers.ThematicPainter;
import org.wardflow.ui.load.WardflowLoader;

/**
 * The comfort features in the real window built as the app builds it ({@code new MainWindow} then
 * {@code Workbench.install}), driven through menus and keys: theme switch keeps the map drawn and
 * recolours chrome and map, text size enlarges labels, the tour steps and closes with Esc, the
 * glossary rewords the caveat and legend headings and refuses "offender", and every control has a
 * tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class ComfortFxTest {
  private MainWindow window;
  private final FxRobot robot = new FxRobot();

  @Start
  void start(Stage stage) {
    AppServices services =
        new AppServices(
            () -> DemoData.load().geography(),
            new ThematicPainter(),
            new WardflowLoader(),
            RecentFiles.inMemory(),
            AppData::demo);
    try {
      // each test starts with Wardflow's own wording
      java.nio.file.Files.deleteIfExists(ComfortSettings.forApp().glossaryFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    window = new MainWindow(services);
    Workbench.install(window);
    window.show(stage);
  }

  private Comfort comfort() {
    return Comfort.of(window);
  }

  /**
   * Chooses a menu item of the real menu bar by its path of labels, e.g. View ▸ Theme ▸ Dark (as a
   * click on it does: the item fires its action).
   */
  private void choose(String... path) throws Exception {
    fx(
        () -> {
          List<javafx.scene.control.MenuItem> items = new ArrayList<>(window.menuBar().getMenus());
          javafx.scene.control.MenuItem found = null;
          for (String label : path) {
            found = null;
            for (javafx.scene.control.MenuItem mi : items) {
              if (mi.getText() != null && mi.getText().replace("_", "").equals(label)) {
                found = mi;
              }
            }
            assertNotNull(found, "menu item " + label + " of " + String.join(" ▸ ", path));
            if (found instanceof javafx.scene.control.Menu m) {
              items = new ArrayList<>(m.getItems());
            }
          }
          assertFalse(found.isDisable(), String.join(" ▸ ", path) + " enabled");
          found.fire();
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
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
          ThematicMap t = window.viewModel().getThematic();
          return window.viewModel().map().getGeography() != null
              && t != null
              && t.input().geography() == window.viewModel().map().getGeography()
              && !window.viewModel().isWorking()
              && window.map().isUpToDate();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Mean luminance (0–1) and number of distinct colours of the map image on screen. */
  private double[] mapStats() throws Exception {
    return fx(
        () -> {
          Image img = window.map().currentImage();
          PixelReader r = img.getPixelReader();
          Set<Integer> colours = new HashSet<>();
          double sum = 0;
          int n = 0;
          for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
              int argb = r.getArgb(x, y);
              colours.add(argb);
              Color c = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
              sum += 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
              n++;
            }
          }
          return new double[] {sum / n, colours.size()};
        });
  }

  /** Luminance of a region's first background fill. */
  private double backgroundLuminance(String selector) throws Exception {
    return fx(
        () -> {
          Region r = robot.lookup(selector).queryAs(Region.class);
          Background b = r.getBackground();
          assertNotNull(b, selector + " has a background");
          BackgroundFill f = b.getFills().get(b.getFills().size() - 1);
          Color c = (Color) f.getFill();
          return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        });
  }

  @Test
  void themeSwitchFromTheMenuRecoloursChromeAndMapAndKeepsItDrawn() throws Exception {
    settle();
    double[] light = mapStats();
    double chromeLight = backgroundLuminance(".tool-bar");
    assertTrue(chromeLight > 0.8, "light tool bar: " + chromeLight);

    choose("View", "Theme", "Dark");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Theme.DARK, comfort().themeProperty().get());
    settle();
    double[] dark = mapStats();
    assertTrue(dark[1] > 20, "a drawn map after the switch, " + dark[1] + " colours");
    assertTrue(
        dark[0] < light[0] - 0.2, "the map base is dark: " + dark[0] + " vs light " + light[0]);
    assertTrue(
        fx(() -> window.viewModel().getThematic().style().background().getRed() < 60),
        "dark map background in the thematic style");
    double chromeDark = backgroundLuminance(".tool-bar");
    assertTrue(chromeDark < 0.3, "dark tool bar: " + chromeDark);
    assertTrue(backgroundLuminance(".caveat-banner") < 0.3, "dark caveat banner");

    choose("View", "Theme", "High contrast");
    WaitForAsyncUtils.waitForFxEvents();
    settle();
    double[] hc = mapStats();
    assertTrue(hc[1] > 20, "a drawn map in high contrast, " + hc[1] + " colours");
    assertEquals(
        java.awt.Color.WHITE, fx(() -> window.viewModel().getThematic().style().background()));
    assertTrue(backgroundLuminance(".tool-bar") > 0.95, "white tool bar in high contrast");
    assertEquals(Theme.HIGH_CONTRAST, comfort().settings().theme(), "remembered");

    choose("View", "Theme", "Light");
    WaitForAsyncUtils.waitForFxEvents();
    settle();
    assertEquals(light[0], mapStats()[0], 0.02, "back to the light map");
  }

  @Test
  void largerTextFromTheKeyboardEnlargesLabelsAndIsRemembered() throws Exception {
    settle();
    double caveat = fx(() -> robot.lookup("#caveat").queryAs(Label.class).getFont().getSize());
    double selection =
        fx(() -> robot.lookup("#selection-title").queryAs(Label.class).getFont().getSize());
    robot.clickOn("#map");
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
    robot.release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
    robot.release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(120, comfort().textPercentProperty().get());
    assertEquals(120, comfort().settings().textPercent());
    double caveat2 = fx(() -> robot.lookup("#caveat").queryAs(Label.class).getFont().getSize());
    double selection2 =
        fx(() -> robot.lookup("#selection-title").queryAs(Label.class).getFont().getSize());
    assertEquals(caveat * 1.2, caveat2, 0.2, "caveat text 120%");
    assertEquals(selection * 1.2, selection2, 0.2, "em-sized heading follows the root size");

    fx(
        () -> {
          comfort().textPercentProperty().set(500);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    double big = fx(() -> robot.lookup("#caveat").queryAs(Label.class).getFont().getSize());
    assertEquals(caveat * 2, big, 0.3, "capped at 200%");
    choose("View", "Text Size", "Reset (100%)");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        caveat, fx(() -> robot.lookup("#caveat").queryAs(Label.class).getFont().getSize()), 0.01);
  }

  @Test
  void tourShowsStepsAndClosesWithEscape() throws Exception {
    settle();
    assertFalse(comfort().settings().tourSeen(), "tests start without the first-run tour");
    assertTrue(robot.lookup("#tour-callout").tryQuery().isEmpty(), "no tour in tests by default");
    choose("Help", "Show Tour");
    WaitForAsyncUtils.waitForFxEvents();
    Tour tour = comfort().tour();
    assertNotNull(tour);
    assertTrue(tour.isShowing());
    assertEquals(0, tour.stepProperty().get());
    assertTrue(fx(() -> window.map().getStyleClass().contains(Tour.TARGET_CLASS)), "map glows");
    Labeled title = robot.lookup(".tour-title").queryAs(Labeled.class);
    assertEquals("What the map shows", title.getText());

    robot.clickOn("#tour-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, tour.stepProperty().get());
    assertEquals("The disclosure threshold", title.getText());
    assertFalse(window.map().getStyleClass().contains(Tour.TARGET_CLASS), "map no longer glows");
    // the callout sits next to the threshold control it describes
    Node k = robot.lookup("#k-spinner").query();
    Node callout = tour.callout();
    double dy =
        fx(
            () ->
                callout.localToScreen(callout.getBoundsInLocal()).getMinY()
                    - k.localToScreen(k.getLayoutBounds()).getMaxY());
    assertTrue(dy >= 0 && dy < 40, "callout just below the threshold control: " + dy);

    robot.clickOn("#tour-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, tour.stepProperty().get());
    assertTrue(title.getText().contains("FICTIONAL"));
    robot.clickOn("#tour-back");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, tour.stepProperty().get());

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(tour.isShowing(), "Esc ends the tour");
    assertEquals(-1, tour.stepProperty().get());
    assertFalse(fx(() -> callout.getScene().getWindow().isShowing()));
    assertTrue(comfort().settings().tourSeen(), "not shown again at the next start");
  }

  @Test
  void glossaryFromPreferencesRewordsTheCaveatAndLegend() throws Exception {
    settle();
    Label caveat = robot.lookup("#caveat").queryAs(Label.class);
    assertTrue(caveat.getText().contains("children and young people"));
    String legendTitle = fx(() -> window.viewModel().getThematic().choropleth().title());
    assertTrue(legendTitle.contains("CYP"), legendTitle);

    robot.clickOn("#map");
    robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Glossary");
    robot.doubleClickOn("#glossary-cyp-long");
    fx(
        () -> {
          robot.lookup("#glossary-cyp-long").queryAs(TextField.class).clear();
          return null;
        });
    robot.clickOn("#glossary-cyp-long").write("young people in our care");
    fx(
        () -> {
          robot.lookup("#glossary-cyp-short").queryAs(TextField.class).clear();
          return null;
        });
    robot.clickOn("#glossary-cyp-short").write("YP");
    robot.clickOn("#preferences-ok");
    WaitForAsyncUtils.waitForFxEvents();
    settle();

    assertEquals(
        "Exploratory, not predictive · young people in our care · published figures only",
        caveat.getText());
    String reworded = fx(() -> window.viewModel().getThematic().choropleth().title());
    assertEquals(legendTitle.replace("CYP", "YP"), reworded, "legend heading reworded");
    assertTrue(
        java.nio.file.Files.readString(comfort().settings().glossaryFile())
            .contains("cyp.long = young people in our care"),
        "saved in the settings folder");

    // and back: the original wording returns (not a rewording of the rewording)
    fx(
        () -> {
          comfort().glossaryProperty().set(Glossary.defaults());
          return null;
        });
    assertTrue(caveat.getText().contains("· children and young people ·"), caveat.getText());
  }

  @Test
  void aWordingWithOffenderIsRefused() throws Exception {
    settle();
    robot.clickOn("#map");
    robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Glossary");
    fx(
        () -> {
          robot.lookup("#glossary-cyp-long").queryAs(TextField.class).clear();
          return null;
        });
    robot.clickOn("#glossary-cyp-long").write("young offenders");
    WaitForAsyncUtils.waitForFxEvents();
    Label problem = robot.lookup("#glossary-problem").queryAs(Label.class);
    assertTrue(problem.getText().contains("not allowed"), problem.getText());
    assertTrue(problem.getText().contains("offenders"), problem.getText());
    Button ok = robot.lookup("#preferences-ok").queryAs(Button.class);
    assertTrue(ok.isDisabled(), "OK is refused while a wording is not allowed");
    robot.type(KeyCode.ENTER);
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(comfort().glossaryProperty().get().isDefault(), "glossary unchanged");
    assertTrue(
        robot.lookup("#caveat").queryAs(Label.class).getText().contains("children and young"));
  }

  @Test
  void aboutListsLicencesAndAttributions() throws Exception {
    settle();
    choose("Help", "About Wardflow");
    WaitForAsyncUtils.waitForFxEvents();
    TabPane tabs = robot.lookup("#about-tabs").queryAs(TabPane.class);
    assertEquals(4, tabs.getTabs().size());
    String licences =
        robot.lookup("#about-licences").queryAs(javafx.scene.control.TextArea.class).getText();
    for (String s : new String[] {"OpenJFX", "ControlsFX", "JTS", "Proj4J", "PDFBox", "JFreeSVG"}) {
      assertTrue(licences.contains(s), "licences list " + s);
    }
    String data =
        robot.lookup("#about-data").queryAs(javafx.scene.control.TextArea.class).getText();
    assertTrue(data.contains("Open Government Licence v3.0"));
    assertTrue(data.contains("EPSG Geodetic Parameter Dataset"));
    assertTrue(data.contains("IOGP"));
    robot.clickOn("Close");
  }

  @Test
  void everyControlOfTheMainWindowHasATooltipOrAccessibleText() throws Exception {
    settle();
    List<String> missing =
        fx(
            () -> {
              List<String> out = new ArrayList<>();
              walk(window.root(), out);
              return out;
            });
    assertTrue(
        missing.isEmpty(),
        "controls without a tooltip or accessible text:\n" + String.join("\n", missing));
    // the walk looks at real controls: it finds the threshold spinner and the open button
    assertNotEquals(
        0,
        fx(
            () -> {
              List<Control> found = new ArrayList<>();
              collect(window.root(), found);
              return found.size();
            }));
  }

  private static boolean checked(Node n) {
    return n instanceof Button
        || n instanceof ToggleButton
        || n instanceof ComboBox
        || n instanceof CheckBox
        || n instanceof Slider
        || n instanceof Spinner
        || n instanceof TextField;
  }

  private static void collect(Node n, List<Control> out) {
    if (checked(n)) {
      out.add((Control) n);
      return;
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }

  private static void walk(Node n, List<String> missing) {
    if (checked(n)) {
      Control c = (Control) n;
      boolean tip = c.getTooltip() != null && !c.getTooltip().getText().isBlank();
      boolean acc = c.getAccessibleText() != null && !c.getAccessibleText().isBlank();
      if (!tip && !acc) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        missing.add(
            c.getClass().getSimpleName()
                + text
                + (c.getId() == null ? "" : " #" + c.getId())
                + " in "
                + path(c));
      }
      return; // a control's own parts (a spinner's editor) are the control's
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        walk(c, missing);
      }
    }
  }

  private static String path(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p.getId() != null) {
        sb.append(sb.length() == 0 ? "" : " < ").append('#').append(p.getId());
      }
    }
    return sb.toString();
  }
}
