package org.wardflow.export.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of {@link StoryStep}s — the committee walkthrough. Immutable: every edit returns
 * a new storyboard, so undo and autosave can keep snapshots. Indexes are 0-based.
 *
 * @param steps the steps in presentation order
 */
public record Storyboard(List<StoryStep> steps) {

  /** The empty storyboard. */
  public static final Storyboard EMPTY = new Storyboard(List.of());

  /** Copies; step ids must be unique. */
  public Storyboard {
    steps = List.copyOf(steps);
    if (steps.stream().map(StoryStep::id).distinct().count() != steps.size()) {
      throw new IllegalArgumentException("storyboard step ids must be unique");
    }
  }

  /** Number of steps. */
  public int size() {
    return steps.size();
  }

  /** True when there are no steps. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The step at an index. */
  public StoryStep get(int index) {
    return steps.get(index);
  }

  /** Index of the step with this id, or -1. */
  public int indexOf(String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** This storyboard with a step appended. */
  public Storyboard add(StoryStep step) {
    return insert(steps.size(), step);
  }

  /** This storyboard with a step inserted at an index (0..size). */
  public Storyboard insert(int index, StoryStep step) {
    Objects.checkIndex(index, steps.size() + 1);
    List<StoryStep> l = new ArrayList<>(steps);
    l.add(index, Objects.requireNonNull(step, "step"));
    return new Storyboard(l);
  }

  /** This storyboard with the step at {@code from} moved to {@code to} (both 0..size-1). */
  public Storyboard move(int from, int to) {
    Objects.checkIndex(from, steps.size());
    Objects.checkIndex(to, steps.size());
    List<StoryStep> l = new ArrayList<>(steps);
    l.add(to, l.remove(from));
    return new Storyboard(l);
  }

  /** This storyboard with the step at an index replaced. */
  public Storyboard set(int index, StoryStep step) {
    Objects.checkIndex(index, steps.size());
    List<StoryStep> l = new ArrayList<>(steps);
    l.set(index, Objects.requireNonNull(step, "step"));
    return new Storyboard(l);
  }

  /** This storyboard with a step renamed. */
  public Storyboard rename(int index, String title) {
    return set(index, get(index).withTitle(title));
  }

  /** This storyboard without the step at an index. */
  public Storyboard remove(int index) {
    Objects.checkIndex(index, steps.size());
    List<StoryStep> l = new ArrayList<>(steps);
    l.remove(index);
    return new Storyboard(l);
  }
}
