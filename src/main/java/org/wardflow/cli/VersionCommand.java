package org.wardflow.cli;

import java.io.PrintStream;

/** {@code version}: prints the version. */
final class VersionCommand implements Command {
  @Override
  public String name() {
    return "version";
  }

  @Override
  public String summary() {
    return "print the version";
  }

  @Override
  public String usage() {
    return "Usage: wardflow version";
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    out.println("Wardflow " + Version.get());
    return Cli.OK;
  }
}
