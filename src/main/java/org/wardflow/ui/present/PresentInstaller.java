package org.wardflow.ui.present;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wardflow.export.story.DeckWriter;
import org.wardflow.export.story.StepPublisher;
import org.wardflow.export.story.StepSceneFactory;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;
import org.wardflow.export.story.StoryboardDeck;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.render.Caveat;
import org.wardflow.render.Style;
import org.wardflow.ui.MainViewModel;
import org.wardflow.ui.MainWindow;

/**
 * Presentation mode in the main window: the Present menu (add the current view to the storyboard,
 * the storyboard editor, start the presentation, export the deck, the protective marking), the
 * storyboard panel in the right column, and the presenter window. The storyboard is the shared
 * {@link MainViewModel#storyboardProperty()}; every step shown or exported is published through the
 * disclosure gate and recorded in {@link MainViewModel#ledgerProperty()}.
 */
public final class PresentInstaller {
  /** The protective marking used until the user sets another. */
  public static final String DEFAULT_MARKING = "OFFICIAL-SENSITIVE";

  private final MainWindow window;
  private final MainViewModel vm;
  private final StoryboardPanel panel;
  private final TitledPane pane;
  private final StringProperty marking = new SimpleStringProperty(this, "marking", DEFAULT_MARKING);
  private final CheckMenuItem highContrast = new CheckMenuItem("High-Contrast Presentation");
  private PresentationWindow.Options options = PresentationWindow.Options.FULL_SCREEN;
  private Function<Window, Path> deckTarget = PresentInstaller::chooseDeckFile;
  private PresentationWindow presenter;
  private Task<StoryboardDeck.Result> export;

  private PresentInstaller(MainWindow window) {
    this.window = window;
    this.vm = window.viewModel();
    this.panel = new StoryboardPanel(vm.storyboardProperty(), this::addCurrentView, this::goTo);
    this.pane = new TitledPane("Storyboard", panel);
    pane.setId("storyboard-pane");
    pane.setExpanded(false);
  }

  /**
   * Installs presentation mode into the main window (on the FX thread, before it is shown).
   *
   * @param window the main window
   * @return the installed feature (tests reach its actions and options through it)
   */
  public static PresentInstaller install(MainWindow window) {
    PresentInstaller p = new PresentInstaller(Objects.requireNonNull(window, "window"));
    p.wire();
    window.root().getProperties().put(PresentInstaller.class, p);
    return p;
  }

  /**
   * The presentation mode installed into a window.
   *
   * @param window a window given to {@link #install}
   * @return its installer, or empty when presentation mode was not installed
   */
  public static Optional<PresentInstaller> of(MainWindow window) {
    return Optional.ofNullable(
        (PresentInstaller) window.root().getProperties().get(PresentInstaller.class));
  }

