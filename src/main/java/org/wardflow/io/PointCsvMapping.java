package org.wardflow.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wardflow.model.Crs;

/**
 * How the columns of a delimited text file map to schools — the non-UI part of a QGIS-style
 * "delimited text" import. Coordinates are either X/Y in a named CRS (e.g. GIAS {@code
 * Easting}/{@code Northing} in EPSG:27700) or longitude/latitude (EPSG:4326, X = longitude). All
 * other columns are optional; without an id column rows are numbered.
 *
 * @param idColumn unique id (URN), or null to number the rows
 * @param nameColumn establishment name, or null
 * @param phaseColumn phase of education, or null
 * @param typeColumn type of establishment, or null
 * @param statusColumn establishment status ("Open", "Closed", …), or null (all open)
 * @param pupilsColumn number of pupils, or null
 * @param districtColumn local authority / district name, or null
 * @param postcodeColumn postcode, or null
 * @param xColumn X (easting or longitude)
 * @param yColumn Y (northing or latitude)
 * @param crs CRS of X/Y as a Proj4J name, e.g. {@code EPSG:27700}; {@code EPSG:4326} means X =
 *     longitude, Y = latitude
 */
public record PointCsvMapping(
    String idColumn,
    String nameColumn,
    String phaseColumn,
    String typeColumn,
    String statusColumn,
    String pupilsColumn,
    String districtColumn,
    String postcodeColumn,
    String xColumn,
    String yColumn,
    String crs) {

  static final List<String> ID = List.of("urn", "schoolurn", "establishmenturn", "id", "schoolid");
  static final List<String> NAME =
      List.of("establishmentname", "schoolname", "name", "establishment", "school");
  static final List<String> PHASE =
      List.of("phaseofeducationname", "phaseofeducation", "educationphase", "phase");
  static final List<String> TYPE =
      List.of(
          "typeofestablishmentname",
          "typeofestablishment",
          "establishmenttype",
          "schooltype",
          "type");
  static final List<String> STATUS =
      List.of("establishmentstatusname", "establishmentstatus", "status");
  static final List<String> PUPILS =
      List.of("numberofpupils", "pupils", "numpupils", "pupilcount", "noofpupils", "roll");
  static final List<String> DISTRICT =
      List.of(
          "laname",
          "localauthorityname",
          "localauthority",
          "la",
          "district",
          "ladname",
          "ladnm",
          "lad25nm");
  static final List<String> POSTCODE = List.of("postcode", "postalcode", "pcd");
  static final List<String> EASTING =
      List.of("easting", "eastings", "bnge", "bngeasting", "xcoord", "x");
  static final List<String> NORTHING =
      List.of("northing", "northings", "bngn", "bngnorthing", "ycoord", "y");
  static final List<String> LON = List.of("longitude", "lon", "lng", "long");
  static final List<String> LAT = List.of("latitude", "lat");

  /** Checks that X, Y and CRS are given and the CRS is known. */
  public PointCsvMapping {
    Objects.requireNonNull(xColumn, "xColumn");
    Objects.requireNonNull(yColumn, "yColumn");
    Objects.requireNonNull(crs, "crs");
    if (!CrsTransform.isKnown(crs)) {
      throw new IllegalArgumentException("unknown coordinate reference system " + crs);
    }
  }

  /** A mapping with X/Y columns in a CRS and nothing else. */
  public static PointCsvMapping xy(String xColumn, String yColumn, String crs) {
    return new PointCsvMapping(
        null, null, null, null, null, null, null, null, xColumn, yColumn, crs);
  }

  /** A mapping with longitude/latitude columns (WGS 84) and nothing else. */
  public static PointCsvMapping lonLat(String lonColumn, String latColumn) {
    return xy(lonColumn, latColumn, Crs.WGS84);
  }

  /** With an id column. */
  public PointCsvMapping withId(String c) {
    return new PointCsvMapping(
        c,
        nameColumn,
        phaseColumn,
        typeColumn,
        statusColumn,
        pupilsColumn,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a name column. */
  public PointCsvMapping withName(String c) {
    return new PointCsvMapping(
        idColumn,
        c,
        phaseColumn,
        typeColumn,
        statusColumn,
        pupilsColumn,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a phase column. */
  public PointCsvMapping withPhase(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        c,
        typeColumn,
        statusColumn,
        pupilsColumn,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a type-of-establishment column. */
  public PointCsvMapping withType(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        phaseColumn,
        c,
        statusColumn,
        pupilsColumn,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a status column. */
  public PointCsvMapping withStatus(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        phaseColumn,
        typeColumn,
        c,
        pupilsColumn,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a number-of-pupils column. */
  public PointCsvMapping withPupils(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        phaseColumn,
        typeColumn,
        statusColumn,
        c,
        districtColumn,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a district column. */
  public PointCsvMapping withDistrict(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        phaseColumn,
        typeColumn,
        statusColumn,
        pupilsColumn,
        c,
        postcodeColumn,
        xColumn,
        yColumn,
        crs);
  }

  /** With a postcode column. */
  public PointCsvMapping withPostcode(String c) {
    return new PointCsvMapping(
        idColumn,
        nameColumn,
        phaseColumn,
        typeColumn,
        statusColumn,
        pupilsColumn,
        districtColumn,
        c,
        xColumn,
        yColumn,
        crs);
  }

  /** True when X/Y are longitude/latitude. */
  public boolean isGeographic() {
    return CrsTransform.isGeographic(crs);
  }

  /** Every column this mapping names, in field order (nulls left out). */
  public List<String> columns() {
    List<String> out = new ArrayList<>();
    for (String c :
        new String[] {
          idColumn,
          nameColumn,
          phaseColumn,
          typeColumn,
          statusColumn,
          pupilsColumn,
          districtColumn,
          postcodeColumn,
          xColumn,
          yColumn
        }) {
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Suggests a mapping from a header: GIAS names ({@code URN}, {@code EstablishmentName}, {@code
   * PhaseOfEducation (name)}, {@code Easting}, …), their snake_case forms ({@code urn}, {@code
   * establishment_name}, {@code education_phase}, …) and common alternatives ({@code
   * longitude}/{@code latitude}, {@code lon}/{@code lat}, {@code x}/{@code y}). Easting/northing
   * are preferred to longitude/latitude when both are present. Plain {@code x}/{@code y} columns
   * are assumed to be British National Grid; {@link CsvInspector} checks that against the values.
   *
   * @return the mapping, or empty when no pair of coordinate columns is recognised
   */
  public static Optional<PointCsvMapping> suggest(List<String> header) {
    String x = find(header, EASTING);
    String y = find(header, NORTHING);
    PointCsvMapping m;
    String lon = find(header, LON);
    String lat = find(header, LAT);
    boolean plainXy =
        x != null && y != null && Texts.norm(x).equals("x") && Texts.norm(y).equals("y");
    if (x != null && y != null && !(plainXy && lon != null && lat != null)) {
      m = xy(x, y, Crs.BNG);
    } else if (lon != null && lat != null) {
      m = lonLat(lon, lat);
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new PointCsvMapping(
            find(header, ID),
            find(header, NAME),
            find(header, PHASE),
            find(header, TYPE),
            find(header, STATUS),
            find(header, PUPILS),
            find(header, DISTRICT),
            find(header, POSTCODE),
            m.xColumn(),
            m.yColumn(),
            m.crs()));
  }

  /** The first header name whose normalised form is in {@code wanted} (in wanted's order). */
  static String find(List<String> header, List<String> wanted) {
    for (String w : wanted) {
      for (String h : header) {
        if (Texts.norm(h).equals(w)) {
          return h;
        }
      }
    }
    return null;
  }

  /** A one-line description for reports: "id URN, name …, X/Y Easting/Northing in EPSG:27700". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("id ").append(idColumn == null ? "(row number)" : idColumn);
    append(sb, "name", nameColumn);
    append(sb, "phase", phaseColumn);
    append(sb, "type", typeColumn);
    append(sb, "status", statusColumn);
    append(sb, "pupils", pupilsColumn);
    append(sb, "district", districtColumn);
    append(sb, "postcode", postcodeColumn);
    sb.append(", ")
        .append(isGeographic() ? "lon/lat " : "X/Y ")
        .append(xColumn)
        .append('/')
        .append(yColumn)
        .append(" in ")
        .append(crs);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String what, String col) {
    if (col != null) {
      sb.append(", ").append(what).append(' ').append(col);
    }
  }
}
