package org.wardflow.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens files for the app (File ▸ Open…, drag and drop, recent files, command-line arguments).
 * Implementations delegate to the importers of {@code org.wardflow.io}; tests pass fakes.
 */
public interface DataLoader {

  /** The kinds of file offered in the file chooser (may be empty). */
  List<FileFormat> formats();

  /**
   * Reads a file. Called off the FX thread. Never throws for bad input: problems go into the
   * report, and a file that cannot be used gives a {@link LoadResult#failed} result whose report
   * says why in one plain paragraph.
   *
   * @param file the file to open
   * @return what was read, with its report
   */
  LoadResult load(Path file);

  /**
   * Reads a file in the context of the data already shown: flow tables are reconciled with, and
   * ward figures joined to, its wards and schools. The default ignores the context.
   *
   * @param file the file to open
   * @param context the geography shown (or read earlier in the same batch), or null
   * @return what was read, with its report
   */
  default LoadResult load(Path file, org.wardflow.model.Geography context) {
    return load(file);
  }
}
