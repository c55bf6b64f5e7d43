package org.wardflow.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The undo stack on a fake clock: order, coalescing, redo, limit and labels. */
class HistoryTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final History h = new History(now::get, 3);
  private final SimpleStringProperty palette = new SimpleStringProperty("Blues");
  private final SimpleIntegerProperty k = new SimpleIntegerProperty(5);

  private void setPalette(String p) {
    String old = palette.get();
    palette.set(p);
    h.record(new ValueEdit<>("Change Palette", palette, old, p, palette::set));
  }

  private void setK(int v) {
    int old = k.get();
    k.set(v);
    h.record(new ValueEdit<Number>("Change Threshold", k, old, v, k::setValue));
  }

  @Test
  void undoAndRedoWalkTheStepsInOrder() {
    setPalette("Reds");
    now.addAndGet(1_000);
    setPalette("Greens");
    assertEquals("Undo Change Palette", h.undoTextProperty().get());
    assertTrue(h.undo());
    assertEquals("Reds", palette.get());
    assertTrue(h.undo());
    assertEquals("Blues", palette.get());
    assertFalse(h.undo());
    assertEquals("Undo", h.undoTextProperty().get());
    assertEquals("Redo Change Palette", h.redoTextProperty().get());
    assertTrue(h.redo());
    assertEquals("Reds", palette.get());
    assertTrue(h.redo());
    assertEquals("Greens", palette.get());
    assertFalse(h.canRedoProperty().get());
  }

  @Test
  void rapidChangesOfOnePropertyAreOneStep() {
    for (int v = 6; v <= 12; v++) {
      setK(v);
      now.addAndGet(40); // a slider drag: a change every 40 ms
    }
    assertEquals(List.of("Change Threshold"), h.undoNames());
    h.undo();
    assertEquals(5, k.get());
    h.redo();
    assertEquals(12, k.get());
  }

  @Test
  void changesFurtherApartThanTheIntervalAreSeparateSteps() {
    setK(6);
    now.addAndGet(History.COALESCE_MILLIS + 1);
    setK(7);
    assertEquals(2, h.undoNames().size());
  }

  @Test
  void changesOfDifferentPropertiesAreNeverMerged() {
    setK(6);
    setPalette("Reds");
    setK(7);
    assertEquals(List.of("Change Threshold", "Change Palette", "Change Threshold"), h.undoNames());
  }

  @Test
  void aDragBackToTheStartLeavesNoStep() {
    setK(8);
    now.addAndGet(50);
    setK(5);
    assertTrue(h.undoNames().isEmpty());
    assertFalse(h.canUndoProperty().get());
  }

  @Test
  void changesMadeByUndoAreNotRecorded() {
    palette.addListener(
        (obs, o, n) -> {
          if (!h.isApplying()) {
            h.record(new ValueEdit<>("Change Palette", palette, o, n, palette::set));
          }
        });
    palette.set("Reds");
    now.addAndGet(1_000);
    h.undo();
    assertEquals("Blues", palette.get());
    assertEquals(List.of("Change Palette"), h.redoNames());
    assertTrue(h.undoNames().isEmpty());
  }

  @Test
  void anEditAfterUndoIsNotMergedIntoTheStepBelowAndClearsRedo() {
    setK(6);
    now.addAndGet(1_000);
    setK(7);
    h.undo();
    setK(9); // within the interval of nothing: the undo ended the step
    assertEquals(List.of("Change Threshold", "Change Threshold"), h.undoNames());
    assertFalse(h.canRedoProperty().get());
    h.undo();
    assertEquals(6, k.get());
  }

  @Test
  void onlyTheLimitIsKept() {
    for (int v = 6; v <= 10; v++) {
      setK(v);
      now.addAndGet(1_000);
    }
    assertEquals(3, h.undoNames().size());
    while (h.undo()) {
      // undo all kept steps
    }
    assertEquals(7, k.get());
  }

  @Test
  void mergedEditsWithDifferentNamesTakeTheFamilyName() {
    Object key = new Object();
    SimpleIntegerProperty x = new SimpleIntegerProperty();
    h.record(new ValueEdit<Number>("Pan", "Change View", key, 0, 1, x::setValue));
    h.record(new ValueEdit<Number>("Zoom", "Change View", key, 1, 2, x::setValue));
    assertEquals(List.of("Change View"), h.undoNames());
    h.endStep();
    h.record(new ValueEdit<Number>("Zoom", "Change View", key, 2, 3, x::setValue));
    assertEquals(List.of("Zoom", "Change View"), h.undoNames());
  }
}
