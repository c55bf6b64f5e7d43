package org.wardflow.io.project;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened or saved projects, newest first, kept in a small JSON file (e.g. {@code
 * ~/.wardflow/recent-projects.json}) written atomically. A damaged list is treated as empty.
 */
public final class RecentProjects {
  /** How many projects are remembered. */
  public static final int MAX = 10;

  private final Path store;

  /**
   * A list stored in the given file.
   *
   * @param store the JSON file (created on first {@link #add})
   */
  public RecentProjects(Path store) {
    this.store = store;
  }

  /** The list in the user's home folder ({@code ~/.wardflow/recent-projects.json}). */
  public static RecentProjects inUserHome() {
    return new RecentProjects(
        Path.of(System.getProperty("user.home"), ".wardflow", "recent-projects.json"));
  }

  /**
   * The remembered projects, newest first (files that no longer exist are kept, so the user sees
   * them).
   */
  public List<Path> list() {
    if (!Files.isRegularFile(store)) {
      return List.of();
    }
    try {
      List<String> names =
          ProjectService.json().readValue(store.toFile(), new TypeReference<List<String>>() {});
      return names.stream().map(Path::of).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Puts a project at the top of the list (removing an older entry for it). */
  public void add(Path project) throws IOException {
    Path abs = project.toAbsolutePath().normalize();
    List<Path> all = new ArrayList<>(list());
    all.remove(abs);
    all.add(0, abs);
    write(all.subList(0, Math.min(MAX, all.size())));
  }

  /** Removes a project from the list. */
  public void remove(Path project) throws IOException {
    List<Path> all = new ArrayList<>(list());
    if (all.remove(project.toAbsolutePath().normalize())) {
      write(all);
    }
  }

  private void write(List<Path> paths) throws IOException {
    List<String> names = paths.stream().map(Path::toString).toList();
    ProjectService.writeAtomically(store, ProjectService.json().writeValueAsBytes(names), n -> {});
  }
}
