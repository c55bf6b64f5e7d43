package org.wardflow.ui.comfort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.wardflow.ui.Glossary;
import org.wardflow.ui.MainWindow;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.style.Choropleth;

/**
 * Everyday comfort for the main window: the display theme (View ▸ Theme), text size (View ▸ Text
 * Size), the organisation's glossary, the preferences dialog (File ▸ Preferences…), the first-run
 * guided tour (Help ▸ Show Tour) and the About dialog with the bundled licences and data
 * attributions. Installed once per window by {@link #install}; choices are remembered in {@link
 * ComfortSettings}.
 */
public final class Comfort {
  private static final String KEY = Comfort.class.getName();

  private final MainWindow window;
  private final ComfortSettings settings;
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
  private final IntegerProperty textPercent = new SimpleIntegerProperty(this, "textPercent", 100);
  private final ObjectProperty<Glossary> glossary =
      new SimpleObjectProperty<>(this, "glossary", Glossary.defaults());
  private final Relabeler relabeler = new Relabeler(glossary::get, this::relayer);
  private final List<String> glossaryProblems = new ArrayList<>();
  private final ToggleGroup themeGroup = new ToggleGroup();
  private Tour tour;

  private Comfort(MainWindow window, ComfortSettings settings) {
    this.window = window;
    this.settings = settings;
  }

  /**
   * Installs comfort into a window (call on the FX thread, once, before showing it): menus, the
   * remembered theme and text size, the glossary from the settings folder, and the tour on the
   * first start.
   *
   * @param window the main window
   * @return the installed comfort
   */
  public static Comfort install(MainWindow window) {
    return install(window, ComfortSettings.forApp());
  }

  /**
   * Installs comfort with given settings (tests).
   *
   * @param window the main window
   * @param settings where choices are remembered
   * @return the installed comfort
   */
  public static Comfort install(MainWindow window, ComfortSettings settings) {
    Comfort c = new Comfort(window, settings);
    window.root().getProperties().put(KEY, c);
    c.wire();
    return c;
  }

  /** The comfort installed into a window, or null. */
  public static Comfort of(MainWindow window) {
    return (Comfort) window.root().getProperties().get(KEY);
  }

  private void wire() {
    try {
      Glossary.Loaded loaded = Glossary.read(settings.glossaryFile());
      glossary.set(loaded.glossary());
      glossaryProblems.addAll(loaded.problems());
    } catch (IOException e) {
      glossaryProblems.add(
          settings.glossaryFile()
              + " could not be read ("
              + e.getMessage()
              + "); Wardflow's own wording is used.");
    }
    theme.set(settings.theme());
    textPercent.set(settings.textPercent());
    buildMenus();

    theme.addListener(
        (obs, o, t) -> {
          settings.setTheme(t);
          applyStylesheets();
          relayerAll(window.root());
          finishMaps();
        });
    textPercent.addListener(
        (obs, o, p) -> {
          settings.setTextPercent(p.intValue());
          applyStylesheets();
        });
    glossary.addListener(
        (obs, o, g) -> {
          relabeler.watch(window.root());
          finishMaps();
        });
    window.root().sceneProperty().addListener((obs, o, s) -> onScene(s));
    relabeler.watch(window.root());
    var tips = window.map();
    tips.setTipText(t -> glossary.get().apply(window.viewModel().tipText(t)));
    finishMaps();
    if (window.root().getScene() != null) {
      onScene(window.root().getScene());
    }
  }

  private void onScene(Scene s) {
    if (s == null) {
      return;
    }
    applyStylesheets();
    whenDrawn(
        () -> {
          if (!glossaryProblems.isEmpty()) {
            window
                .viewModel()
                .map()
                .setStatusMessage("Glossary: " + String.join(" ", glossaryProblems));
          }
          if (!settings.tourSeen() && ComfortSettings.tourAllowed()) {
            showTour();
          }
        });
  }

  /** Runs once the start-up map is built (or after 60 s without one). */
  private void whenDrawn(Runnable action) {
    var thematic = window.viewModel().thematicProperty();
    boolean[] started = {false};
    Runnable go =
        () -> {
          if (!started[0]) {
            started[0] = true;
            Platform.runLater(action);
          }
        };
    if (thematic.getValue() != null) {
      go.run();
      return;
    }
    javafx.beans.value.ChangeListener<ThematicMap> l =
        new javafx.beans.value.ChangeListener<>() {
          @Override
          public void changed(
              javafx.beans.value.ObservableValue<? extends ThematicMap> obs,
              ThematicMap o,
              ThematicMap t) {
            if (t != null) {
              thematic.removeListener(this);
              go.run();
            }
          }
        };
    thematic.addListener(l);
    javafx.animation.PauseTransition fallback =
        new javafx.animation.PauseTransition(javafx.util.Duration.seconds(60));
    fallback.setOnFinished(e -> go.run());
    fallback.play();
  }

