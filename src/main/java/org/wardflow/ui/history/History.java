package org.wardflow.ui.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of view and style changes. Changes are {@link #record recorded} as they
 * happen; changes made by {@link #undo} and {@link #redo} themselves are ignored. An edit of the
 * same key as the previous one, recorded within {@value #COALESCE_MILLIS} ms of it, is merged into
 * it, so a slider drag, a drag of the map or a burst of scrolling is one step; an edit that merges
 * back to no change is dropped. Recording a new edit clears the redo stack. At most {@link
 * #limit()} steps are kept.
 *
 * <p>Toolkit-free (only {@code javafx.beans}); call it from one thread (the FX thread in the app).
 */
public final class History {
  /** Edits of the same key closer together than this are one step. */
  public static final long COALESCE_MILLIS = 500;

  /** The default number of steps kept. */
  public static final int DEFAULT_LIMIT = 200;

  private final LongSupplier clock;
  private final int limit;
  private final Deque<Edit> undo = new ArrayDeque<>();
  private final Deque<Edit> redo = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoText =
      new ReadOnlyStringWrapper(this, "undoText", "Undo");
  private final ReadOnlyStringWrapper redoText =
      new ReadOnlyStringWrapper(this, "redoText", "Redo");
  private boolean applying;
  private boolean mergeable;
  private long lastRecorded;

  /** A history on the system clock keeping {@value #DEFAULT_LIMIT} steps. */
  public History() {
    this(() -> System.nanoTime() / 1_000_000, DEFAULT_LIMIT);
  }

  /**
   * A history.
   *
   * @param clockMillis the time in milliseconds (any origin; tests pass a fake clock)
   * @param limit the number of undo steps kept (at least 1)
   */
  public History(LongSupplier clockMillis, int limit) {
    this.clock = Objects.requireNonNull(clockMillis, "clockMillis");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /** The number of undo steps kept. */
  public int limit() {
    return limit;
  }

  /**
   * Records an edit that has just been made. Ignored while an undo or redo is being applied.
   *
   * @param e the edit
   */
  public void record(Edit e) {
    Objects.requireNonNull(e, "edit");
    if (applying) {
      return;
    }
    long now = clock.getAsLong();
    Edit top = undo.peek();
    Edit merged = null;
    if (mergeable
        && top != null
        && e.key() != null
        && e.key().equals(top.key())
        && now - lastRecorded <= COALESCE_MILLIS) {
      merged = top.mergeWith(e);
    }
    if (merged != null) {
      undo.pop();
      if (!merged.isEmpty()) {
        undo.push(merged);
      }
    } else if (!e.isEmpty()) {
      undo.push(e);
      while (undo.size() > limit) {
        undo.removeLast();
      }
    }
    mergeable = true;
    lastRecorded = now;
    redo.clear();
    update();
  }

  /** Ends the current step: the next edit is never merged into the last one. */
  public void endStep() {
    mergeable = false;
  }

  /**
   * Undoes the last step.
   *
   * @return false when there was nothing to undo
   */
  public boolean undo() {
    Edit e = undo.poll();
    if (e == null) {
      return false;
    }
    apply(e::undo);
    redo.push(e);
    update();
    return true;
  }

  /**
   * Redoes the last step undone.
   *
   * @return false when there was nothing to redo
   */
  public boolean redo() {
    Edit e = redo.poll();
    if (e == null) {
      return false;
    }
    apply(e::redo);
    undo.push(e);
    update();
    return true;
  }

  private void apply(Runnable r) {
    applying = true;
    try {
      r.run();
    } finally {
      applying = false;
      mergeable = false;
    }
  }

  /** Forgets all steps. */
  public void clear() {
    undo.clear();
    redo.clear();
    mergeable = false;
    update();
  }

  /** True while an undo or redo is being applied (changes seen then are not edits). */
  public boolean isApplying() {
    return applying;
  }

  /** The names of the undo steps, most recent first. */
  public List<String> undoNames() {
    return undo.stream().map(Edit::name).toList();
  }

  /** The names of the redo steps, next first. */
  public List<String> redoNames() {
    return new ArrayList<>(redo.stream().map(Edit::name).toList());
  }

  /** True when there is a step to undo. */
  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  /** True when there is a step to redo. */
  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** The Undo menu label: "Undo Change Palette", or "Undo" when there is nothing to undo. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  /** The Redo menu label: "Redo Change Palette", or "Redo". */
  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  private void update() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
    undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().name());
    redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().name());
  }
}
