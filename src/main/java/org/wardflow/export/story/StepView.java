package org.wardflow.export.story;

import java.util.Objects;
import org.wardflow.render.Legend;
import org.wardflow.render.Scene;

/**
 * What one step draws: the scene (published values only) and its legend.
 *
 * @param scene the scene for the one renderer
 * @param legend the legend, or null for none
 */
public record StepView(Scene scene, Legend legend) {
  /** Checks for null. */
  public StepView {
    Objects.requireNonNull(scene, "scene");
  }
}
