package org.wardflow.io.flows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Crs;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * A 2 × 2 grid of 1 km square wards (2025 vintage codes E05000001–4, south-west first) at BNG
 * 400000–402000 E, 300000–302000 N, and four schools: 100001 primary, 100002 secondary, 100003
 * closed, 100004 without a location.
 */
final class TinyGeography {
  static final String SW = "E05000001";
  static final String SE = "E05000002";
  static final String NW = "E05000003";
  static final String NE = "E05000004";

  private TinyGeography() {}

  static WardLayer wards() {
    String[] codes = {SW, SE, NW, NE};
    List<Ward> wards = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double x0 = 400_000 + (i % 2) * 1000;
      double y0 = 300_000 + (i / 2) * 1000;
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("WD25CD", codes[i]);
      wards.add(
          Ward.of(
              codes[i],
              "Ward " + (i + 1),
              "E08000099",
              "Tinyshire",
              Crs.BNG_FACTORY.toGeometry(new Envelope(x0, x0 + 1000, y0, y0 + 1000)),
              attrs));
    }
    return new WardLayer("tiny_wards", wards);
  }

  static SchoolLayer schools() {
    return new SchoolLayer(
        "tiny_schools",
        List.of(
            school("100001", "Alpha Primary", Phase.PRIMARY, true, 400_500, 300_500),
            school("100002", "Beta Secondary", Phase.SECONDARY, true, 401_500, 301_500),
            school("100003", "Gamma Closed", Phase.SECONDARY, false, 401_500, 300_500),
            school("100004", "Delta Nowhere", Phase.PRIMARY, true, Double.NaN, Double.NaN)));
  }

  private static School school(
      String urn, String name, Phase phase, boolean open, double x, double y) {
    return new School(
        urn,
        name,
        phase,
        "Community school",
        open,
        300,
        Double.isNaN(x) ? null : Crs.BNG_FACTORY.createPoint(new Coordinate(x, y)),
        "Tinyshire",
        "",
        new LinkedHashMap<>());
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content, StandardCharsets.UTF_8);
  }

  static Path write(Path dir, String name, String content, Charset cs) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content.getBytes(cs));
    return f;
  }
}
