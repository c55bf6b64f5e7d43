package org.wardflow.export.story;

import org.wardflow.disclosure.PublishedTable;

/**
 * Builds what a step draws from its published table. The main window may supply its own (so slides
 * look exactly like the analysis view); {@link PublishedScenes} is the default.
 */
@FunctionalInterface
public interface StepSceneFactory {
  /**
   * The view of a step.
   *
   * @param step the step (layers, selection, classification)
   * @param table its published table
   */
  StepView build(StoryStep step, PublishedTable table);
}
