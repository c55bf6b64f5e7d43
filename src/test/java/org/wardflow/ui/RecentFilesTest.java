package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recent files: newest first, no duplicates, bounded, saved to the store. */
class RecentFilesTest {

  private static final class ListStore implements RecentFiles.Store {
    final List<String> saved = new ArrayList<>();

    @Override
    public List<String> load() {
      return List.copyOf(saved);
    }

    @Override
    public void save(List<String> paths) {
      saved.clear();
      saved.addAll(paths);
    }
  }

  @Test
  void newestFirstWithoutDuplicatesAndBounded() {
    ListStore store = new ListStore();
    RecentFiles r = new RecentFiles(store);
    for (int i = 0; i < 12; i++) {
      r.add(Path.of("/data/f" + i + ".geojson"));
    }
    r.add(Path.of("/data/../data/f5.geojson"));
    assertEquals(RecentFiles.MAX, r.files().size());
    assertEquals(Path.of("/data/f5.geojson"), r.files().get(0), "re-opened file moves to top");
    assertEquals(Path.of("/data/f11.geojson"), r.files().get(1));
    assertEquals(1, r.files().stream().filter(p -> p.endsWith("f5.geojson")).count());
    assertEquals("/data/f5.geojson", store.saved.get(0));
    RecentFiles again = new RecentFiles(store);
    assertEquals(r.files(), again.files(), "read back from the store");
    again.clear();
    assertTrue(store.saved.isEmpty());
  }
}
