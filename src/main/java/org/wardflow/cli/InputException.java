package org.wardflow.cli;

/**
 * An input file cannot be used: missing, unreadable, malformed, or with errors in its import
 * report. The message is one plain-language paragraph naming the file and, where known, the line or
 * feature; the command line prints it and exits with {@link Cli#ERRORS}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InputException(String message) {
    super(message);
  }
}
