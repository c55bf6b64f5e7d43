package org.wardflow.cli;

/** Bad command-line arguments; the message says what is wrong. */
public class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UsageException(String message) {
    super(message);
  }
}
