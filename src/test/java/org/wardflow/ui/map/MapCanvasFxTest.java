package org.wardflow.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.ui.BuiltInGeography;

/** The frame pipeline on a real stage: preview while painting, stale frames, resizes. */
@ExtendWith(ApplicationExtension.class)
class MapCanvasFxTest {
  private final AtomicBoolean gateOpen = new AtomicBoolean(true);
  private final AtomicInteger sawCancel = new AtomicInteger();
  private MapViewModel vm;
  private MapCanvas canvas;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    vm = new MapViewModel();
    canvas =
        new MapCanvas(
            vm,
            (req, g, cancelled) -> {
              while (!gateOpen.get()) {
                if (cancelled.getAsBoolean()) {
                  sawCancel.incrementAndGet();
                  return;
                }
                Thread.onSpinWait();
              }
              g.setColor(new Color(0x336699));
              g.fillRect(0, 0, req.viewport().width(), req.viewport().height());
            });
    stage.setScene(new Scene(new StackPane(canvas), 640, 480));
    stage.show();
    vm.setGeography(BuiltInGeography.create());
  }

  private <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  private void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitUpToDate() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(canvas::isUpToDate));
  }

  private Transform preview() throws Exception {
    return fx(() -> canvas.imageView().getLocalToParentTransform());
  }

  @Test
  void thePreviousFrameIsMovedAtOnceWhileTheNextIsPainted() throws Exception {
    awaitUpToDate();
    assertEquals(0xFF336699, fx(() -> canvas.currentImage().getPixelReader().getArgb(5, 5)));
    gateOpen.set(false);
    fx(() -> vm.pan(40, 25));
    Transform t = preview();
    assertEquals(40, t.getTx(), 1e-9);
    assertEquals(25, t.getTy(), 1e-9);
    assertFalse(fx(canvas::isUpToDate), "the new frame is still being painted");

    fx(() -> vm.zoomAbout(2, 320, 240));
    t = preview();
    assertEquals(2, t.getMxx(), 1e-9, "zoom preview scales the old frame");
    assertEquals(320 - 2 * (320 - 40), t.getTx(), 1e-6, "about the zoom centre");

    gateOpen.set(true);
    awaitUpToDate();
    assertTrue(sawCancel.get() >= 1, "the superseded frame was cancelled");
    assertTrue(canvas.scheduler().cancelledFrames() >= 1);
    t = preview();
    assertEquals(1, t.getMxx(), 1e-9);
    assertEquals(0, t.getTx(), 1e-9);
    assertEquals(vm.getViewport(), canvas.displayedFrameProperty().get().viewport());
  }

  @Test
  void aResizedViewGetsAFrameOfTheNewSize() throws Exception {
    awaitUpToDate();
    double scale = vm.scaleDenominator();
    fx(
        () -> {
          stage.setWidth(500);
          stage.setHeight(360);
        });
    awaitUpToDate();
    FrameRequest r = canvas.displayedFrameProperty().get();
    assertEquals(Math.round(canvas.getWidth()), r.viewport().width());
    assertEquals(Math.round(canvas.getHeight()), r.viewport().height());
    assertEquals(r.pixelWidth(), (int) canvas.currentImage().getWidth());
    assertEquals(scale, vm.scaleDenominator(), 1e-6, "resizing keeps the scale");
  }

  @Test
  void theScaleBarShowsARoundDistanceThatFits() throws Exception {
    awaitUpToDate();
    String text = fx(canvas::scaleBarText);
    assertTrue(text.matches("(1|2|5|10|20|50|100|200|500)(0*) (m|km)"), text);
    double metres =
        text.endsWith("km")
            ? Double.parseDouble(text.replace(" km", "")) * 1000
            : Double.parseDouble(text.replace(" m", ""));
    double px = metres / vm.getViewport().metresPerPixel();
    assertTrue(px <= ScaleBar.MAX_WIDTH && px > ScaleBar.MAX_WIDTH / 2.5, "bar " + px + " px");
  }
}
