package org.wardflow.io;

import com.j256.ormlite.jdbc.JdbcConnectionSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageImpl;
import mil.nga.geopackage.db.GeoPackageConnection;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.wardflow.model.Crs;

/**
 * Reads feature tables of an OGC GeoPackage with NGA's library, strictly read-only (SQLite opened
 * with {@code open_mode=1}, so the file is never modified). Geometries pass from NGA to JTS as WKB.
 * Any spatial reference system Proj4J knows (by EPSG code, or from the SRS's WKT definition) is
 * reprojected to British National Grid; an undefined SRS is detected from coordinate ranges.
 */
public final class GeoPackageReader {
  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private GeoPackageReader() {}

  /**
   * A feature table of a GeoPackage.
   *
   * @param table table name
   * @param geometryType declared geometry type, e.g. {@code MULTIPOLYGON}
   * @param kind broad kind of the declared type (for {@code GEOMETRY} tables: of the first feature)
   * @param features number of rows
   * @param srs the SRS, e.g. {@code EPSG:27700}
   */
  public record LayerInfo(
      String table, String geometryType, GeometryKind kind, long features, String srs) {
    /** "wards (MULTIPOLYGON, 192 features, EPSG:27700)". */
    public String describe() {
      return table + " (" + geometryType + ", " + features + " features, " + srs + ")";
    }
  }

  /**
   * Lists the feature tables.
   *
   * @throws ImportException when the file is not a readable GeoPackage
   */
  public static List<LayerInfo> layers(Path file) throws ImportException {
    GeoPackage gp = open(file);
    try {
      List<LayerInfo> out = new ArrayList<>();
      for (String t : gp.getFeatureTables()) {
        out.add(info(gp, t));
      }
      return out;
    } catch (RuntimeException e) {
      throw damaged(file, e);
    } finally {
      gp.close();
    }
  }

  /**
   * Reads one feature table into BNG.
   *
   * @param file the GeoPackage (never modified)
   * @param table the table to read, or null for the first table of the wanted kind
   * @param wanted the geometry kind wanted when no table is named
   * @param report receives the layer and CRS decisions and per-feature problems
   * @throws ImportException when the file is not a GeoPackage, has no suitable table or is damaged
   */
  public static VectorData read(Path file, String table, GeometryKind wanted, ImportReport report)
      throws ImportException {
    String name = Texts.name(file);
    GeoPackage gp = open(file);
    try {
      List<String> tables = gp.getFeatureTables();
      List<LayerInfo> infos = new ArrayList<>();
      for (String t : tables) {
        infos.add(info(gp, t));
      }
      LayerInfo chosen = null;
      if (table != null) {
        for (LayerInfo li : infos) {
          if (li.table().equalsIgnoreCase(table)) {
            chosen = li;
          }
        }
        if (chosen == null) {
          throw new ImportException(
              file,
              "Cannot read "
                  + name
                  + ": it has no feature table named '"
                  + table
                  + "'. Its feature tables are: "
                  + describeAll(infos)
                  + ".");
        }
        if (chosen.kind() != wanted) {
          throw new ImportException(
              file,
              "Cannot read "
                  + name
                  + ": table '"
                  + chosen.table()
                  + "' holds "
                  + chosen.geometryType()
                  + " geometries, not "
                  + wanted.word()
                  + "s.");
        }
      } else {
        for (LayerInfo li : infos) {
          if (li.kind() == wanted) {
            chosen = li;
            break;
          }
        }
        if (chosen == null) {
          throw new ImportException(
              file,
              "Cannot read "
                  + name
                  + ": it has no "
                  + wanted.word()
                  + " layer. "
                  + (infos.isEmpty()
                      ? "It has no feature tables at all."
                      : "Its feature tables are: " + describeAll(infos) + "."));
        }
      }
      report.info(
          "",
          "layer "
              + chosen.describe()
              + (infos.size() > 1 ? "; other feature tables: " + othersThan(infos, chosen) : ""));
      FeatureDao dao = gp.getFeatureDao(chosen.table());
      CrsSupport.SourceCrs declared = declared(dao, report);
      List<String> fields = new ArrayList<>();
      String geomCol = dao.getGeometryColumnName();
      String pk = dao.getIdColumnName();
      for (FeatureColumn c : dao.getColumns()) {
        if (!c.getName().equals(geomCol) && !c.getName().equals(pk)) {
          fields.add(c.getName());
        }
      }
      List<VectorFeature> features = new ArrayList<>();
      WKBReader wkb = new WKBReader(Crs.BNG_FACTORY);
      FeatureResultSet rs = dao.queryForAll();
      try {
        int index = 0;
        while (rs.moveToNext()) {
          index++;
          features.add(feature(rs, index, fields, wkb));
        }
      } finally {
        rs.close();
      }
      report.count("features", features.size());
      features =
          CrsSupport.toBng(file, features, declared, null, "the table's SRS is undefined", report);
      return new VectorData(file, "GeoPackage", chosen.table(), fields, features);
    } catch (RuntimeException e) {
      throw damaged(file, e);
    } finally {
      gp.close();
    }
  }

