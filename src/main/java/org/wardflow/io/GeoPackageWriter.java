package org.wardflow.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDao;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;

/**
 * Writes wards and schools to an OGC GeoPackage that QGIS opens: a {@code wards} multipolygon table
 * (ONS-style {@code WDnnCD/WDnnNM/LADnnCD/LADnnNM} columns plus any ward indicators), a {@code
 * schools} point table (GIAS snake_case columns), both in British National Grid, and a {@code
 * dataset_info} attributes table of key/value metadata (label such as FICTIONAL, title, seed, …).
 * The label is also put in each table's {@code gpkg_contents} identifier and description.
 *
 * <p>EPSG:27700 is inserted into {@code gpkg_spatial_ref_sys} by hand with its OGC WKT (NGA cannot
 * create it); geometries go from JTS to NGA as WKB. The file is written to a temporary file and
 * then moved into place, so a failed write leaves any previous file untouched.
 */
public final class GeoPackageWriter {
  /** OGC WKT (version 1) of EPSG:27700, OSGB 1936 / British National Grid. */
  public static final String BNG_WKT =
      "PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\","
          + "SPHEROID[\"Airy 1830\",6377563.396,299.3249646,AUTHORITY[\"EPSG\",\"7001\"]],"
          + "TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],"
          + "AUTHORITY[\"EPSG\",\"6277\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
          + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
          + "AUTHORITY[\"EPSG\",\"4277\"]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
          + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],"
          + "PARAMETER[\"false_northing\",-100000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
          + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"27700\"]]";

  /** Name of the ward table. */
  public static final String WARDS_TABLE = "wards";

  /** Name of the school table. */
  public static final String SCHOOLS_TABLE = "schools";

  /** Name of the key/value metadata table. */
  public static final String INFO_TABLE = "dataset_info";

  /**
   * What to write besides the geometry.
   *
   * @param label label for every table, e.g. {@code FICTIONAL} (may be empty)
   * @param description one paragraph for {@code gpkg_contents.description}
   * @param vintage two-digit boundary year for the ward column names ({@code 25} → {@code WD25CD})
   * @param wardColumns extra ward columns: column name → indicator (values by ward code)
   * @param metadata key/value rows of the {@code dataset_info} table
   */
  public record Options(
      String label,
      String description,
      String vintage,
      Map<String, WardIndicator> wardColumns,
      Map<String, String> metadata) {
    /** Fills defaults and freezes the maps (keeping their order). */
    public Options {
      label = label == null ? "" : label;
      description = description == null ? "" : description;
      vintage = vintage == null || !vintage.matches("\\d\\d") ? "25" : vintage;
      wardColumns =
          java.util.Collections.unmodifiableMap(
              new LinkedHashMap<>(wardColumns == null ? Map.of() : wardColumns));
      metadata =
          java.util.Collections.unmodifiableMap(
              new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
    }
  }

  private GeoPackageWriter() {}

  /**
   * Writes a geography to a GeoPackage, replacing the file.
   *
   * @param file the {@code .gpkg} to write
   * @param geo wards and schools (BNG)
   * @param options labels, extra columns and metadata
   * @throws IOException when the file cannot be written
   */
  public static void write(Path file, Geography geo, Options options) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp.gpkg");
    Files.deleteIfExists(tmp);
    try {
      File created = GeoPackageManager.create(tmp.toFile(), false);
      if (created == null) {
        throw new IOException("could not create GeoPackage " + tmp);
      }
      try (GeoPackage gp = GeoPackageManager.open(tmp.toFile(), true)) {
        addBng(gp);
        writeWards(gp, geo, options);
        writeSchools(gp, geo, options);
        writeInfo(gp, options);
      } catch (RuntimeException | java.sql.SQLException e) {
        throw new IOException("could not write GeoPackage " + file + ": " + e.getMessage(), e);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir.resolve(tmp.getFileName() + "-journal"));
    }
  }

  private static void addBng(GeoPackage gp) throws java.sql.SQLException {
    if (gp.getSpatialReferenceSystemDao().queryForId((long) Crs.BNG_SRID) != null) {
      return;
    }
    SpatialReferenceSystem srs = new SpatialReferenceSystem();
    srs.setSrsName("OSGB 1936 / British National Grid");
    srs.setSrsId(Crs.BNG_SRID);
    srs.setOrganization("EPSG");
    srs.setOrganizationCoordsysId(Crs.BNG_SRID);
    srs.setDefinition(BNG_WKT);
    srs.setDescription("British National Grid (EPSG:27700), metres");
    gp.getSpatialReferenceSystemDao().create(srs);
  }

  private static void writeWards(GeoPackage gp, Geography geo, Options o)
      throws java.sql.SQLException, IOException {
    String v = o.vintage();
    List<FeatureColumn> cols = new ArrayList<>();
    cols.add(FeatureColumn.createColumn("WD" + v + "CD", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("WD" + v + "NM", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("LAD" + v + "CD", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("LAD" + v + "NM", GeoPackageDataType.TEXT));
    Map<String, Boolean> integral = new LinkedHashMap<>();
    o.wardColumns()
        .forEach(
            (name, ind) -> {
              boolean whole =
                  ind.values().values().stream()
                      .allMatch(d -> d == null || d.isNaN() || d == Math.rint(d));
              integral.put(name, whole);
              cols.add(
                  FeatureColumn.createColumn(
                      name, whole ? GeoPackageDataType.INTEGER : GeoPackageDataType.DOUBLE));
            });
    Envelope env = geo.wards().extent();
    GeometryColumns gc = geometryColumns(WARDS_TABLE, GeometryType.MULTIPOLYGON);
    gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", cols, bbox(env)));
    describe(gp, WARDS_TABLE, o, "wards");
    FeatureDao dao = gp.getFeatureDao(WARDS_TABLE);
    WKBWriter wkb = new WKBWriter(2);
    gp.beginTransaction();
    try {
      for (Ward w : geo.wards().wards()) {
        FeatureRow row = dao.newRow();
        row.setGeometry(geometry(wkb, multi(w.geometry())));
        row.setValue("WD" + v + "CD", w.code());
        row.setValue("WD" + v + "NM", w.name());
        row.setValue("LAD" + v + "CD", w.districtCode());
        row.setValue("LAD" + v + "NM", w.districtName());
        for (Map.Entry<String, WardIndicator> e : o.wardColumns().entrySet()) {
          OptionalDouble val = e.getValue().valueOf(w.code());
          if (val.isPresent()) {
            row.setValue(
                e.getKey(),
                integral.get(e.getKey())
                    ? (Object) Long.valueOf(Math.round(val.getAsDouble()))
                    : (Object) Double.valueOf(val.getAsDouble()));
          }
        }
        dao.create(row);
      }
      gp.endTransaction(true);
    } catch (RuntimeException | IOException e) {
      gp.endTransaction(false);
      throw e;
    }
  }

  private static void writeSchools(GeoPackage gp, Geography geo, Options o)
      throws java.sql.SQLException, IOException {
    List<FeatureColumn> cols = new ArrayList<>();
    cols.add(FeatureColumn.createColumn("urn", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("establishment_name", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("education_phase", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("establishment_type", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("establishment_status", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("number_of_pupils", GeoPackageDataType.INTEGER));
    cols.add(FeatureColumn.createColumn("la_name", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("postcode", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("easting", GeoPackageDataType.DOUBLE));
    cols.add(FeatureColumn.createColumn("northing", GeoPackageDataType.DOUBLE));
    Envelope env = geo.schools().extent();
    if (env.isNull()) {
      env = geo.wards().extent();
    }
    GeometryColumns gc = geometryColumns(SCHOOLS_TABLE, GeometryType.POINT);
    gp.createFeatureTable(FeatureTableMetadata.create(gc, "fid", cols, bbox(env)));
    describe(gp, SCHOOLS_TABLE, o, "schools");
    FeatureDao dao = gp.getFeatureDao(SCHOOLS_TABLE);
    WKBWriter wkb = new WKBWriter(2);
    gp.beginTransaction();
    try {
      for (School s : geo.schools().schools()) {
        FeatureRow row = dao.newRow();
        if (s.hasLocation()) {
          row.setGeometry(geometry(wkb, s.location()));
          row.setValue("easting", s.location().getX());
          row.setValue("northing", s.location().getY());
        }
        row.setValue("urn", s.urn());
        row.setValue("establishment_name", s.name());
        row.setValue("education_phase", s.phase().label());
        row.setValue("establishment_type", s.type());
        row.setValue("establishment_status", s.open() ? "Open" : "Closed");
        if (s.pupils() >= 0) {
          row.setValue("number_of_pupils", (long) s.pupils());
        }
        row.setValue("la_name", s.district());
        row.setValue("postcode", s.postcode());
        dao.create(row);
      }
      gp.endTransaction(true);
    } catch (RuntimeException | IOException e) {
      gp.endTransaction(false);
      throw e;
    }
  }

  private static void writeInfo(GeoPackage gp, Options o) throws java.sql.SQLException {
    List<AttributesColumn> cols = new ArrayList<>();
    cols.add(AttributesColumn.createColumn("key", GeoPackageDataType.TEXT));
    cols.add(AttributesColumn.createColumn("value", GeoPackageDataType.TEXT));
    gp.createAttributesTable(AttributesTableMetadata.create(INFO_TABLE, cols));
    describe(gp, INFO_TABLE, o, "dataset information");
    AttributesDao dao = gp.getAttributesDao(INFO_TABLE);
    Map<String, String> rows = new LinkedHashMap<>();
    if (!o.label().isEmpty()) {
      rows.put("label", o.label());
    }
    if (!o.description().isEmpty()) {
      rows.put("description", o.description());
    }
    rows.put("crs", Crs.BNG);
    rows.putAll(o.metadata());
    for (Map.Entry<String, String> e : rows.entrySet()) {
      AttributesRow row = dao.newRow();
      row.setValue("key", e.getKey());
      row.setValue("value", e.getValue());
      dao.create(row);
    }
  }

  private static void describe(GeoPackage gp, String table, Options o, String what)
      throws java.sql.SQLException {
    ContentsDao dao = gp.getContentsDao();
    Contents c = dao.queryForId(table);
    String label = o.label().isEmpty() ? "" : o.label() + " ";
    c.setIdentifier((label + what).trim());
    c.setDescription(
        (label.isEmpty() ? "" : label.trim() + ": ")
            + what
            + (o.description().isEmpty() ? "" : ". " + o.description()));
    dao.update(c);
  }

  private static GeometryColumns geometryColumns(String table, GeometryType type) {
    GeometryColumns gc = new GeometryColumns();
    gc.setId(new TableColumnKey(table, "geom"));
    gc.setGeometryType(type);
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrsId(Crs.BNG_SRID);
    return gc;
  }

  private static BoundingBox bbox(Envelope e) {
    return new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
  }

  private static Geometry multi(Geometry g) {
    if (g instanceof MultiPolygon) {
      return g;
    }
    if (g instanceof Polygon p) {
      return g.getFactory().createMultiPolygon(new Polygon[] {p});
    }
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        parts.add(p);
      }
    }
    return g.getFactory().createMultiPolygon(parts.toArray(new Polygon[0]));
  }

  private static GeoPackageGeometryData geometry(WKBWriter wkb, Geometry g) throws IOException {
    return GeoPackageGeometryData.createFromWkbAndBuildEnvelope(Crs.BNG_SRID, wkb.write(g));
  }

  /** Lower-case column name safe for SQLite from any text (e.g. an indicator name). */
  public static String columnName(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return s.isEmpty() ? "value" : Character.isDigit(s.charAt(0)) ? "v_" + s : s;
  }
}
