package org.wardflow.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
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
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.io.GeoPackageWriter;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;
import org.wardflow.render.Caveat;

/**
 * Writes the published layers of an analysis to a GeoPackage that QGIS opens, in British National
 * Grid (EPSG:27700, registered with its WKT):
 *
 * <ul>
 *   <li>{@code wards}: the ward polygons (as {@link GeoPackageWriter} writes them) with the
 *       published ward total ({@code <measure>_total}, empty when hidden) and its status ({@code
 *       <measure>_status}: {@code published}, {@code suppressed} or {@code not published});
 *   <li>{@code schools}: the school points with the published school total and status;
 *   <li>{@code flows}: one line per non-structural cell of the table, from the ward's label point
 *       to the school, with ward and school codes and names, the published value (empty when
 *       hidden) and its status. A cell whose ward or school has no location keeps its row, with no
 *       geometry, so nothing is dropped;
 *   <li>{@code dataset_info}: key/value metadata — the SYNTHETIC/FICTIONAL label, protective
 *       marking, the exploratory caveat, the disclosure policy and its statement, the audit, the
 *       application version, time and input file hashes.
 * </ul>
 *
 * <p>Only published values are written: a hidden cell's count is never in the file. Written to a
 * temporary file and moved into place, so a failed export leaves any earlier file untouched.
 */
public final class PublishedGeoPackageWriter {
  /** Name of the flow line table. */
  public static final String FLOWS_TABLE = "flows";

  /**
   * What to record besides the layers.
   *
   * @param measure short name of the counted group for column names, e.g. {@code cyp}
   * @param protectiveMarking e.g. OFFICIAL-SENSITIVE (empty for none)
   * @param inputHashes input file name → hex SHA-256, as the caller computed them
   * @param clock time source
   */
  public record Options(
      String measure, String protectiveMarking, Map<String, String> inputHashes, Clock clock) {
    /** Defaults and freezes. */
    public Options {
      measure = measure == null || measure.isBlank() ? "cyp" : GeoPackageWriter.columnName(measure);
      protectiveMarking = protectiveMarking == null ? "" : protectiveMarking;
      inputHashes = inputHashes == null ? Map.of() : Map.copyOf(inputHashes);
      clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** CYP counts, OFFICIAL-SENSITIVE, no input hashes, the system clock. */
    public static Options defaults() {
      return new Options("cyp", LayoutSpec.DEFAULT_MARKING, Map.of(), Clock.systemUTC());
    }
  }

  /**
   * What was written.
   *
   * @param file the GeoPackage
   * @param wards ward features
   * @param schools school features
   * @param flows flow rows
   * @param flowsWithoutGeometry flow rows whose ward or school has no location (no line drawn)
   */
  public record Result(Path file, int wards, int schools, int flows, int flowsWithoutGeometry) {}

  private PublishedGeoPackageWriter() {}

  /**
   * Writes the published layers.
   *
   * @param file the {@code .gpkg} to write (replaced)
   * @param geo wards and schools
   * @param table the published table
   * @param o what else to record
   * @throws IOException when the file cannot be written (the message names it)
   */
  public static Result write(Path file, Geography geo, PublishedTable table, Options o)
      throws IOException {
    Objects.requireNonNull(table, "table");
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + abs.getFileName() + ".part.gpkg");
    Files.deleteIfExists(tmp);
    int year = Attributions.boundaryYear(geo);
    String vintage = String.format("%02d", year % 100);
    String label = table.info().label().isEmpty() ? geo.info().label() : table.info().label();
    if (geo.info().fictional() && !label.contains("FICTIONAL")) {
      label = label.isEmpty() ? "FICTIONAL" : "FICTIONAL · " + label;
    }
    try {
      GeoPackageWriter.write(
          tmp,
          geo,
          new GeoPackageWriter.Options(
              label,
              "Published figures after disclosure control; exploratory, not predictive.",
              vintage,
              Map.of(),
              metadata(table, o)));
      int flows;
      int missing;
      try (GeoPackage gp = GeoPackageManager.open(tmp.toFile(), true)) {
        Connection c = gp.getConnection().getConnection();
        String m = o.measure();
        addTotals(c, GeoPackageWriter.WARDS_TABLE, "WD" + vintage + "CD", m, table, true);
        addTotals(c, GeoPackageWriter.SCHOOLS_TABLE, "urn", m, table, false);
        int[] counts = writeFlows(gp, geo, table, m, label);
        flows = counts[0];
        missing = counts[1];
      } catch (SQLException | RuntimeException e) {
        throw new IOException("Cannot write the GeoPackage " + abs + ": " + e.getMessage(), e);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Result(abs, geo.wards().size(), geo.schools().size(), flows, missing);
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir.resolve(tmp.getFileName() + "-journal"));
    }
  }

  /** The text of a status for the files: published, suppressed or not published. */
  static String status(PublishedValue v) {
    return switch (v.status()) {
      case PUBLISHED -> "published";
      case SUPPRESSED_PRIMARY, SUPPRESSED_SECONDARY -> "suppressed";
      case NOT_PUBLISHED -> "not published";
    };
  }

