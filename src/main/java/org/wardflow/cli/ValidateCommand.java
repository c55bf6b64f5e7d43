package org.wardflow.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wardflow.io.Detection;
import org.wardflow.io.Detection.Content;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.ImportResult;
import org.wardflow.io.Readers;
import org.wardflow.model.WardLayer;

/**
 * {@code validate FILE...}: reads each file as what it is detected to be (ward boundaries, schools,
 * ward figures) and prints its import report. Ward figures are joined with the first ward layer
 * among the files, if any. Exit code: 0 when every file is clean, 1 when the worst finding is a
 * warning, 2 when any file has an error or cannot be read.
 */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check data files and print their import reports";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow validate [--as wards|schools|figures] [--layer TABLE] FILE...",
        "",
        "Reads each FILE as Wardflow would import it and prints what was read, repaired and",
        "skipped, naming the line or feature of each finding. The kind of file (ward boundaries,",
        "schools, ward figures; GeoJSON, GeoPackage, Shapefile or CSV) is detected from its",
        "content. Ward figures (e.g. population by ward) are joined with the first ward",
        "boundary file given. Files are never modified.",
        "",
        "  --as KIND      read every file as wards, schools or figures instead of detecting",
        "  --layer TABLE  the GeoPackage table to read",
        "",
        "Exit code: 0 all clean, 1 warnings, 2 errors (the worst over all files).");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a = Args.parse(args, Set.of("as", "layer"), Set.of());
    if (a.positional().isEmpty()) {
      throw new UsageException("give at least one file to validate");
    }
    Content forced = null;
    if (a.has("as")) {
      forced =
          switch (a.get("as").toLowerCase(Locale.ROOT)) {
            case "wards", "ward" -> Content.WARDS;
            case "schools", "school" -> Content.SCHOOLS;
            case "figures", "table", "population" -> Content.WARD_TABLE;
            default ->
                throw new UsageException(
                    "--as must be wards, schools or figures, was '" + a.get("as") + "'");
          };
    }
    String layer = a.get("layer");
    List<Path> files = new ArrayList<>();
    for (String s : a.positional()) {
      files.add(Path.of(s));
    }
    Map<Path, Detection> detections = new LinkedHashMap<>();
    for (Path f : files) {
      detections.put(f, Readers.detect(f));
    }
    Map<Path, List<ImportReport>> reports = new LinkedHashMap<>();
    WardLayer firstWards = null;
    boolean internal = false;
    // Ward layers first, so that ward figures can be joined with them.
    for (Path f : files) {
      Detection d = detections.get(f);
      if (wants(d, forced, Content.WARDS)) {
        try {
          ImportResult<WardLayer> r = Readers.readWards(f, layer, null);
          if (firstWards == null) {
            firstWards = r.value();
          }
          reports.computeIfAbsent(f, k -> new ArrayList<>()).add(r.report());
        } catch (ImportException e) {
          reports.computeIfAbsent(f, k -> new ArrayList<>()).add(failed(f, "ward boundaries", e));
        } catch (RuntimeException e) {
          internal = true;
          reports.computeIfAbsent(f, k -> new ArrayList<>()).add(crashed(f, "ward boundaries", e));
        }
      }
    }
    for (Path f : files) {
      Detection d = detections.get(f);
      List<ImportReport> list = reports.computeIfAbsent(f, k -> new ArrayList<>());
      try {
        if (wants(d, forced, Content.SCHOOLS)) {
          try {
            list.add(Readers.readSchools(f, layer, null).report());
          } catch (ImportException e) {
            list.add(failed(f, "schools", e));
          }
        }
        if (wants(d, forced, Content.WARD_TABLE)) {
          try {
            list.add(Readers.readWardIndicators(f, firstWards).report());
          } catch (ImportException e) {
            list.add(failed(f, "ward figures", e));
          }
        }
      } catch (RuntimeException e) {
        internal = true;
        list.add(crashed(f, "data", e));
      }
      if (list.isEmpty()) {
        ImportReport r = new ImportReport(f, d.summary());
        r.error(
            "",
            d.problem() != null ? d.problem() : "Cannot tell what " + f.getFileName() + " holds.");
        list.add(r);
      }
    }

    int clean = 0;
    int warned = 0;
    int errored = 0;
    for (Path f : files) {
      Severity worst = Severity.INFO;
      for (ImportReport r : reports.get(f)) {
        out.print(r.format());
        if (r.worst().compareTo(worst) > 0) {
          worst = r.worst();
        }
      }
      out.println();
      switch (worst) {
        case ERROR -> errored++;
        case WARNING -> warned++;
        default -> clean++;
      }
    }
    out.printf(
        Locale.ROOT,
        "validate: %d file%s — %d clean, %d with warnings, %d with errors%n",
        files.size(),
        files.size() == 1 ? "" : "s",
        clean,
        warned,
        errored);
    if (internal) {
      return Cli.INTERNAL;
    }
    return errored > 0 ? Cli.ERRORS : warned > 0 ? Cli.WARNINGS : Cli.OK;
  }

  private static boolean wants(Detection d, Content forced, Content c) {
    return forced != null ? forced == c : d.can(c);
  }

  private static ImportReport failed(Path f, String what, ImportException e) {
    ImportReport r = new ImportReport(f, what);
    r.error("", e.getMessage());
    return r;
  }

  private static ImportReport crashed(Path f, String what, RuntimeException e) {
    ImportReport r = new ImportReport(f, what);
    r.error(
        "",
        "Wardflow failed unexpectedly while reading "
            + f.getFileName()
            + " ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + "). This is a bug in Wardflow, not in the file; please report it with the file.");
    return r;
  }
}
