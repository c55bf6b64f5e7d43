package org.wardflow.ui.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.testutil.SharedData;
import org.wardflow.ui.DemoWindow;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.Notifier;
import org.wardflow.ui.layers.ThematicMap;

/**
 * The real window built as the app builds it: the Edit menu sits after File, a palette chosen in
 * the Ward choropleth combo is undone with Ctrl+Z (palette and legend back) and redone with
 * Ctrl+Shift+Z, a threshold slider drag is one undo step, and opening a file shows a notification.
 */
@ExtendWith(ApplicationExtension.class)
class ComfortFxTest {
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = DemoWindow.open(stage);
  }

  private MainViewModel vm() {
    return window.viewModel();
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
              && t.input().choropleth().equals(vm().style().choropleth())
              && !vm().isWorking();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private int[] legendPixels(FxRobot robot) throws Exception {
    ImageView iv = robot.lookup("#legend-image").queryAs(ImageView.class);
    return fx(
        () -> {
          Image img = iv.getImage();
          int w = (int) img.getWidth();
          int h = (int) img.getHeight();
          int[] px = new int[w * h];
          img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
          return px;
        });
  }

  private void pause() {
    // later changes of the same setting would otherwise be merged into the same undo step
    WaitForAsyncUtils.sleep(History.COALESCE_MILLIS + 150, TimeUnit.MILLISECONDS);
  }

  @Test
  void editMenuFollowsFileAndShowsTheActionToUndo(FxRobot robot) throws Exception {
    settle();
    List<Menu> menus = window.menuBar().getMenus();
    assertEquals("File", menus.get(0).getText());
    assertEquals("Edit", menus.get(1).getText());
    assertEquals("View", window.viewMenu().getText(), "viewMenu() still finds View");
    MenuItem undo = menus.get(1).getItems().get(0);
    assertTrue(undo.isDisable(), "nothing to undo after opening the demo");
    WaitForAsyncUtils.asyncFx(() -> vm().style().paletteProperty().set("Greens"))
        .get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Undo Change Palette", undo.getText());
    assertFalse(undo.isDisable());
  }

  @Test
  void ctrlZRestoresThePaletteAndLegendAndCtrlShiftZReappliesIt(FxRobot robot) throws Exception {
    settle();
    String before = vm().style().paletteProperty().get();
    int[] legendBefore = legendPixels(robot);

    // make room in the left column: fold the panes above the Ward choropleth
    robot.clickOn(robot.lookup("#layers-pane .title").queryAs(Node.class));
    robot.clickOn(robot.lookup("#disclosure-pane .title").queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#palette");
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    settle();
    String changed = vm().style().paletteProperty().get();
    assertNotEquals(before, changed, "the combo chose another palette");
    int[] legendChanged = legendPixels(robot);
    assertFalse(java.util.Arrays.equals(legendBefore, legendChanged), "the legend follows");

    pause();
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    settle();
    assertEquals(before, vm().style().paletteProperty().get());
    assertArrayEquals(legendBefore, legendPixels(robot), "the legend is the one before");
    assertEquals(
        before,
        fx(() -> robot.lookup("#palette").queryComboBox().getValue().toString()).split(" ")[0],
        "the combo shows the palette restored");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
        .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
    settle();
    assertEquals(changed, vm().style().paletteProperty().get());
    assertArrayEquals(legendChanged, legendPixels(robot));

    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
    settle();
    assertEquals(changed, vm().style().paletteProperty().get(), "Ctrl+Y redoes too");
  }

  @Test
  void aThresholdSliderDragIsOneUndoStep(FxRobot robot) throws Exception {
    settle();
    int k0 = vm().policyProperty().get().k();
    Node thumb = robot.lookup("#k-slider .thumb").query();
    robot.drag(thumb, MouseButton.PRIMARY).moveBy(70, 0).drop();
    settle();
    int k1 = vm().policyProperty().get().k();
    assertTrue(k1 > k0 + 1, "the drag passed several values of k: " + k0 + " → " + k1);
    Menu edit = window.menuBar().getMenus().get(1);
    assertEquals("Undo Change Threshold", edit.getItems().get(0).getText());

    pause();
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    settle();
    assertEquals(k0, vm().policyProperty().get().k(), "one undo goes back to before the drag");
    assertEquals(k0, vm().getPublished().policy().k(), "and republishes");
    assertEquals(
        k0,
        fx(
            () ->
                (int)
                    robot
                        .lookup("#k-slider")
                        .queryAs(javafx.scene.control.Slider.class)
                        .getValue()));
    assertEquals("Undo", edit.getItems().get(0).getText());
  }

  @Test
  void openingAFileShowsANotification(FxRobot robot) throws Exception {
    Path wards = SharedData.file("wm_wards_2025_bgc_bng.geojson");
    settle();
    Notifier n = Notifier.of(window);
    int before = n.history().size();
    fx(() -> window.openFiles(List.of(wards)));
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> n.history().size() > before);
    WaitForAsyncUtils.waitForFxEvents();
    Notifier.Note note = n.history().get(n.history().size() - 1);
    assertEquals("Opened wm_wards_2025_bgc_bng.geojson", note.title());
    assertTrue(note.text().contains("192"), note.text());
    Label title =
        robot
            .lookup(".notification-title")
            .match((Label l) -> l.getText().equals(note.title()))
            .queryAs(Label.class);
    assertTrue(title.isVisible() && title.getScene().getWindow().isShowing());
    assertTrue(robot.lookup(".alert").tryQuery().isEmpty(), "no dialog");
  }
}
