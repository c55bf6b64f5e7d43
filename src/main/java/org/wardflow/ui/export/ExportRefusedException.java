package org.wardflow.ui.export;

/**
 * An export the disclosure rules do not allow: the differencing guard refused the release, or the
 * threshold is below the floor set for exports. Nothing was written and nothing was recorded; the
 * message is the plain-language explanation to show.
 */
public final class ExportRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param explanation why the export was refused and what to do
   */
  public ExportRefusedException(String explanation) {
    super(explanation);
  }
}
