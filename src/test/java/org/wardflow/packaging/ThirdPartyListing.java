package org.wardflow.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence listing {@code org/wardflow/licenses/THIRD-PARTY.txt} parsed into its entries: blocks
 * of {@code Key: value} lines starting at {@code Component:}, continuation lines indented.
 */
final class ThirdPartyListing {
  static final String DIR = "org/wardflow/licenses/";

  /** One component: its fields and the Maven coordinates (group:artifact:version) it covers. */
  record Entry(Map<String, String> fields, List<String> artifacts) {
    String get(String key) {
      return fields.getOrDefault(key, "");
    }
  }

  private static final Pattern FIELD = Pattern.compile("^([A-Z][a-z]+):\\s+(.*)$");
  private static final Pattern COORDS = Pattern.compile("[\\w.-]+:[\\w.-]+:[\\w.-]+");

  private ThirdPartyListing() {}

  static String resource(String name) throws IOException {
    try (InputStream in =
        ThirdPartyListing.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new AssertionError(DIR + name + " is not on the class path (not shipped in the jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Entry> read() throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> fields = null;
    String lastKey = null;
    for (String line : resource("THIRD-PARTY.txt").split("\n", -1)) {
      Matcher m = FIELD.matcher(line);
      if (m.matches()) {
        if (m.group(1).equals("Component")) {
          if (fields != null) {
            entries.add(entry(fields));
          }
          fields = new LinkedHashMap<>();
        }
        if (fields != null) {
          lastKey = m.group(1);
          fields.put(lastKey, m.group(2).strip());
        }
      } else if (fields != null && line.startsWith("   ") && !line.isBlank()) {
        fields.merge(lastKey, line.strip(), (a, b) -> a + "\n" + b);
      } else if (fields != null && line.isBlank()) {
        lastKey = null;
      }
    }
    if (fields != null) {
      entries.add(entry(fields));
    }
    return entries;
  }

  private static Entry entry(Map<String, String> fields) {
    List<String> coords = new ArrayList<>();
    Matcher m = COORDS.matcher(fields.getOrDefault("Artifacts", ""));
    while (m.find()) {
      coords.add(m.group());
    }
    return new Entry(fields, coords);
  }
}