  private void wire() {
    BooleanBinding noData =
        Bindings.createBooleanBinding(
            () -> vm.geographyProperty().get() == null || vm.cypTableProperty().get() == null,
            vm.geographyProperty(),
            vm.cypTableProperty());
    BooleanBinding empty =
        Bindings.createBooleanBinding(
            () -> vm.storyboardProperty().get().isEmpty(), vm.storyboardProperty());

    MenuItem add =
        item("Add Current View to Storyboard", shortcut(KeyCode.B), this::addCurrentView);
    add.setId("menu-story-add");
    add.disableProperty().bind(vm.geographyProperty().isNull());
    MenuItem edit =
        item(
            "Storyboard…",
            new KeyCodeCombination(
                KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            this::showStoryboard);
    edit.setId("menu-story-edit");
    MenuItem start =
        item("Start Presentation", new KeyCodeCombination(KeyCode.F5), this::startPresentation);
    start.setId("menu-story-present");
    start.disableProperty().bind(empty.or(noData));
    highContrast.setId("menu-story-contrast");
    MenuItem mark = item("Protective Marking…", null, this::askMarking);
    mark.setId("menu-story-marking");
    MenuItem deck =
        item(
            "Export Storyboard as PDF Deck…",
            new KeyCodeCombination(
                KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            this::exportDeckWithChooser);
    deck.setId("menu-story-deck");
    deck.disableProperty().bind(empty.or(noData));
    Menu menu =
        new Menu(
            "_Present",
            null,
            add,
            edit,
            new SeparatorMenuItem(),
            start,
            highContrast,
            mark,
            new SeparatorMenuItem(),
            deck);
    menu.setId("menu-present");
    window.addMenu(menu);
    window.addSidePanel(pane, true);
    window.addShortcut("Ctrl+B", "Add the current view to the storyboard");
    window.addShortcut("Ctrl+Shift+B", "Open the storyboard editor");
    window.addShortcut("F5", "Start the presentation");
    window.addShortcut("Ctrl+Shift+D", "Export the storyboard as a PDF deck");
    window.addShortcut(
        "→ ↓ PgDn Space / ← ↑ PgUp", "Next / previous step (presentation); Esc returns");
    window.addShortcut("H / N", "High contrast / speaker notes (presentation)");
    window.addShortcut("Alt+↑ / Alt+↓, F2, Delete", "Move, rename, remove a storyboard step");
  }

  // ---- actions ------------------------------------------------------------------------------

  /** Appends the current view of the main map to the storyboard and selects it in the editor. */
  public void addCurrentView() {
    if (vm.geographyProperty().get() == null) {
      return;
    }
    Storyboard b = vm.storyboardProperty().get();
    StoryStep s = StoryViews.capture(vm, StoryViews.defaultTitle(vm, b.size() + 1));
    vm.storyboardProperty().set(b.add(s));
    vm.map().setStatusMessage("Added “" + s.title() + "” as step " + (b.size() + 1) + ".");
    panel.list().getSelectionModel().select(b.size());
  }

  /** Opens the storyboard editor (expands its panel, shows the right column, focuses the list). */
  public void showStoryboard() {
    for (MenuItem i : window.viewMenu().getItems()) {
      if (i instanceof CheckMenuItem c && c.getText().startsWith("Legend") && !c.isSelected()) {
        c.fire();
      }
    }
    pane.setExpanded(true);
    int sel = panel.list().getSelectionModel().getSelectedIndex();
    panel.select(Math.max(0, sel));
    revealPane();
  }

  /** Scrolls the side column so that the storyboard panel is in view. */
  private void revealPane() {
    pane.applyCss();
    pane.layout();
    for (javafx.scene.Node n = pane.getParent(); n != null; n = n.getParent()) {
      if (n instanceof javafx.scene.control.ScrollPane sp) {
        sp.layout();
        javafx.application.Platform.runLater(() -> sp.setVvalue(sp.getVmax()));
        return;
      }
    }
  }

  /** Shows a step on the main map. */
  public void goTo(StoryStep step) {
    StoryViews.apply(vm, step);
    vm.map().setStatusMessage("Showing “" + step.title() + "”.");
  }

  /**
   * Opens the presenter on the storyboard (full screen unless other options were set); Esc returns
   * to the main window.
   *
   * @return the presenter, or empty when there is nothing to present (the user is told why)
   */
  public Optional<PresentationWindow> startPresentation() {
    Storyboard b = vm.storyboardProperty().get();
    Optional<String> missing = missing(b);
    if (missing.isPresent()) {
      tell("Nothing to present", missing.get());
      return Optional.empty();
    }
    if (presenter != null && presenter.stage().isShowing()) {
      presenter.stage().toFront();
      return Optional.of(presenter);
    }
    Geography g = vm.geographyProperty().get();
    PresentationWindow.Options o =
        new PresentationWindow.Options(
            options.fullScreen(),
            options.width(),
            options.height(),
            options.highContrast() || highContrast.isSelected(),
            options.showNotes());
    presenter =
        PresentationWindow.show(
            window.stage(),
            b,
            publisher(),
            StepSceneFactory.published(g, Style.presentation()),
            caveat(),
            o);
    presenter.setOnClose(
        () -> {
          presenter = null;
          if (window.stage() != null) {
            window.stage().toFront();
            window.stage().requestFocus();
          }
          window.map().requestFocus();
        });
    return Optional.of(presenter);
  }

  /**
   * Exports the storyboard as a PDF deck in the background (one page per step, each published and
   * recorded in the ledger); progress shows under the storyboard editor.
   *
   * @param out the PDF to write
   * @return the running task, or empty when there is nothing to export (the user is told why)
   */
  public Optional<Task<StoryboardDeck.Result>> exportDeck(Path out) {
    Storyboard b = vm.storyboardProperty().get();
    Optional<String> missing = missing(b);
    if (missing.isPresent()) {
      tell("Nothing to export", missing.get());
      return Optional.empty();
    }
    if (export != null && export.isRunning()) {
      tell("Export running", "A deck is being written already; wait for it to finish.");
      return Optional.empty();
    }
    StepPublisher pub = publisher();
    StepSceneFactory scenes =
        StepSceneFactory.published(vm.geographyProperty().get(), Style.presentation());
    Caveat caveat = caveat();
    int n = b.size();
    Task<StoryboardDeck.Result> t =
        new Task<>() {
          @Override
          protected StoryboardDeck.Result call() throws Exception {
            AtomicInteger done = new AtomicInteger();
            updateMessage("Publishing " + n + " steps…");
            updateProgress(0, n + 1);
            StepPublisher counting =
                (step, policy, purpose) -> {
                  if (isCancelled()) {
                    throw new java.util.concurrent.CancellationException("deck export cancelled");
                  }
                  var p = pub.publish(step, policy, purpose);
                  int d = done.incrementAndGet();
                  updateProgress(d, n + 1);
                  updateMessage(
                      d < n ? "Published step " + d + " of " + n + "…" : "Writing the PDF…");
                  return p;
                };
            StoryboardDeck.Result r =
                StoryboardDeck.export(
                    b, counting, scenes, Style.presentation(), caveat, true, DeckWriter.pdf(), out);
            updateProgress(n + 1, n + 1);
            return r;
          }
        };
    panel.progress().progressProperty().bind(t.progressProperty());
    panel.progress().setVisible(true);
    panel.progress().setManaged(true);
    panel.status().textProperty().bind(t.messageProperty());
    Runnable finish =
        () -> {
          panel.progress().progressProperty().unbind();
          panel.progress().setVisible(false);
          panel.progress().setManaged(false);
          panel.status().textProperty().unbind();
        };
    t.setOnSucceeded(
        e -> {
          finish.run();
          StoryboardDeck.Result r = t.getValue();
          String msg =
              "Deck written: "
                  + r.file().toAbsolutePath()
                  + " ("
                  + r.pages()
                  + (r.pages() == 1 ? " page" : " pages")
                  + (r.raised().isEmpty() ? "" : "; " + String.join(" ", r.raised()))
                  + (r.refused().isEmpty() ? "" : "; not shown: " + String.join(" ", r.refused()))
                  + ").";
          panel.status().setText(msg);
          vm.map().setStatusMessage(msg);
          org.wardflow.ui.Notifier.of(window).success("Deck written", msg);
        });
    t.setOnCancelled(
        e -> {
          finish.run();
          panel.status().setText("Deck export cancelled.");
          vm.map().setStatusMessage("Deck export cancelled.");
        });
    t.setOnFailed(
        e -> {
          finish.run();
          Throwable x = t.getException();
          String msg =
              "The deck could not be written to "
                  + out.toAbsolutePath()
                  + ": "
                  + (x == null || x.getMessage() == null ? String.valueOf(x) : x.getMessage());
          panel.status().setText(msg);
          tell("Deck export failed", msg);
        });
    export = t;
    pane.setExpanded(true);
    revealPane();
    window.tasks().track(t);
    Thread th = new Thread(t, "wardflow-deck-export");
    th.setDaemon(true);
    th.start();
    return Optional.of(t);
  }

  // ---- options (also for tests) -------------------------------------------------------------

  /** The presenter options (full screen by default; tests use a fixed-size window). */
  public void setPresentationOptions(PresentationWindow.Options o) {
    options = Objects.requireNonNull(o, "options");
  }

  /** Chooses the deck file (a file chooser by default; null result cancels). */
  public void setDeckTarget(Function<Window, Path> chooser) {
    deckTarget = Objects.requireNonNull(chooser, "chooser");
  }

  /** The protective marking shown on every slide and page. */
  public StringProperty markingProperty() {
    return marking;
  }

  /** The open presenter, if any. */
  public Optional<PresentationWindow> presenter() {
    return Optional.ofNullable(presenter);
  }

  /** The storyboard editor. */
  public StoryboardPanel panel() {
    return panel;
  }

  /** The last deck export started, if any. */
  public Optional<Task<StoryboardDeck.Result>> lastExport() {
    return Optional.ofNullable(export);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void exportDeckWithChooser() {
    Path out = deckTarget.apply(window.stage());
    if (out != null) {
      exportDeck(out);
    }
  }

  private static Path chooseDeckFile(Window owner) {
    FileChooser fc = new FileChooser();
    fc.setTitle("Export Storyboard as PDF Deck");
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
    fc.setInitialFileName("storyboard.pdf");
    File f = fc.showSaveDialog(owner);
    if (f == null) {
      return null;
    }
    Path p = f.toPath();
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
        ? p
        : p.resolveSibling(p.getFileName() + ".pdf");
  }

  private Optional<String> missing(Storyboard b) {
    if (b.isEmpty()) {
      return Optional.of(
          "The storyboard has no steps. Add views with Present ▸ Add Current View to Storyboard"
              + " (Ctrl+B).");
    }
    if (vm.geographyProperty().get() == null || vm.cypTableProperty().get() == null) {
      return Optional.of(
          "There is no flow table of children and young people loaded; open one first.");
    }
    return Optional.empty();
  }

  private StepPublisher publisher() {
    Geography g = vm.geographyProperty().get();
    FlowTable t = vm.cypTableProperty().get();
    FlowFilter f = vm.filterProperty().get();
    return StepPublisher.throughLedger(
        vm.ledgerProperty().get(), t, f == null ? FlowFilter.ALL : f, g.wards().name());
  }

  private Caveat caveat() {
    return Caveat.of(
        marking.get().strip(),
        vm.geographyProperty().get().info(),
        vm.cypTableProperty().get().info());
  }

  private void askMarking() {
    TextInputDialog d = new TextInputDialog(marking.get());
    d.setTitle("Protective Marking");
    d.setHeaderText("Marking shown at the top and bottom of every slide and deck page");
    d.setContentText("Marking:");
    if (window.stage() != null) {
      d.initOwner(window.stage());
    }
    d.showAndWait().ifPresent(s -> marking.set(s.strip()));
  }

  private void tell(String title, String message) {
    vm.map().setStatusMessage(message);
    if (window.stage() == null || !window.stage().isShowing()) {
      return;
    }
    org.wardflow.ui.Notifier.of(window).warning(title, message);
  }

  private static MenuItem item(String text, KeyCombination key, Runnable action) {
    MenuItem i = new MenuItem(text);
    if (key != null) {
      i.setAccelerator(key);
    }
    i.setOnAction(e -> action.run());
    return i;
  }

  private static KeyCombination shortcut(KeyCode c) {
    return new KeyCodeCombination(c, KeyCombination.SHORTCUT_DOWN);
  }
}
