package org.wardflow.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened files, newest first, at most {@value #MAX} entries, kept in a {@link
 * Store} (the user's preferences in the app, memory in tests).
 */
public final class RecentFiles {
  /** Most files remembered. */
  public static final int MAX = 10;

  /** Where the list is kept between runs. */
  public interface Store {
    /** The saved paths, newest first. */
    List<String> load();

    /** Saves the paths, newest first. */
    void save(List<String> paths);
  }

  private final Store store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();
  private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

  /** Creates the list from a store. */
  public RecentFiles(Store store) {
    this.store = Objects.requireNonNull(store, "store");
    for (String s : store.load()) {
      try {
        Path p = Path.of(s);
        if (!files.contains(p) && files.size() < MAX) {
          files.add(p);
        }
      } catch (InvalidPathException e) {
        // a path saved on another system; leave it out of the menu
      }
    }
  }

  /** A list kept in memory only. */
  public static RecentFiles inMemory() {
    List<String> saved = new ArrayList<>();
    return new RecentFiles(
        new Store() {
          @Override
          public List<String> load() {
            return List.copyOf(saved);
          }

          @Override
          public void save(List<String> paths) {
            saved.clear();
            saved.addAll(paths);
          }
        });
  }

  /** A list kept in the user's Java preferences (node {@code org/wardflow/ui}). */
  public static RecentFiles userPreferences() {
    Preferences prefs = Preferences.userNodeForPackage(RecentFiles.class);
    String key = "recentFiles";
    return new RecentFiles(
        new Store() {
          @Override
          public List<String> load() {
            String v = prefs.get(key, "");
            return v.isEmpty() ? List.of() : List.of(v.split("\n"));
          }

          @Override
          public void save(List<String> paths) {
            prefs.put(key, String.join("\n", paths));
            try {
              prefs.flush();
            } catch (BackingStoreException e) {
              System.getLogger(RecentFiles.class.getName())
                  .log(System.Logger.Level.WARNING, "could not save recent files", e);
            }
          }
        });
  }

  /** The files, newest first (read-only view; always the same instance, safe to listen to). */
  public ObservableList<Path> files() {
    return readOnly;
  }

  /** Puts a file at the top of the list. */
  public void add(Path file) {
    Path p = file.toAbsolutePath().normalize();
    files.remove(p);
    files.add(0, p);
    if (files.size() > MAX) {
      files.remove(MAX, files.size());
    }
    save();
  }

  /** Forgets all files. */
  public void clear() {
    files.clear();
    save();
  }

  private void save() {
    store.save(files.stream().map(Path::toString).toList());
  }
}
