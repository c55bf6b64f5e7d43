package org.wardflow.cli;

import java.io.PrintStream;

/** One command-line command. */
public interface Command {
  /** The command word, e.g. {@code validate}. */
  String name();

  /** One-line summary for {@code --help}. */
  String summary();

  /** Full usage text. */
  String usage();

  /**
   * Runs the command.
   *
   * @param args arguments after the command word
   * @param out standard output
   * @param err standard error
   * @return exit code (see {@link Cli})
   * @throws UsageException on bad arguments
   */
  int run(String[] args, PrintStream out, PrintStream err) throws UsageException;
}
