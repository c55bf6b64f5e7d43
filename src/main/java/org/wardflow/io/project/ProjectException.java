package org.wardflow.io.project;

import java.io.IOException;

/**
 * A project file could not be read or written; the message is one plain paragraph naming the file
 * (and the line when the JSON is malformed).
 */
public final class ProjectException extends IOException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public ProjectException(String message) {
    super(message);
  }

  /** With a message and the underlying cause. */
  public ProjectException(String message, Throwable cause) {
    super(message, cause);
  }
}
