package org.wardflow.ui.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wardflow.io.Detection;
import org.wardflow.io.ImportException;
import org.wardflow.io.ImportReport;
import org.wardflow.io.ImportResult;
import org.wardflow.io.Readers;
import org.wardflow.io.WardPopulation;
import org.wardflow.io.flows.FlowColumn;
import org.wardflow.io.flows.FlowCsvMapping;
import org.wardflow.io.flows.FlowCsvReader;
import org.wardflow.io.flows.FlowImportOptions;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.ui.DataLoader;
import org.wardflow.ui.FileFormat;
import org.wardflow.ui.LoadResult;

/**
 * Opens any file Wardflow reads, deciding what it holds from its content: ward boundaries and
 * school points (GeoJSON, GeoPackage, Shapefile), schools (GIAS or any CSV with coordinates), flow
 * tables (aggregated or record-level CSV, told apart by their header — record-level files are
 * aggregated on import and their identifiers discarded) and ward population (CSV by ward code).
 * Flow tables are reconciled with, and population joined to, the wards and schools already shown.
 *
 * <p>Files are only read, never modified. Every outcome has an import report; a file that cannot be
 * used gives a failed result whose report says why in one paragraph naming the file.
 */
public final class WardflowLoader implements DataLoader {
  private static final List<FileFormat> FORMATS =
      List.of(
          new FileFormat("Ward boundaries or school points (GeoJSON)", List.of("geojson", "json")),
          new FileFormat("GeoPackage", List.of("gpkg")),
          new FileFormat("Shapefile", List.of("shp")),
          new FileFormat(
              "Schools (GIAS), flow tables or ward population (CSV)",
              List.of("csv", "txt", "tsv")));

  /** Creates the loader. */
  public WardflowLoader() {}

  @Override
  public List<FileFormat> formats() {
    return FORMATS;
  }

  @Override
  public LoadResult load(Path file) {
    return load(file, null);
  }

  @Override
  public LoadResult load(Path file, Geography context) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.exists(file)) {
      return failed(
          file, "Wardflow cannot open “" + name + "”: the file " + file + " does not exist.");
    }
    if (Files.isDirectory(file)) {
      return failed(
          file, "Wardflow cannot open “" + name + "”: it is a folder. Open the files inside it.");
    }
    try {
      return read(file, name, context);
    } catch (ImportException e) {
      return failed(file, e.getMessage());
    } catch (RuntimeException e) {
      return failed(
          file,
          "Wardflow could not read “"
              + name
              + "” because of an internal error ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "). Nothing was loaded. Please report this together with the file.");
    }
  }

  private LoadResult read(Path file, String name, Geography context) throws ImportException {
    Detection d = Readers.detect(file);
    if (d.format() == Detection.Format.CSV) {
      List<String> headers = FlowCsvReader.headers(file);
      if (isFlowTable(headers)) {
        return flows(file, name, context);
      }
      if (d.can(Detection.Content.SCHOOLS)) {
        return LoadResult.of(Readers.readSchools(file));
      }
      if (d.can(Detection.Content.WARD_TABLE)) {
        return population(file, name, context);
      }
      return failed(
          file,
          (d.problem() != null ? d.problem() + " " : "Cannot tell what “" + name + "” holds. ")
              + "Wardflow reads CSV files of schools (with Easting/Northing or"
              + " Longitude/Latitude), ward population (a ward code column and “Aged 15 years and"
              + " under”), and flow tables: aggregated (ward_code, school_urn, count[, period,"
              + " age_band, group]) or one row per child (home ward code or home coordinates,"
              + " school_urn[, age, date, group, person_id]) — see the templates in resources/.");
    }
    if (d.problem() != null) {
      return failed(file, d.problem());
    }
    if (d.can(Detection.Content.WARDS)) {
      return LoadResult.of(Readers.readWards(file));
    }
    if (d.can(Detection.Content.SCHOOLS)) {
      return LoadResult.of(Readers.readSchools(file));
    }
    return failed(
        file,
        "Wardflow cannot use “"
            + name
            + "”: it is "
            + d.summary()
            + ", with neither ward boundaries (polygons with ward codes) nor school points.");
  }

  /**
   * True when a CSV header looks like a flow table: a school URN column and a home ward code, a
   * count or a person identifier — and no school name column (a school register also has URNs).
   */
  static boolean isFlowTable(List<String> headers) {
    FlowCsvMapping m = FlowCsvMapping.detect(headers);
    if (!m.has(FlowColumn.SCHOOL_URN)) {
      return false;
    }
    for (String h : headers) {
      String n = FlowColumn.normalise(h);
      if (n.contains("establishmentname") || n.equals("schoolname") || n.equals("name")) {
        return false;
      }
    }
    return m.has(FlowColumn.WARD_CODE) || m.has(FlowColumn.COUNT) || m.has(FlowColumn.PERSON_ID);
  }

  private LoadResult flows(Path file, String name, Geography context) throws ImportException {
    if (context == null || context.wards().size() == 0) {
      return failed(
          file,
          "“"
              + name
              + "” is a flow table, but no ward boundaries are open: open the wards and schools"
              + " first, then the table, so that its ward codes and URNs can be checked.");
    }
    ImportResult<FlowTable> r =
        FlowCsvReader.read(file, context.wards(), context.schools(), FlowImportOptions.DEFAULT);
    FlowTable t = r.value();
    if (t == null || t.recordCount() == 0) {
      if (!r.report().hasErrors()) {
        r.report()
            .error(
                "",
                "No row of "
                    + name
                    + " matched the wards and schools shown, so no table was loaded (see the"
                    + " issues above for why each row was skipped).");
      }
      return LoadResult.failed(r.report());
    }
    return LoadResult.ofFlows(t, r.report());
  }

  private LoadResult population(Path file, String name, Geography context) throws ImportException {
    ImportResult<WardPopulation> r =
        Readers.readWardPopulation(file, context == null ? null : context.wards());
    WardPopulation p = r.value();
    if (p == null) {
      return LoadResult.failed(r.report());
    }
    return LoadResult.ofPopulation(p.children(), p.total(), r.report());
  }

  private static LoadResult failed(Path file, String message) {
    String ext = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = ext.lastIndexOf('.');
    String kind = dot < 0 ? "file" : ext.substring(dot + 1).toUpperCase(Locale.ROOT) + " file";
    return LoadResult.failed(new ImportReport(file, kind).error("", message));
  }
}
