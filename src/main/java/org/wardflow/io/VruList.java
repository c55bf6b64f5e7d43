package org.wardflow.io;

import java.nio.file.Path;
import java.util.List;
import org.wardflow.model.DatasetInfo;

/**
 * A VRU list of schools as read from a file, in file order.
 *
 * @param file the file read
 * @param info provenance (file name and SHA-256)
 * @param entries the entries, in file order
 */
public record VruList(Path file, DatasetInfo info, List<VruListEntry> entries) {

  /** Freezes the entries. */
  public VruList {
    entries = List.copyOf(entries);
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** True when at least one entry has a priority. */
  public boolean hasPriority() {
    return entries.stream().anyMatch(e -> e.priority().isPresent());
  }

  /** True when at least one entry has a tier. */
  public boolean hasTier() {
    return entries.stream().anyMatch(e -> !e.tier().isEmpty());
  }

  /** True when the list orders its schools (by priority or tier). */
  public boolean ordered() {
    return hasPriority() || hasTier();
  }
}
