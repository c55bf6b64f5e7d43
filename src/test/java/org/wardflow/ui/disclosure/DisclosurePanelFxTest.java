package org.wardflow.ui.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wardflow.testutil.GridFlows;
import org.wardflow.ui.BuiltInGeography;

/**
 * A slow republish (held back here by a manual background executor, as a large table's audit would
 * be) shows "auditing…" in the audit line without blocking the panel, then the audit result.
 */
@ExtendWith(ApplicationExtension.class)
class DisclosurePanelFxTest {
  /** Background work waits here until the test releases it. */
  private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

  private DisclosureViewModel model;
  private DisclosurePanel panel;

  @Start
  void start(Stage stage) {
    Executor background = held::add;
    model = new DisclosureViewModel(background, Platform::runLater);
    panel = new DisclosurePanel(model, BuiltInGeography::create);
    stage.setScene(new Scene(panel, 420, 640));
    stage.show();
  }

  private <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  private void release() {
    Runnable r;
    while ((r = held.poll()) != null) {
      r.run();
    }
  }

  private String auditText() throws Exception {
    return fx(() -> panel.auditLabel().getText());
  }

  @Test
  void aSlowRepublishSaysTheAuditIsRunningThenShowsTheResult() throws Exception {
    fx(
        () -> {
          model.tableProperty().set(GridFlows.table());
          return null;
        });
    release();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> auditText().startsWith("✔"));
    assertTrue(auditText().contains("Audit passed"), auditText());

    // move k; the republish is held back as a slow one would be
    fx(
        () -> {
          model.setPolicy(model.getPolicy().withK(7));
          return null;
        });
    assertTrue(fx(() -> model.publishingProperty().get()), "republish under way");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> auditText().contains(DisclosurePanel.AUDIT_RUNNING));
    // the panel stays responsive meanwhile: the slider still answers
    assertEquals(7.0, fx(() -> lookupSlider().getValue()), 0.0);

    release();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> auditText().contains("Audit passed"));
    assertFalse(auditText().contains(DisclosurePanel.AUDIT_RUNNING));
    assertEquals(7, fx(() -> model.getPublished().policy().k()));
  }

  private javafx.scene.control.Slider lookupSlider() {
    return (javafx.scene.control.Slider) panel.lookup("#k-slider");
  }
}
