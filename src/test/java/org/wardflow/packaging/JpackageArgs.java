package org.wardflow.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A jpackage argument file ({@code packaging/jpackage/*.args}) read the way jpackage reads it:
 * {@code #} comment lines, whitespace-separated tokens, double quotes grouping a token.
 */
final class JpackageArgs {
  private final Path file;
  private final List<String> tokens;

  private JpackageArgs(Path file, List<String> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  static JpackageArgs read(Path file) throws IOException {
    List<String> tokens = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      StringBuilder current = null;
      boolean quoted = false;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == '"') {
          quoted = !quoted;
          if (current == null) {
            current = new StringBuilder();
          }
        } else if (Character.isWhitespace(c) && !quoted) {
          if (current != null) {
            tokens.add(current.toString());
            current = null;
          }
        } else {
          if (current == null) {
            current = new StringBuilder();
          }
          current.append(c);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException(file + ": unbalanced quote in: " + line);
      }
      if (current != null) {
        tokens.add(current.toString());
      }
    }
    return new JpackageArgs(file, tokens);
  }

  Path file() {
    return file;
  }

  List<String> tokens() {
    return tokens;
  }

  /** The value of the first occurrence of an option, if present. */
  Optional<String> value(String option) {
    List<String> all = values(option);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The values of every occurrence of an option. */
  List<String> values(String option) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals(option)) {
        boolean missing =
            i + 1 >= tokens.size()
                || (tokens.get(i + 1).startsWith("--") && !isValueTaking(option));
        if (missing) {
          throw new IllegalArgumentException(file + ": option " + option + " has no value");
        }
        out.add(tokens.get(i + 1));
      }
    }
    return out;
  }

  /** True when a value-less flag such as {@code --linux-shortcut} is present. */
  boolean has(String flag) {
    return tokens.contains(flag);
  }

  /** Options whose value may itself start with {@code --} (a JVM option). */
  private static boolean isValueTaking(String option) {
    return option.equals("--java-options") || option.equals("--arguments");
  }
}
