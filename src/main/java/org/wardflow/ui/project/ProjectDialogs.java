package org.wardflow.ui.project;

import java.nio.file.Path;
import org.wardflow.io.project.ProjectLoadReport.SourceCheck;

/**
 * The questions project commands ask the user: file choosers and confirmations. The app uses {@link
 * FxProjectDialogs}; tests pass answers directly, so the real commands run without modal windows.
 */
public interface ProjectDialogs {

  /** What to do with unsaved changes. */
  enum Unsaved {
    /** Save them first. */
    SAVE,
    /** Throw them away. */
    DISCARD,
    /** Do not go on. */
    CANCEL
  }

  /**
   * Asks where to open a project from.
   *
   * @param folder the folder to start in, or null
   * @return the chosen file, or null when cancelled
   */
  Path chooseProjectToOpen(Path folder);

  /**
   * Asks where to save a project.
   *
   * @param suggested the suggested file (folder and name), or null
   * @return the chosen file, or null when cancelled
   */
  Path chooseProjectToSave(Path suggested);

  /**
   * Tells the user that an input of the project is missing or changed and offers to locate it.
   *
   * @param problem the check naming the file and what is wrong with it
   * @return the file the user located, or null to go on without it
   */
  Path relocate(SourceCheck problem);

  /**
   * Asks what to do with unsaved changes before they would be lost.
   *
   * @param projectName the project's name
   * @param action what is about to happen, e.g. "opening another project"
   */
  Unsaved unsavedChanges(String projectName, String action);

  /**
   * Asks for the project's title and protective marking.
   *
   * @param title the current title
   * @param marking the current marking
   * @return the new title and marking (two elements), or null when cancelled
   */
  String[] properties(String title, String marking);

  /**
   * Shows a problem in one plain paragraph.
   *
   * @param title short heading
   * @param message what went wrong and what to do
   */
  void error(String title, String message);
}
