package org.wardflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal {@code --name value} argument parsing shared by the commands. Flags listed as boolean
 * take no value; everything not starting with {@code --} is positional.
 */
public final class Args {
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * Parses arguments.
   *
   * @param args raw arguments
   * @param known option names accepted (without {@code --})
   * @param booleans the subset of {@code known} that take no value
   * @throws UsageException on unknown options or a missing value
   */
  public static Args parse(String[] args, Set<String> known, Set<String> booleans) {
    Args a = new Args();
    for (int i = 0; i < args.length; i++) {
      String s = args[i];
      if (s.startsWith("--")) {
        String name = s.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (!known.contains(name)) {
          throw new UsageException("unknown option --" + name);
        }
        if (booleans.contains(name)) {
          value = value == null ? "true" : value;
        } else if (value == null) {
          if (i + 1 >= args.length) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args[++i];
        }
        a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  /** Positional arguments. */
  public List<String> positional() {
    return positional;
  }

  /** True when an option was given. */
  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** The last value of an option, or null. */
  public String get(String name) {
    List<String> v = options.get(name);
    return v == null ? null : v.get(v.size() - 1);
  }

  /** The value of an option, or a default. */
  public String get(String name, String dflt) {
    String v = get(name);
    return v == null ? dflt : v;
  }

  /** A required option. */
  public String require(String name) {
    String v = get(name);
    if (v == null) {
      throw new UsageException("missing required option --" + name);
    }
    return v;
  }

  /** A required path option. */
  public Path requirePath(String name) {
    return Path.of(require(name));
  }

  /** An integer option with a default. */
  public int getInt(String name, int dflt) {
    String v = get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, was '" + v + "'");
    }
  }

  /** A long option with a default. */
  public long getLong(String name, long dflt) {
    String v = get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, was '" + v + "'");
    }
  }

  /** A {@code WIDTHxHEIGHT} option with a default. */
  public int[] getSize(String name, int w, int h) {
    String v = get(name);
    if (v == null) {
      return new int[] {w, h};
    }
    String[] p = v.toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      int[] r = {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
      if (p.length != 2 || r[0] <= 0 || r[1] <= 0 || r[0] > 20000 || r[1] > 20000) {
        throw new NumberFormatException();
      }
      return r;
    } catch (RuntimeException e) {
      throw new UsageException("--" + name + " must look like 1920x1080, was '" + v + "'");
    }
  }
}
