package org.wardflow.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the command line: the exit code and what was printed.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code Cli.run(args, out, err)} and captures both streams. */
  static CliRun of(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
      code = Cli.run(args, po, pe);
    }
    return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** Lines of standard output starting with a prefix. */
  List<String> outLines(String prefix) {
    return out.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  /** For assertion messages. */
  String describe() {
    return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
