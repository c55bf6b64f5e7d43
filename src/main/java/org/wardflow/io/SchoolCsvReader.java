package org.wardflow.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Crs;
import org.wardflow.model.SchoolLayer;

/**
 * Reads schools from a CSV: the GIAS download as DfE publishes it ({@code URN}, {@code
 * EstablishmentName}, {@code TypeOfEstablishment (name)}, {@code PhaseOfEducation (name)}, {@code
 * EstablishmentStatus (name)}, {@code NumberOfPupils}, {@code Easting}, {@code Northing}, {@code
 * Postcode}, {@code LA (name)}; cp1252 or UTF-8 with or without BOM), its snake_case variant, or
 * any CSV through a {@link PointCsvMapping}. Parsing is Commons CSV's.
 *
 * <p>A row with 0,0, unreadable or out-of-area coordinates keeps its school without a location
 * (GIAS gives 0,0 for unknown locations, e.g. URN 140604); repeated URNs keep the first; closed
 * schools are kept with {@code open=false}; each case is reported with its line number.
 */
public final class SchoolCsvReader {
  private SchoolCsvReader() {}

  /**
   * Reads schools, detecting GIAS (or snake_case) columns from the header.
   *
   * @throws ImportException when required columns are missing (naming them and listing those
   *     found), or the file is not a readable CSV
   */
  public static SchoolLayer read(Path file, ImportReport report) throws ImportException {
    return read(file, null, report);
  }

