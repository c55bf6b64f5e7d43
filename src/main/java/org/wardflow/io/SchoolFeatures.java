package org.wardflow.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.wardflow.model.SchoolLayer;

/**
 * Turns point features (GeoPackage, GeoJSON or Shapefile, already in BNG) into schools. Fields are
 * detected with the same GIAS/snake_case names as {@link PointCsvMapping#suggest} or taken from a
 * mapping (whose X/Y columns are then ignored: the geometry is the location).
 */
final class SchoolFeatures {
  private SchoolFeatures() {}

  static SchoolLayer assemble(VectorData data, PointCsvMapping mapping, ImportReport report)
      throws ImportException {
    if (data.features().isEmpty()) {
      throw new ImportException(
          data.file(),
          "Cannot read schools from "
              + Texts.name(data.file())
              + ": "
              + ("GeoPackage".equals(data.format()) ? "table " + data.layer() : "the file")
              + " contains no features.");
    }
    List<String> f = data.fields();
    String id;
    String name;
    String phase;
    String type;
    String status;
    String pupils;
    String district;
    String postcode;
    if (mapping != null) {
      List<String> missing = new ArrayList<>();
      id = field(f, mapping.idColumn(), missing);
      name = field(f, mapping.nameColumn(), missing);
      phase = field(f, mapping.phaseColumn(), missing);
      type = field(f, mapping.typeColumn(), missing);
      status = field(f, mapping.statusColumn(), missing);
      pupils = field(f, mapping.pupilsColumn(), missing);
      district = field(f, mapping.districtColumn(), missing);
      postcode = field(f, mapping.postcodeColumn(), missing);
      if (!missing.isEmpty()) {
        throw new ImportException(
            data.file(),
            "Cannot read schools from "
                + Texts.name(data.file())
                + ": the mapped field"
                + (missing.size() > 1 ? "s " : " ")
                + Texts.list(missing)
                + (missing.size() > 1 ? " are" : " is")
                + " not in layer "
                + data.layer()
                + ". Its fields are: "
                + Texts.abbreviate(f, 40)
                + ".");
      }
    } else {
      id = PointCsvMapping.find(f, PointCsvMapping.ID);
      if (id == null) {
        throw new ImportException(
            data.file(),
            "Cannot read schools from "
                + Texts.name(data.file())
                + ": required field URN is missing from layer "
                + data.layer()
                + ". Its fields are: "
                + (f.isEmpty() ? "(none)" : Texts.abbreviate(f, 40))
                + ". Map the fields by hand.");
      }
      name = PointCsvMapping.find(f, PointCsvMapping.NAME);
      phase = PointCsvMapping.find(f, PointCsvMapping.PHASE);
      type = PointCsvMapping.find(f, PointCsvMapping.TYPE);
      status = PointCsvMapping.find(f, PointCsvMapping.STATUS);
      pupils = PointCsvMapping.find(f, PointCsvMapping.PUPILS);
      district = PointCsvMapping.find(f, PointCsvMapping.DISTRICT);
      postcode = PointCsvMapping.find(f, PointCsvMapping.POSTCODE);
    }
    report.info(
        "",
        "fields used ("
            + (mapping == null ? "detected" : "as mapped")
            + "): id "
            + (id == null ? "(feature number)" : id)
            + (name == null ? "" : ", name " + name)
            + (phase == null ? "" : ", phase " + phase)
            + (status == null ? "" : ", status " + status)
            + (pupils == null ? "" : ", pupils " + pupils));
    List<String> used = new ArrayList<>();
    for (String s : new String[] {id, name, phase, type, status, pupils, district, postcode}) {
      if (s != null) {
        used.add(s);
      }
    }
    SchoolAssembler asm = new SchoolAssembler(data.file(), report, status != null);
    for (VectorFeature vf : data.features()) {
      Map<String, Object> p = vf.properties();
      String urn = id == null ? Integer.toString(vf.index()) : WardAssembler.text(p.get(id));
      String at = vf.where(urn == null ? null : "URN " + urn);
      Point loc = location(asm, report, at, vf);
      Map<String, Object> attrs = new LinkedHashMap<>(p);
      used.forEach(attrs::remove);
      asm.add(
          vf.location(),
          urn,
          str(p, name),
          str(p, phase),
          str(p, type),
          str(p, status),
          str(p, pupils),
          str(p, district),
          str(p, postcode),
          loc,
          attrs);
    }
    return asm.build(data.layer());
  }

  private static Point location(
      SchoolAssembler asm, ImportReport report, String at, VectorFeature vf) {
    Geometry g = vf.geometry();
    if (g == null || g.isEmpty()) {
      report.warn(
          at,
          (vf.geometryProblem() == null ? "has no geometry" : vf.geometryProblem())
              + "; kept without a location");
      report.count("no location", 1);
      return null;
    }
    if (g instanceof Puntal) {
      if (g.getNumGeometries() > 1) {
        report.warn(
            at, "is a MultiPoint of " + g.getNumGeometries() + " points; the first is used");
      }
      return asm.inGb(at, g.getGeometryN(0).getCoordinate());
    }
    if (g instanceof Polygonal) {
      report.warn(at, "is a " + g.getGeometryType() + ", not a point; its interior point is used");
      return asm.inGb(at, g.getInteriorPoint().getCoordinate());
    }
    report.warn(at, "is a " + g.getGeometryType() + ", not a point; kept without a location");
    report.count("no location", 1);
    return null;
  }

  private static String str(Map<String, Object> p, String field) {
    return field == null ? null : WardAssembler.text(p.get(field));
  }

  private static String field(List<String> fields, String wanted, List<String> missing) {
    if (wanted == null) {
      return null;
    }
    for (String f : fields) {
      if (f.equalsIgnoreCase(wanted)) {
        return f;
      }
    }
    missing.add(wanted);
    return null;
  }
}
