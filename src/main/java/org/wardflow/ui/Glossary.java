package org.wardflow.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation's display wording: the few terms Wardflow shows in its labels that an
 * organisation may word its own way ("children and young people", "CYP", "ward", "wards"). Changes
 * only what is displayed, never data, file contents or exports. Immutable.
 *
 * <p>The terms file ({@value #FILE_NAME} in the user settings folder, see {@code docs/glossary.md})
 * has one {@code term = wording} line per term; {@code #} starts a comment. A wording that contains
 * "offend" (offender, offending) is refused: Wardflow never calls children and young people
 * offenders.
 */
public final class Glossary {
  /** Name of the terms file in the user settings folder. */
  public static final String FILE_NAME = "glossary.properties";

  /** Longest wording accepted. */
  public static final int MAX_LENGTH = 60;

  /** The long name of the people counted (default "children and young people"). */
  public static final String CYP_LONG = "cyp.long";

  /** The abbreviation of it (default "CYP"). */
  public static final String CYP_SHORT = "cyp.short";

  /** One area (default "ward"). */
  public static final String WARD = "ward";

  /** More than one area (default "wards"). */
  public static final String WARDS = "wards";

  private static final Map<String, String> DEFAULTS = defaultTerms();

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          CYP_LONG, "The people counted, in full",
          CYP_SHORT, "Their abbreviation",
          WARD, "One area where they live",
          WARDS, "More than one area");

  /** Matches the default wording in a text; group names are the term keys without dots. */
  private static final Pattern TERMS =
      Pattern.compile(
          "(?<cyplong>(?i:\\bchildren and young people\\b))|(?<cypshort>\\bCYP\\b)"
              + "|(?<wards>(?i:\\bwards\\b))|(?<ward>(?i:\\bward\\b))");

  private static final Pattern REFUSED = Pattern.compile("(?i)offend");

  private static final Glossary DEFAULT = new Glossary(DEFAULTS);

  private final Map<String, String> terms;

  private Glossary(Map<String, String> terms) {
    this.terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
  }

  private static Map<String, String> defaultTerms() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(CYP_LONG, "children and young people");
    m.put(CYP_SHORT, "CYP");
    m.put(WARD, "ward");
    m.put(WARDS, "wards");
    return Collections.unmodifiableMap(m);
  }

  /** Wardflow's own wording. */
  public static Glossary defaults() {
    return DEFAULT;
  }

  /** The term keys, in display order. */
  public static List<String> keys() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /** The default wording of a term. */
  public static String defaultWording(String key) {
    return Objects.requireNonNull(DEFAULTS.get(key), () -> "no such term: " + key);
  }

  /** What a term means, for the settings dialog. */
  public static String description(String key) {
    return DESCRIPTIONS.getOrDefault(key, key);
  }

  /**
   * Why a wording cannot be used, or empty when it can.
   *
   * @param key the term
   * @param wording the proposed wording
   * @return a one-sentence reason, or empty
   */
  public static Optional<String> problem(String key, String wording) {
    if (!DEFAULTS.containsKey(key)) {
      return Optional.of("\"" + key + "\" is not a term Wardflow displays.");
    }
    String w = wording == null ? "" : wording.strip();
    if (w.isEmpty()) {
      return Optional.of("The wording for \"" + defaultWording(key) + "\" is empty.");
    }
    if (REFUSED.matcher(w).find()) {
      return Optional.of(
          "\""
              + w
              + "\" is not allowed: Wardflow never describes children and young people as"
              + " offenders (ethics committee requirement).");
    }
    if (w.length() > MAX_LENGTH) {
      return Optional.of(
          "The wording for \"" + defaultWording(key) + "\" is longer than " + MAX_LENGTH + ".");
    }
    if (w.chars().anyMatch(c -> c < ' ')) {
      return Optional.of(
          "The wording for \"" + defaultWording(key) + "\" contains a control character.");
    }
    return Optional.empty();
  }

  /**
   * A glossary with one term reworded.
   *
   * @param key the term
   * @param wording its new wording (stripped)
   * @return the new glossary
   * @throws IllegalArgumentException with the reason when the wording is refused
   */
  public Glossary with(String key, String wording) {
    Optional<String> p = problem(key, wording);
    if (p.isPresent()) {
      throw new IllegalArgumentException(p.get());
    }
    Map<String, String> m = new LinkedHashMap<>(terms);
    m.put(key, wording.strip());
    return new Glossary(m);
  }

  /** The wording of a term. */
  public String term(String key) {
    defaultWording(key);
    return terms.get(key);
  }

  /** The terms and their wording, in display order. */
  public Map<String, String> terms() {
    return terms;
  }

  /** True when every term has Wardflow's own wording. */
  public boolean isDefault() {
    return terms.equals(DEFAULTS);
  }

  /**
   * Rewords a display text: each default term (whole words; "children and young people", "ward" and
   * "wards" in any case, "CYP" as written) becomes the organisation's wording, with a capital first
   * letter where the original had one and in capitals where the original was in capitals.
   *
   * @param text a display text (null gives null)
   * @return the reworded text
   */
  public String apply(String text) {
    if (text == null || text.isEmpty() || isDefault()) {
      return text;
    }
    Matcher m = TERMS.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String key =
          m.group("cyplong") != null
              ? CYP_LONG
              : m.group("cypshort") != null ? CYP_SHORT : m.group("wards") != null ? WARDS : WARD;
      m.appendReplacement(sb, Matcher.quoteReplacement(cased(m.group(), terms.get(key), key)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String cased(String original, String wording, String key) {
    if (key.equals(CYP_SHORT) || wording.isEmpty()) {
      return wording;
    }
    if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
      return wording.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(wording.charAt(0)) + wording.substring(1);
    }
    return wording;
  }

  /**
   * A glossary read from a terms file, and what in it could not be used.
   *
   * @param glossary the terms read (defaults for the rest)
   * @param problems one message per line not used, naming the file and line
   */
  public record Loaded(Glossary glossary, List<String> problems) {
    /** Copies the list. */
    public Loaded {
      Objects.requireNonNull(glossary, "glossary");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a terms file. A missing file gives the defaults; lines that cannot be used are reported
   * (with the file and line number) and leave the term at its default.
   *
   * @param file the terms file
   * @return the glossary and the problems
   * @throws IOException when the file exists but cannot be read
   */
  public static Loaded read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new Loaded(DEFAULT, List.of());
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Glossary g = DEFAULT;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file.getFileName() + " line " + (i + 1) + ": ";
      int eq = line.indexOf('=');
      if (eq < 0) {
        problems.add(where + "expected \"term = wording\"; the line was not used.");
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      Optional<String> p = problem(key, value);
      if (p.isPresent()) {
        problems.add(where + p.get() + " The line was not used.");
      } else {
        g = g.with(key, value);
      }
    }
    return new Loaded(g, problems);
  }

  /**
   * Writes the terms file (creating its folder).
   *
   * @param file the terms file
   * @throws IOException when it cannot be written
   */
  public void write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Wardflow glossary: how this organisation words the terms Wardflow displays.\n");
    sb.append("# Changes labels only, never data or exports. See docs/glossary.md.\n");
    for (Map.Entry<String, String> e : terms.entrySet()) {
      sb.append("# ").append(description(e.getKey())).append('\n');
      sb.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glossary g && g.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  @Override
  public String toString() {
    return "Glossary" + terms;
  }
}
