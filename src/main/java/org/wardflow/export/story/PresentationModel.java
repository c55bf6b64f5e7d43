package org.wardflow.export.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.wardflow.disclosure.DisclosurePolicy;

/**
 * Presentation mode without the toolkit: which step is shown, stepping forwards and back, and what
 * each shown step publishes. Thresholds are locked at or above the policy floor (a step below it is
 * shown at the floor and {@link Shown#floorNotice()} says so). Each step is published through the
 * {@link StepPublisher} the first time it is shown (so it is recorded once in the ledger per
 * presentation), then reused. Not thread-safe; use from one thread (the FX thread).
 */
public final class PresentationModel {
  private final Storyboard storyboard;
  private final StepPublisher publisher;
  private final Map<String, Publication> published = new HashMap<>();
  private final List<Consumer<Shown>> listeners = new ArrayList<>();
  private int index;

  /**
   * What is on screen.
   *
   * @param index 0-based step index
   * @param count number of steps
   * @param step the step
   * @param policy the policy actually applied (at or above the floor)
   * @param floorNotice non-empty when the step's k was raised to the floor
   * @param publication the published table (or refusal)
   */
  public record Shown(
      int index,
      int count,
      StoryStep step,
      DisclosurePolicy policy,
      String floorNotice,
      Publication publication) {
    /** "Step 2 of 3". */
    public String position() {
      return "Step " + (index + 1) + " of " + count;
    }
  }

  /**
   * A presentation of a storyboard.
   *
   * @param storyboard the steps (not empty)
   * @param publisher publishes each step through the disclosure gate (and the ledger)
   */
  public PresentationModel(Storyboard storyboard, StepPublisher publisher) {
    this.storyboard = Objects.requireNonNull(storyboard, "storyboard");
    if (storyboard.isEmpty()) {
      throw new IllegalArgumentException("The storyboard has no steps to present.");
    }
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /** The storyboard presented. */
  public Storyboard storyboard() {
    return storyboard;
  }

  /** Current 0-based index. */
  public int index() {
    return index;
  }

  /** Listens to every step change (called with the new step). */
  public void addListener(Consumer<Shown> l) {
    listeners.add(Objects.requireNonNull(l));
  }

  /** The current step, published (publishing it if this is its first showing). */
  public Shown current() {
    StoryStep s = storyboard.get(index);
    DisclosurePolicy p = s.effectivePolicy();
    Publication pub =
        published.computeIfAbsent(
            s.id() + "|" + p, key -> publisher.publish(s, p, "presentation: " + s.title()));
    return new Shown(index, storyboard.size(), s, p, s.floorNotice(), pub);
  }

  /** Next step; false at the end. */
  public boolean next() {
    return goTo(index + 1);
  }

  /** Previous step; false at the start. */
  public boolean previous() {
    return goTo(index - 1);
  }

  /** First step. */
  public boolean first() {
    return goTo(0);
  }

  /** Last step. */
  public boolean last() {
    return goTo(storyboard.size() - 1);
  }

  /**
   * Shows a step.
   *
   * @param i 0-based index; out of range is ignored
   * @return true when the shown step changed
   */
  public boolean goTo(int i) {
    if (i < 0 || i >= storyboard.size() || i == index) {
      return false;
    }
    index = i;
    Shown s = current();
    for (Consumer<Shown> l : List.copyOf(listeners)) {
      l.accept(s);
    }
    return true;
  }

  /** Number of distinct publications made so far (one per step and policy shown). */
  public int publications() {
    return published.size();
  }
}