  private void finishMaps() {
    Theme t = theme.get();
    Glossary g = glossary.get();
    window.viewModel().setThematicFinish(m -> finish(m, t, g));
  }

  /** The thematic map in a theme's colours with the glossary's legend headings. */
  static ThematicMap finish(ThematicMap m, Theme t, Glossary g) {
    Choropleth c = m.choropleth();
    Choropleth reworded =
        g.isDefault()
            ? c
            : new Choropleth(
                g.apply(c.title()),
                c.subject(),
                c.measure(),
                c.schoolUrn(),
                c.values(),
                c.classification(),
                c.fills(),
                c.legendClasses(),
                c.colourBlindSafe(),
                c.notes().stream().map(g::apply).toList());
    return new ThematicMap(
        m.input(),
        reworded,
        m.scene(),
        t.mapStyle(m.style()),
        m.flowTitle() == null ? null : g.apply(m.flowTitle()),
        m.summary());
  }

  // ---- stylesheets -------------------------------------------------------------------------

  /** The stylesheets of the scene: the light base, the theme's, the comfort rules, text size. */
  List<String> stylesheets() {
    List<String> out = new ArrayList<>();
    out.add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
    out.add(Comfort.class.getResource("comfort.css").toExternalForm());
    String ts = theme.get().stylesheetUrl();
    if (ts != null) {
      out.add(ts);
    }
    out.add(textSizeSheet(textPercent.get()));
    return out;
  }

