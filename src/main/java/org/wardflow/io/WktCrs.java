package org.wardflow.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mil.nga.proj.Projection;
import mil.nga.proj.ProjectionFactory;
import org.wardflow.model.Crs;

/**
 * Recognises a CRS from its WKT (a Shapefile's .prj, a GeoPackage SRS definition). British National
 * Grid and WGS 84 are recognised by authority code, name or parameters — ESRI-style .prj files
 * carry no EPSG code and no datum shift, so converting them literally would put BNG data ~100 m
 * off. Other definitions are converted through NGA's WKT→Proj4J bridge and reported as such.
 */
final class WktCrs {
  private static final Pattern ROOT_AUTHORITY =
      Pattern.compile("(?i)AUTHORITY\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]\\s*\\]\\s*$");
  private static final Pattern ID_EPSG =
      Pattern.compile("(?i)ID\\[\\s*\"EPSG\"\\s*,\\s*(\\d+)\\s*\\]\\s*\\]\\s*$");
  private static final Pattern UTM_N = Pattern.compile("(?i)UTM[_ ]zone[_ ](\\d{1,2})N");

  private WktCrs() {}

  /**
   * Parses a WKT CRS.
   *
   * @param wkt the definition
   * @param source where it came from, for the report ("the .prj file")
   * @param report receives a warning when the CRS is not recognised
   * @return the CRS, or null when it cannot be used (reported)
   */
  static CrsSupport.SourceCrs parse(String wkt, String source, ImportReport report) {
    String w = wkt == null ? "" : wkt.trim();
    if (w.isEmpty()) {
      report.warn("", source + " is empty; the CRS is detected from the coordinates instead");
      return null;
    }
    String epsg = recognise(w);
    if (epsg != null) {
      return new CrsSupport.SourceCrs(epsg, null, source + " (" + rootName(w) + ")");
    }
    try {
      Projection p = ProjectionFactory.getCachelessProjectionByDefinition(w);
      if (p != null && p.getCrs() != null) {
        report.warn(
            "",
            source
                + " defines '"
                + rootName(w)
                + "', which Wardflow does not know by name; converted from its WKT definition"
                + " (if the WKT has no datum shift, positions may be off by up to ~100 m)");
        return new CrsSupport.SourceCrs(null, p.getCrs(), source);
      }
    } catch (RuntimeException e) {
      // Unusable definition: reported below.
    }
    report.warn(
        "",
        source
            + " defines '"
            + rootName(w)
            + "', which could not be interpreted; the CRS is detected from the coordinates"
            + " instead");
    return null;
  }

  /** The EPSG name of a WKT definition Wardflow recognises directly, or null. */
  static String recognise(String wkt) {
    Matcher m = ROOT_AUTHORITY.matcher(wkt);
    if (m.find() && CrsTransform.isKnown("EPSG:" + m.group(1))) {
      return "EPSG:" + Integer.parseInt(m.group(1));
    }
    m = ID_EPSG.matcher(wkt);
    if (m.find() && CrsTransform.isKnown("EPSG:" + m.group(1))) {
      return "EPSG:" + Integer.parseInt(m.group(1));
    }
    String u = wkt.toUpperCase(Locale.ROOT).replace(' ', '_');
    boolean projected = u.startsWith("PROJCS") || u.startsWith("PROJCRS");
    if (projected) {
      if (u.contains("BRITISH_NATIONAL_GRID")) {
        return Crs.BNG;
      }
      if (u.contains("OSGB")
          && u.contains("TRANSVERSE_MERCATOR")
          && u.contains("400000")
          && u.contains("-100000")) {
        return Crs.BNG;
      }
      if (u.contains("WEB_MERCATOR") || u.contains("PSEUDO-MERCATOR")) {
        return "EPSG:3857";
      }
      Matcher utm = UTM_N.matcher(wkt);
      if ((u.contains("WGS_1984") || u.contains("WGS_84")) && utm.find()) {
        return "EPSG:" + (32600 + Integer.parseInt(utm.group(1)));
      }
      return null;
    }
    if (u.startsWith("GEOGCS") || u.startsWith("GEOGCRS") || u.startsWith("GEODCRS")) {
      if (u.contains("WGS_1984") || u.contains("WGS_84") || u.contains("WGS84")) {
        return Crs.WGS84;
      }
      if (u.contains("ETRS_1989") || u.contains("ETRS89")) {
        return "EPSG:4258";
      }
      if (u.contains("OSGB")) {
        return "EPSG:4277";
      }
    }
    return null;
  }

  /** The CRS name inside the outermost {@code PROJCS["…"} / {@code GEOGCS["…"}. */
  static String rootName(String wkt) {
    int q1 = wkt.indexOf('"');
    int q2 = q1 < 0 ? -1 : wkt.indexOf('"', q1 + 1);
    if (q1 < 0 || q2 < 0) {
      return wkt.length() > 40 ? wkt.substring(0, 40) + "..." : wkt;
    }
    return wkt.substring(q1 + 1, q2);
  }
}