  private static Map<String, String> metadata(PublishedTable t, Options o) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("application", "Wardflow " + AppVersion.get());
    m.put("created", Instant.now(o.clock()).toString());
    if (!o.protectiveMarking().isEmpty()) {
      m.put("protective_marking", o.protectiveMarking());
    }
    m.put("caveat", Caveat.EXPLORATORY);
    m.put("table", t.info().title());
    m.put("filter", t.filter().describe());
    DisclosurePolicy p = t.policy();
    m.put("policy_k", Integer.toString(p.k()));
    m.put("policy_rounding_base", Integer.toString(p.roundingBase()));
    m.put("policy_publish_zeros", Boolean.toString(p.publishZeros()));
    m.put("policy_statement", p.statement());
    m.put("suppression_symbol", p.legendText());
    m.put("audit", t.audit().status().name());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(o.inputHashes()).entrySet()) {
      m.put("input_sha256 " + e.getKey(), e.getValue());
    }
    return m;
  }

  private static void addTotals(
      Connection c, String table, String keyColumn, String m, PublishedTable t, boolean wards)
      throws SQLException {
    String value = m + "_total";
    String status = m + "_status";
    try (var st = c.createStatement()) {
      st.execute("ALTER TABLE \"" + table + "\" ADD COLUMN \"" + value + "\" INTEGER");
      st.execute("ALTER TABLE \"" + table + "\" ADD COLUMN \"" + status + "\" TEXT");
    }
    boolean publishes = wards ? t.policy().publishWardTotals() : t.policy().publishSchoolTotals();
    String sql =
        "UPDATE \""
            + table
            + "\" SET \""
            + value
            + "\" = ?, \""
            + status
            + "\" = ? WHERE \""
            + keyColumn
            + "\" = ?";
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      List<String> keys = wards ? t.wardCodes() : t.schoolUrns();
      for (int i = 0; i < keys.size(); i++) {
        PublishedValue v =
            !publishes
                ? PublishedValue.hidden(CellStatus.NOT_PUBLISHED)
                : wards ? t.wardTotal(i) : t.schoolTotal(i);
        if (v.isPublished()) {
          ps.setLong(1, v.value());
        } else {
          ps.setNull(1, Types.INTEGER);
        }
        ps.setString(2, status(v));
        ps.setString(3, keys.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
      // features not in the table: no figure, said so
      try (var st = c.createStatement()) {
        st.execute(
            "UPDATE \""
                + table
                + "\" SET \""
                + status
                + "\" = 'not in table' WHERE \""
                + status
                + "\" IS NULL");
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static int[] writeFlows(
      GeoPackage gp, Geography geo, PublishedTable t, String m, String label)
      throws SQLException, IOException {
    List<FeatureColumn> cols = new ArrayList<>();
    cols.add(FeatureColumn.createColumn("ward_code", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("ward_name", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("school_urn", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn("school_name", GeoPackageDataType.TEXT));
    cols.add(FeatureColumn.createColumn(m, GeoPackageDataType.INTEGER));
    cols.add(FeatureColumn.createColumn("status", GeoPackageDataType.TEXT));
    GeometryColumns gc = new GeometryColumns();
    gc.setId(new TableColumnKey(FLOWS_TABLE, "geom"));
    gc.setGeometryType(GeometryType.LINESTRING);
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrsId(Crs.BNG_SRID);
    Envelope env = geo.extent();
    gp.createFeatureTable(
        FeatureTableMetadata.create(
            gc,
            "fid",
            cols,
            new BoundingBox(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY())));
    ContentsDao contents = gp.getContentsDao();
    Contents ct = contents.queryForId(FLOWS_TABLE);
    ct.setIdentifier((label.isEmpty() ? "" : label + " ") + "flows");
    ct.setDescription(
        (label.isEmpty() ? "" : label + ": ")
            + "home ward → school, one line per cell of the published table; "
            + m
            + " is empty where the figure is hidden (status suppressed). "
            + t.policy().statement());
    contents.update(ct);
    FeatureDao dao = gp.getFeatureDao(FLOWS_TABLE);
    WKBWriter wkb = new WKBWriter(2);
    int n = 0;
    int missing = 0;
    gp.beginTransaction();
    try {
      for (int r = 0; r < t.wardCodes().size(); r++) {
        String code = t.wardCodes().get(r);
        Ward w = geo.wards().byCode(code).orElse(null);
        Point from = w == null ? null : w.labelPoint();
        if (from == null && w != null) {
          from = w.geometry().getInteriorPoint();
        }
        for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
          String urn = t.schoolUrns().get(t.column(i));
          School s = geo.schools().byUrn(urn).orElse(null);
          PublishedValue v = t.cell(i);
          FeatureRow row = dao.newRow();
          if (from != null && s != null && s.hasLocation()) {
            LineString line =
                Crs.BNG_FACTORY.createLineString(
                    new Coordinate[] {from.getCoordinate(), s.location().getCoordinate()});
            row.setGeometry(
                GeoPackageGeometryData.createFromWkbAndBuildEnvelope(
                    Crs.BNG_SRID, wkb.write(line)));
          } else {
            missing++;
          }
          row.setValue("ward_code", code);
          row.setValue("ward_name", w == null ? "" : w.name());
          row.setValue("school_urn", urn);
          row.setValue("school_name", s == null ? "" : s.name());
          if (v.isPublished()) {
            row.setValue(m, (long) v.value());
          }
          row.setValue("status", status(v));
          dao.create(row);
          n++;
        }
      }
      gp.endTransaction(true);
    } catch (RuntimeException | IOException e) {
      gp.endTransaction(false);
      throw e;
    }
    return new int[] {n, missing};
  }
}