  private static VectorFeature feature(
      FeatureResultSet rs, int index, List<String> fields, WKBReader wkb) {
    FeatureRow row = rs.getRow();
    long fid = row.getId();
    String location = "feature fid=" + fid;
    Map<String, Object> props = new LinkedHashMap<>();
    for (String f : fields) {
      Object v = row.getValue(f);
      props.put(f, v instanceof byte[] ? "(binary)" : v);
    }
    try {
      GeoPackageGeometryData gd = row.getGeometry();
      if (gd == null) {
        return new VectorFeature(index, location, null, props, "has no geometry (NULL)");
      }
      if (gd.isEmpty() || gd.getGeometry() == null) {
        return new VectorFeature(
            index, location, Crs.BNG_FACTORY.createGeometryCollection(), props, null);
      }
      Geometry g = wkb.read(gd.getWkb());
      return new VectorFeature(index, location, g, props, null);
    } catch (ParseException | IOException | RuntimeException e) {
      return new VectorFeature(
          index, location, null, props, "has an unreadable geometry blob (damaged?)");
    }
  }

  private static CrsSupport.SourceCrs declared(FeatureDao dao, ImportReport report) {
    SpatialReferenceSystem srs = dao.getSrs();
    if (srs == null || srs.getSrsId() == -1 || srs.getSrsId() == 0) {
      return null;
    }
    String where = "the table's spatial reference system (srs_id " + srs.getSrsId() + ")";
    String org = srs.getOrganization() == null ? "" : srs.getOrganization();
    String code = "EPSG:" + srs.getOrganizationCoordsysId();
    if (org.equalsIgnoreCase("EPSG") && CrsTransform.isKnown(code)) {
      return new CrsSupport.SourceCrs(code, null, where);
    }
    return WktCrs.parse(srs.getDefinition(), where, report);
  }

  private static LayerInfo info(GeoPackage gp, String table) {
    FeatureDao dao = gp.getFeatureDao(table);
    String type = dao.getGeometryType() == null ? "GEOMETRY" : dao.getGeometryType().name();
    GeometryKind kind = GeometryKind.ofTypeName(type);
    if (kind == GeometryKind.OTHER) {
      kind = firstKind(dao);
    }
    SpatialReferenceSystem srs = dao.getSrs();
    String srsName =
        srs == null
            ? "no SRS"
            : (srs.getOrganization() == null ? "?" : srs.getOrganization().toUpperCase(Locale.ROOT))
                + ":"
                + srs.getOrganizationCoordsysId();
    return new LayerInfo(table, type, kind, dao.count(), srsName);
  }

  private static GeometryKind firstKind(FeatureDao dao) {
    FeatureResultSet rs = dao.queryForAll();
    try {
      WKBReader wkb = new WKBReader(Crs.BNG_FACTORY);
      while (rs.moveToNext()) {
        try {
          GeoPackageGeometryData gd = rs.getRow().getGeometry();
          if (gd != null && !gd.isEmpty()) {
            return GeometryKind.of(wkb.read(gd.getWkb()));
          }
        } catch (ParseException | IOException | RuntimeException e) {
          // Try the next feature.
        }
      }
      return GeometryKind.OTHER;
    } finally {
      rs.close();
    }
  }

  private static String describeAll(List<LayerInfo> infos) {
    List<String> d = new ArrayList<>();
    for (LayerInfo li : infos) {
      d.add(li.describe());
    }
    return Texts.abbreviate(d, 20);
  }

  private static String othersThan(List<LayerInfo> infos, LayerInfo chosen) {
    List<String> d = new ArrayList<>();
    for (LayerInfo li : infos) {
      if (li != chosen) {
        d.add(li.table() + " (" + li.geometryType() + ")");
      }
    }
    return String.join(", ", d);
  }

  /** True when a file starts with the SQLite header. */
  static boolean isSqlite(byte[] head) {
    if (head.length < SQLITE_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < SQLITE_MAGIC.length; i++) {
      if (head[i] != SQLITE_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** Opens a GeoPackage read-only. */
  static GeoPackage open(Path file) throws ImportException {
    Texts.requireReadable(file, "GeoPackage");
    String name = Texts.name(file);
    try {
      if (Files.size(file) == 0) {
        throw new ImportException(
            file,
            "Cannot read " + name + ": the file is empty (0 bytes), so it holds no GeoPackage.");
      }
      if (!isSqlite(Texts.head(file, 16))) {
        throw new ImportException(
            file,
            "Cannot read "
                + name
                + ": it is not a GeoPackage. A GeoPackage is an SQLite database, and this file"
                + " does not start with the SQLite header (another format, or damaged?).");
      }
    } catch (IOException e) {
      throw new ImportException(file, "Cannot read " + name + ": " + Texts.reason(e) + ".", e);
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1";
    Connection c = null;
    try {
      c = DriverManager.getConnection(url);
      GeoPackageConnection gc =
          new GeoPackageConnection(file.toFile(), c, new JdbcConnectionSource(url));
      GeoPackage gp = new GeoPackageImpl(Texts.baseName(file), file.toFile(), gc, false) {};
      if (!gp.isTable("gpkg_contents") || !gp.isTable("gpkg_spatial_ref_sys")) {
        gp.close();
        throw new ImportException(
            file,
            "Cannot read "
                + name
                + ": it is an SQLite database but not a GeoPackage (it has no gpkg_contents"
                + " or gpkg_spatial_ref_sys table).");
      }
      return gp;
    } catch (SQLException | RuntimeException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // Already failing; the original problem is reported.
        }
      }
      throw damaged(file, e);
    }
  }

  private static ImportException damaged(Path file, Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable c = e.getCause();
    while (c != null) {
      if (c.getMessage() != null) {
        m = c.getMessage();
      }
      c = c.getCause();
    }
    return new ImportException(
        file,
        "Cannot read "
            + Texts.name(file)
            + ": the GeoPackage is damaged or not a valid GeoPackage ("
            + GeoJsonReader.shortMessage(m)
            + ").",
        e);
  }
}
