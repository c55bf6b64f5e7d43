package org.wardflow;

import org.wardflow.cli.Cli;

/**
 * Entry point of {@code wardflow.jar}. With a command as first argument ({@code validate}, {@code
 * render}, …, {@code --help}, {@code --version}) it runs the command line without starting JavaFX;
 * otherwise it opens the desktop application (optionally on the files given).
 *
 * <p>A plain class, not an {@code Application} subclass: launching the latter directly from the
 * classpath fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
  private Launcher() {}

  /**
   * Starts the GUI, or runs a command-line command when the first argument names one.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && Cli.isCommand(args[0])) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    startGui(args);
  }

  private static void startGui(String[] args) {
    org.wardflow.ui.WardflowApp.start(args);
  }
}