  /**
   * Reads schools with a column mapping.
   *
   * @param file the CSV (never modified)
   * @param mapping the columns to use, or null to detect GIAS/snake_case columns
   * @param report receives what was read, repaired and skipped
   * @throws ImportException when mapped or required columns are missing, or the CSV is malformed
   */
  public static SchoolLayer read(Path file, PointCsvMapping mapping, ImportReport report)
      throws ImportException {
    try (CsvSource csv = CsvSource.open(file)) {
      List<String> header = csv.header();
      report.info("", "read as " + csv.describe());
      PointCsvMapping m = mapping;
      if (m == null) {
        m = PointCsvMapping.suggest(header).orElse(null);
        List<String> missing = new ArrayList<>();
        if (PointCsvMapping.find(header, PointCsvMapping.ID) == null) {
          missing.add("URN");
        }
        if (m == null) {
          missing.add("Easting and Northing (or Longitude and Latitude)");
        }
        if (!missing.isEmpty()) {
          throw new ImportException(
              file,
              "Cannot read schools from "
                  + Texts.name(file)
                  + ": required column"
                  + (missing.size() > 1 ? "s " : " ")
                  + Texts.list(missing)
                  + (missing.size() > 1 ? " are" : " is")
                  + " missing. The columns found are: "
                  + Texts.abbreviate(header, 40)
                  + ". Map the columns by hand for a file that is not a GIAS download.");
        }
        report.info("", "columns used (detected): " + m.describe());
      } else {
        List<String> missing = new ArrayList<>();
        for (String c : m.columns()) {
          if (csv.index(c) < 0) {
            missing.add(c);
          }
        }
        if (!missing.isEmpty()) {
          throw new ImportException(
              file,
              "Cannot read schools from "
                  + Texts.name(file)
                  + ": the mapped column"
                  + (missing.size() > 1 ? "s " : " ")
                  + Texts.list(missing)
                  + (missing.size() > 1 ? " are" : " is")
                  + " not in the file. The columns found are: "
                  + Texts.abbreviate(header, 40)
                  + ".");
        }
        report.info("", "columns used (as mapped): " + m.describe());
      }
      int iId = csv.index(m.idColumn());
      int iName = csv.index(m.nameColumn());
      int iPhase = csv.index(m.phaseColumn());
      int iType = csv.index(m.typeColumn());
      int iStatus = csv.index(m.statusColumn());
      int iPupils = csv.index(m.pupilsColumn());
      int iDistrict = csv.index(m.districtColumn());
      int iPostcode = csv.index(m.postcodeColumn());
      int iX = csv.index(m.xColumn());
      int iY = csv.index(m.yColumn());
      Set<Integer> mapped =
          new HashSet<>(
              List.of(iId, iName, iPhase, iType, iStatus, iPupils, iDistrict, iPostcode, iX, iY));
      boolean geographic = m.isGeographic();
      CrsTransform toBng = Crs.BNG.equals(m.crs()) ? null : CrsTransform.toBng(m.crs());
      SchoolAssembler asm = new SchoolAssembler(file, report, iStatus >= 0);
      if (iId < 0) {
        report.info("", "no id column: schools are numbered by their row (1, 2, …)");
      }
      CsvSource.Row row;
      int n = 0;
      while ((row = csv.next()) != null) {
        n++;
        csv.checkWidth(row, report);
        String at = "line " + row.line();
        String id = iId < 0 ? Integer.toString(n) : row.get(iId);
        Point p =
            locate(
                asm,
                report,
                at + (id.isBlank() ? "" : ", URN " + id.trim()),
                m,
                row.get(iX),
                row.get(iY),
                geographic,
                toBng);
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (!mapped.contains(i) && !header.get(i).isEmpty()) {
            String v = row.get(i).trim();
            if (!v.isEmpty()) {
              attrs.put(header.get(i), v);
            }
          }
        }
        asm.add(
            at,
            id,
            row.get(iName),
            row.get(iPhase),
            row.get(iType),
            row.get(iStatus),
            row.get(iPupils),
            row.get(iDistrict),
            row.get(iPostcode),
            p,
            attrs);
      }
      report.count("rows", n);
      return asm.build(Texts.baseName(file));
    }
  }

  private static Point locate(
      SchoolAssembler asm,
      ImportReport report,
      String at,
      PointCsvMapping m,
      String xs,
      String ys,
      boolean geographic,
      CrsTransform toBng) {
    String xt = xs.trim();
    String yt = ys.trim();
    if (xt.isEmpty() && yt.isEmpty()) {
      report.warn(at, "has no coordinates; kept without a location");
      report.count("no location", 1);
      return null;
    }
    Double x = SchoolAssembler.parseNumber(xt);
    Double y = SchoolAssembler.parseNumber(yt);
    if (x == null || y == null) {
      List<String> bad = new ArrayList<>();
      if (x == null) {
        bad.add(
            m.xColumn() + " " + (xt.isEmpty() ? "is blank" : Texts.quote(xt) + " is not a number"));
      }
      if (y == null) {
        bad.add(
            m.yColumn() + " " + (yt.isEmpty() ? "is blank" : Texts.quote(yt) + " is not a number"));
      }
      report.warn(at, String.join(" and ", bad) + "; kept without a location");
      report.count("no location", 1);
      return null;
    }
    if (x == 0 && y == 0) {
      report.warn(
          at, "coordinates are 0,0 (GIAS's code for an unknown location); kept without a location");
      report.count("no location", 1);
      return null;
    }
    Coordinate c = new Coordinate(x, y);
    if (toBng != null) {
      if (geographic && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
        report.warn(
            at,
            "longitude/latitude "
                + xt
                + ", "
                + yt
                + " is out of range (longitude −180…180, latitude −90…90); kept without a"
                + " location");
        report.count("no location", 1);
        return null;
      }
      try {
        c = toBng.apply(x, y);
      } catch (RuntimeException e) {
        report.warn(
            at,
            "coordinates " + xt + ", " + yt + " could not be transformed; kept without a location");
        report.count("no location", 1);
        return null;
      }
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        report.warn(
            at,
            "coordinates " + xt + ", " + yt + " could not be transformed; kept without a location");
        report.count("no location", 1);
        return null;
      }
    }
    return asm.inGb(at, c);
  }
}