  /** A stylesheet (data URL) setting the root font size to a percentage of the normal 12.5px. */
  static String textSizeSheet(int percent) {
    double px = 12.5 * ComfortSettings.clampText(percent) / 100.0;
    String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }%n", px);
    return "data:text/css;base64,"
        + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
  }

  private void applyStylesheets() {
    Scene s = window.root().getScene();
    if (s == null) {
      return;
    }
    List<String> keep = new ArrayList<>();
    for (String u : s.getStylesheets()) {
      if (!isComfortSheet(u)) {
        keep.add(u);
      }
    }
    List<String> mine = stylesheets();
    keep.removeAll(mine);
    List<String> all = new ArrayList<>(mine);
    all.addAll(1, keep);
    s.getStylesheets().setAll(all);
  }

  /** Layers the theme's sheet over the stylesheets of a view that has its own (matrix, charts). */
  private void relayer(javafx.scene.Parent p) {
    List<String> sheets = p.getStylesheets();
    String ts = theme.get().stylesheetUrl();
    if (ts != null && !sheets.isEmpty() && ts.equals(sheets.get(sheets.size() - 1))) {
      return;
    }
    sheets.removeIf(Comfort::isThemeSheet);
    if (ts != null) {
      sheets.add(ts);
    }
  }

  private void relayerAll(javafx.scene.Node n) {
    if (n instanceof javafx.scene.Parent p) {
      if (!p.getStylesheets().isEmpty()) {
        relayer(p);
      }
      for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
        relayerAll(c);
      }
    }
  }

  private static boolean isThemeSheet(String u) {
    for (Theme t : Theme.values()) {
      if (u.equals(t.stylesheetUrl())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComfortSheet(String u) {
    if (u.startsWith("data:text/css")) {
      return true;
    }
    for (Theme t : Theme.values()) {
      if (u.equals(t.stylesheetUrl())) {
        return true;
      }
    }
    return false;
  }

  // ---- menus -------------------------------------------------------------------------------

  private void buildMenus() {
    Menu themes = new Menu("_Theme");
    themes.setId("menu-theme");
    for (Theme t : Theme.values()) {
      RadioMenuItem r = new RadioMenuItem(t.label());
      r.setId("theme-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      r.setToggleGroup(themeGroup);
      r.setUserData(t);
      r.setSelected(t == theme.get());
      r.setOnAction(e -> theme.set(t));
      themes.getItems().add(r);
    }
    theme.addListener(
        (obs, o, t) ->
            themeGroup.getToggles().stream()
                .filter(x -> x.getUserData() == t)
                .findFirst()
                .ifPresent(x -> x.setSelected(true)));

    MenuItem smaller =
        item("Smaller", "text-smaller", shortcutShift(KeyCode.MINUS), () -> stepText(-1));
    MenuItem larger =
        item("Larger", "text-larger", shortcutShift(KeyCode.EQUALS), () -> stepText(1));
    MenuItem reset =
        item(
            "Reset (100%)",
            "text-reset", shortcutShift(KeyCode.DIGIT0), () -> textPercent.set(100));
    smaller.disableProperty().bind(textPercent.lessThanOrEqualTo(ComfortSettings.MIN_TEXT));
    larger.disableProperty().bind(textPercent.greaterThanOrEqualTo(ComfortSettings.MAX_TEXT));
    Menu size = new Menu("Text _Size", null, smaller, larger, reset);
    size.setId("menu-text-size");
    window.viewMenu().getItems().addAll(new SeparatorMenuItem(), themes, size);

    MenuItem prefs =
        item(
            "Preferences…",
            "menu-preferences",
            new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
            this::showPreferences);
    window.addFileItems(new SeparatorMenuItem(), prefs);

    Menu help = helpMenu();
    if (help != null) {
      MenuItem tourItem = item("Show _Tour", "menu-show-tour", null, this::showTour);
      help.getItems().add(0, tourItem);
      for (MenuItem mi : help.getItems()) {
        if (mi.getText() != null && mi.getText().startsWith("About")) {
          mi.setOnAction(e -> showAbout());
        }
      }
    }
    window.addShortcut("Ctrl+Shift+− / Ctrl+Shift+=", "Smaller / larger text");
    window.addShortcut("Ctrl+Shift+0", "Normal text size");
    window.addShortcut("Ctrl+,", "Preferences (theme, text size, glossary)");
  }

  private Menu helpMenu() {
    var menus = window.menuBar().getMenus();
    for (Menu m : menus) {
      if ("Help".equals(m.getText()) || "_Help".equals(m.getText())) {
        return m;
      }
    }
    return menus.isEmpty() ? null : menus.get(menus.size() - 1);
  }

  private static MenuItem item(String text, String id, KeyCombination accel, Runnable action) {
    MenuItem mi = new MenuItem(text);
    mi.setId(id);
    if (accel != null) {
      mi.setAccelerator(accel);
    }
    mi.setOnAction(e -> action.run());
    return mi;
  }

  private static KeyCombination shortcutShift(KeyCode c) {
    return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }

  private void stepText(int dir) {
    int p = textPercent.get();
    int next = (p / ComfortSettings.TEXT_STEP + dir) * ComfortSettings.TEXT_STEP;
    if (dir < 0 && p % ComfortSettings.TEXT_STEP != 0) {
      next = p / ComfortSettings.TEXT_STEP * ComfortSettings.TEXT_STEP;
    }
    textPercent.set(ComfortSettings.clampText(next));
  }

  // ---- state -------------------------------------------------------------------------------

  /** The display theme. */
  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  /** The text size in percent of normal ({@value ComfortSettings#MIN_TEXT}–200). */
  public IntegerProperty textPercentProperty() {
    return textPercent;
  }

  /** The organisation's glossary (display wording). */
  public ObjectProperty<Glossary> glossaryProperty() {
    return glossary;
  }

  /**
   * Saves a glossary to the settings folder and uses it.
   *
   * @param g the glossary
   * @throws IOException when the terms file cannot be written (the glossary is still used)
   */
  public void saveGlossary(Glossary g) throws IOException {
    glossary.set(g);
    g.write(settings.glossaryFile());
  }

  /** The settings the choices are remembered in. */
  public ComfortSettings settings() {
    return settings;
  }

  /** The tour shown last, or null. */
  Tour tour() {
    return tour;
  }

  /** The window. */
  MainWindow window() {
    return window;
  }

  // ---- actions -----------------------------------------------------------------------------

  /** Shows the guided tour from its first step (Help ▸ Show Tour). */
  public void showTour() {
    Scene s = window.root().getScene();
    if (s == null || s.getWindow() == null || !s.getWindow().isShowing()) {
      return;
    }
    if (tour != null && tour.isShowing()) {
      tour.close();
    }
    tour = new Tour(s, Tour.STEPS, glossary.get()::apply);
    tour.setOnEnd(() -> settings.setTourSeen(true));
    tour.start();
  }

  /** Shows File ▸ Preferences…. */
  public void showPreferences() {
    new PreferencesDialog(this).show();
  }

  /** Shows Help ▸ About Wardflow. */
  public void showAbout() {
    AboutDialog.show(window, glossary.get());
  }
}
