package org.wardflow.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;

/**
 * A {@link DataLoader} that hands each file to the reader registered for its extension, and reports
 * every other file as unsupported (naming the types it does open). Reader failures become error
 * reports: an {@link ImportException}'s message is shown as it is; an unexpected exception becomes
 * a one-paragraph internal-error message, never a stack trace.
 */
public final class FormatRegistry implements DataLoader {

  /** Reads one kind of file. */
  @FunctionalInterface
  public interface FileReader {
    /**
     * Reads a file.
     *
     * @param file the file
     * @return what was read, with its report
     * @throws ImportException when the file cannot be used at all
     */
    LoadResult read(Path file) throws ImportException;
  }

  private record Entry(FileFormat format, FileReader reader) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Creates a registry with no readers. */
  public FormatRegistry() {}

  /**
   * Registers a reader for a file format; the first registered format matching a file wins.
   *
   * @return this registry
   */
  public FormatRegistry register(FileFormat format, FileReader reader) {
    entries.add(new Entry(format, reader));
    return this;
  }

  @Override
  public List<FileFormat> formats() {
    return entries.stream().map(Entry::format).toList();
  }

  @Override
  public LoadResult load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.exists(file)) {
      return failed(
          file, "Wardflow cannot open “" + name + "”: the file " + file + " does not exist.");
    }
    if (Files.isDirectory(file)) {
      return failed(
          file,
          "Wardflow cannot open “" + name + "”: it is a folder. Open the files inside it instead.");
    }
    for (Entry e : entries) {
      if (e.format().matches(file)) {
        return read(e, file, name);
      }
    }
    return failed(file, unsupportedMessage(name));
  }

  private LoadResult read(Entry e, Path file, String name) {
    try {
      LoadResult r = e.reader().read(file);
      if (r == null) {
        return failed(file, "Wardflow could not read “" + name + "”: the reader returned nothing.");
      }
      return r;
    } catch (ImportException ex) {
      return failed(file, e.format().description(), ex.getMessage());
    } catch (RuntimeException ex) {
      return failed(
          file,
          e.format().description(),
          "Wardflow could not read “"
              + name
              + "” because of an internal error ("
              + ex.getClass().getSimpleName()
              + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
              + "). Nothing was loaded. Please report this together with the file.");
    }
  }

  private String unsupportedMessage(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    String what =
        ext.isEmpty()
            ? "files without an extension are not supported"
            : "“" + ext + "” files are not supported";
    if (entries.isEmpty()) {
      return "Wardflow cannot open “" + name + "”: " + what + " (no file readers are installed).";
    }
    String supported =
        entries.stream().map(x -> x.format().displayName()).collect(Collectors.joining("; "));
    return "Wardflow cannot open “" + name + "”: " + what + ". It opens: " + supported + ".";
  }

  private static LoadResult failed(Path file, String message) {
    return failed(file, "unsupported file", message);
  }

  private static LoadResult failed(Path file, String kind, String message) {
    return LoadResult.failed(new ImportReport(file, kind).error("", message));
  }
}
