package org.wardflow.io;

import java.nio.file.Path;

/**
 * A file could not be imported at all. The message is one plain-language paragraph naming the file
 * and, where known, the line or feature; it is shown to users as it is.
 */
public class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** Creates an exception for a file. */
  public ImportException(Path file, String message) {
    super(message);
    this.file = file;
  }

  /** Creates an exception for a file with a cause. */
  public ImportException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }
}
