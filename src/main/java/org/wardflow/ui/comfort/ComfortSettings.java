package org.wardflow.ui.comfort;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The remembered comfort choices: theme, text size and whether the guided tour has been seen, in
 * the user's preferences (node {@code org/wardflow/comfort}) or in memory; and the user settings
 * folder that holds the glossary.
 *
 * <p>System properties: {@value #STORE_PROPERTY}{@code =memory} keeps the choices in memory (the
 * test suite sets it, so tests never read or change a user's preferences); {@value
 * #TOUR_PROPERTY}{@code =off} never starts the tour by itself; {@value #DIR_PROPERTY} names the
 * settings folder (default {@code ~/.wardflow}).
 */
public final class ComfortSettings {
  /** System property choosing the store: "memory" or (default) the user's preferences. */
  public static final String STORE_PROPERTY = "wardflow.preferences";

  /** System property that turns off the first-run tour: "off". */
  public static final String TOUR_PROPERTY = "wardflow.tour";

  /** System property naming the user settings folder. */
  public static final String DIR_PROPERTY = "wardflow.settings.dir";

  /** Smallest text size, percent of normal. */
  public static final int MIN_TEXT = 80;

  /** Largest text size, percent of normal. */
  public static final int MAX_TEXT = 200;

  /** Step of Text Size ▸ Larger / Smaller, in percent. */
  public static final int TEXT_STEP = 10;

  private static final String THEME = "theme";
  private static final String TEXT = "textPercent";
  private static final String TOUR_SEEN = "tourSeen";

  /** Key–value storage. */
  interface Store {
    String get(String key, String def);

    void put(String key, String value);
  }

  private final Store store;
  private final Path dir;

  private ComfortSettings(Store store, Path dir) {
    this.store = store;
    this.dir = dir;
  }

  /** Settings kept in memory, with a settings folder of their own (for tests). */
  public static ComfortSettings inMemory(Path dir) {
    Map<String, String> m = new HashMap<>();
    return new ComfortSettings(
        new Store() {
          @Override
          public String get(String key, String def) {
            return m.getOrDefault(key, def);
          }

          @Override
          public void put(String key, String value) {
            m.put(key, value);
          }
        },
        dir);
  }

  /**
   * The settings of the app: the user's preferences unless {@value #STORE_PROPERTY} is "memory";
   * the folder from {@value #DIR_PROPERTY} or {@code ~/.wardflow}.
   */
  public static ComfortSettings forApp() {
    String d = System.getProperty(DIR_PROPERTY);
    Path dir =
        d != null && !d.isBlank()
            ? Path.of(d)
            : Path.of(System.getProperty("user.home", "."), ".wardflow");
    if ("memory".equalsIgnoreCase(System.getProperty(STORE_PROPERTY, ""))) {
      return inMemory(dir);
    }
    Preferences p = Preferences.userRoot().node("org/wardflow/comfort");
    return new ComfortSettings(
        new Store() {
          @Override
          public String get(String key, String def) {
            return p.get(key, def);
          }

          @Override
          public void put(String key, String value) {
            p.put(key, value);
            try {
              p.flush();
            } catch (BackingStoreException e) {
              // kept for this session; the preferences store is unavailable
            }
          }
        },
        dir);
  }

  /** True unless {@value #TOUR_PROPERTY} is "off". */
  public static boolean tourAllowed() {
    return !"off".equalsIgnoreCase(System.getProperty(TOUR_PROPERTY, ""));
  }

  /** The user settings folder (may not exist yet). */
  public Path directory() {
    return dir;
  }

  /** The glossary's terms file. */
  public Path glossaryFile() {
    return dir.resolve(org.wardflow.ui.Glossary.FILE_NAME);
  }

  /** The remembered theme. */
  public Theme theme() {
    return Theme.parse(store.get(THEME, Theme.LIGHT.name()));
  }

  /** Remembers the theme. */
  public void setTheme(Theme t) {
    store.put(THEME, t.name());
  }

  /** The remembered text size in percent, within {@link #MIN_TEXT}..{@link #MAX_TEXT}. */
  public int textPercent() {
    try {
      return clampText(Integer.parseInt(store.get(TEXT, "100")));
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** Remembers the text size (clamped). */
  public void setTextPercent(int percent) {
    store.put(TEXT, Integer.toString(clampText(percent)));
  }

  /** A text size within the allowed range. */
  public static int clampText(int percent) {
    return Math.max(MIN_TEXT, Math.min(MAX_TEXT, percent));
  }

  /** True once the tour has been finished or skipped. */
  public boolean tourSeen() {
    return Boolean.parseBoolean(store.get(TOUR_SEEN, "false"));
  }

  /** Remembers that the tour has been seen. */
  public void setTourSeen(boolean seen) {
    store.put(TOUR_SEEN, Boolean.toString(seen));
  }
}
