package org.wardflow.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command-line dispatcher: {@code validate}, {@code render}, {@code synth}, {@code publish},
 * {@code rank}, {@code export} and {@code version}. Exit codes: 0 success (or a clean validation),
 * 1 warnings, 2 errors in the input, 64 usage error, 70 internal error. Sets {@code
 * java.awt.headless=true} (unless already set) and never starts the JavaFX toolkit. See {@code
 * docs/cli.md}.
 */
public final class Cli {
  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: completed with warnings. */
  public static final int WARNINGS = 1;

  /** Exit code: errors in the input. */
  public static final int ERRORS = 2;

  /** Exit code: bad command-line usage. */
  public static final int USAGE = 64;

  /** Exit code: unexpected internal failure. */
  public static final int INTERNAL = 70;

  private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

  static {
    register(new VersionCommand());
    register(new ValidateCommand());
    register(new RenderCommand());
    register(new SynthCommand());
    register(new PublishCommand());
    register(new RankCommand());
    register(new ExportCommand());
  }

  private Cli() {}

  private static void register(Command c) {
    COMMANDS.put(c.name(), c);
  }

  /** True when the first argument selects the command line rather than the GUI. */
  public static boolean isCommand(String arg) {
    return COMMANDS.containsKey(arg)
        || arg.equals("--help")
        || arg.equals("-h")
        || arg.equals("help")
        || arg.equals("--version");
  }

  /**
   * Runs a command.
   *
   * @param args command name and its arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (System.getProperty("java.awt.headless") == null) {
      // the commands draw with Java2D only; never look for a display
      System.setProperty("java.awt.headless", "true");
    }
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      printHelp(out);
      return OK;
    }
    if (args[0].equals("help")) {
      if (args.length > 1 && COMMANDS.containsKey(args[1])) {
        out.println(COMMANDS.get(args[1]).usage());
        return OK;
      }
      printHelp(out);
      return OK;
    }
    if (args[0].equals("--version")) {
      return COMMANDS.get("version").run(new String[0], out, err);
    }
    Command c = COMMANDS.get(args[0]);
    if (c == null) {
      err.println("wardflow: unknown command '" + args[0] + "'. Try 'wardflow --help'.");
      return USAGE;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
      out.println(c.usage());
      return OK;
    }
    try {
      return c.run(rest, out, err);
    } catch (UsageException e) {
      err.println("wardflow " + c.name() + ": " + e.getMessage());
      err.println(c.usage());
      return USAGE;
    } catch (InputException e) {
      err.println("wardflow " + c.name() + ": " + e.getMessage());
      return ERRORS;
    } catch (RuntimeException e) {
      err.println(
          "wardflow "
              + c.name()
              + ": internal error ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "). Please report this with the command you ran.");
      return INTERNAL;
    } catch (OutOfMemoryError e) {
      err.println(
          "wardflow "
              + c.name()
              + ": ran out of memory. Give Java more with -Xmx (e.g. java -Xmx4g -jar"
              + " wardflow.jar ...), or use smaller inputs.");
      return INTERNAL;
    } catch (StackOverflowError e) {
      err.println(
          "wardflow "
              + c.name()
              + ": internal error (stack overflow). Please report this with the command you ran.");
      return INTERNAL;
    }
  }

  private static void printHelp(PrintStream out) {
    out.println("Wardflow " + Version.get() + " — exploratory, not predictive.");
    out.println();
    out.println("Usage: java -jar wardflow.jar                 open the desktop app on the demo");
    out.println("       java -jar wardflow.jar COMMAND [ARGS]  run a command (no display needed)");
    out.println();
    out.println("Commands:");
    for (Command c : COMMANDS.values()) {
      out.printf("  %-10s %s%n", c.name(), c.summary());
    }
    out.println();
    out.println("'java -jar wardflow.jar COMMAND --help' describes a command.");
    out.println();
    out.println("Everything the commands write is published figures, through the disclosure");
    out.println("gate (threshold k >= 5), except synth, whose outputs are SYNTHETIC inputs.");
    out.println("Commands never start the JavaFX toolkit and need no display.");
    out.println();
    out.println("Exit codes:");
    out.println("  0   done");
    out.println("  1   done, with warnings (an input had rows skipped or repaired, or a list");
    out.println("      entry needs checking); outputs were written");
    out.println("  2   an input file cannot be used (the message names it); nothing written");
    out.println("  64  bad command-line usage");
    out.println("  70  internal error (a bug in Wardflow; please report it)");
  }
}
