package org.wardflow.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;

/**
 * A small hand-made world for export tests: a 3 × 3 grid of 1 km wards (ONS-style codes, observed —
 * not fictional — data), the centre ward with a square hole holding an island ward, four schools,
 * and a flow table whose small cells are 3 (primary suppression) and whose other cells carry
 * distinctive values (primes from 23 up), so a leaked hidden count is easy to spot.
 */
final class ExportFixtures {
  static final double X0 = 410_000;
  static final double Y0 = 285_000;
  static final double SIZE = 1000;
  static final LocalDate DATE = LocalDate.of(2025, 6, 11);
  static final String ISLAND = "E05099910";
  static final String DONUT = "E05099904";

  /** Distinctive values of the larger cells, in the order they are used. */
  static final int[] LARGE = {
    23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113
  };

  private ExportFixtures() {}

  static String wardCode(int i) {
    return String.format("E050999%02d", i);
  }

  static Geography geography() {
    List<Ward> wards = new ArrayList<>();
    int i = 0;
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        double x = X0 + col * SIZE;
        double y = Y0 + row * SIZE;
        Geometry g = square(x, y, SIZE);
        Point label = point(x + SIZE * 0.2, y + SIZE * 0.2);
        if (row == 1 && col == 1) {
          g = donut(x, y);
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("WD25CD", wardCode(i));
        wards.add(
            new Ward(
                wardCode(i),
                "Ward " + (char) ('A' + i),
                col < 2 ? "E08000901" : "E08000902",
                col < 2 ? "Westshire" : "Eastshire",
                g,
                label,
                attrs));
        i++;
      }
    }
    wards.add(
        new Ward(
            ISLAND,
            "Island Ward",
            "E08000901",
            "Westshire",
            square(X0 + SIZE + 350, Y0 + SIZE + 350, 300),
            point(X0 + SIZE + 500, Y0 + SIZE + 500),
            Map.of("WD25CD", ISLAND)));
    List<School> schools =
        List.of(
            school("100001", "Northgate Academy", Phase.SECONDARY, X0 + 500, Y0 + 2500),
            school("100002", "Riverside Primary", Phase.PRIMARY, X0 + 2500, Y0 + 2500),
            school("100003", "Southfield High", Phase.SECONDARY, X0 + 2500, Y0 + 500),
            school("100004", "Westbrook All-through", Phase.ALL_THROUGH, X0 + 500, Y0 + 500));
    return new Geography(
        new WardLayer("test wards", wards),
        new SchoolLayer("test schools", schools),
        DatasetInfo.ofFile("Test wards", "test", ""));
  }

  static Geometry square(double x, double y, double s) {
    return Crs.BNG_FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + s, y),
          new Coordinate(x + s, y + s),
          new Coordinate(x, y + s),
          new Coordinate(x, y)
        });
  }

  /** The centre ward: a 1 km square with a 300 m square hole in its middle. */
  static Geometry donut(double x, double y) {
    LinearRing shell = ((Polygon) square(x, y, SIZE)).getExteriorRing();
    LinearRing hole = ((Polygon) square(x + 350, y + 350, 300)).getExteriorRing();
    return Crs.BNG_FACTORY.createPolygon(shell, new LinearRing[] {hole});
  }

  static Point point(double x, double y) {
    return Crs.BNG_FACTORY.createPoint(new Coordinate(x, y));
  }

  static School school(String urn, String name, Phase phase, double x, double y) {
    return new School(urn, name, phase, "Academy", true, 600, point(x, y), "Westshire", "", null);
  }

  /**
   * The raw table: ward i → school j is 3 when (i + j) % 3 == 0, else the next distinctive large
   * value; the island ward sends 3 to one school only (a row total below k).
   */
  static FlowTable table() {
    FlowTable.Builder b =
        FlowTable.builder(DatasetInfo.ofFile("Test CYP flows", "test-flows.csv", "abc123"));
    int next = 0;
    for (int i = 0; i < 9; i++) {
      for (int j = 0; j < 4; j++) {
        int n = (i + j) % 3 == 0 ? 3 : LARGE[next++ % LARGE.length];
        b.add(wardCode(i), "10000" + (j + 1), n);
      }
    }
    b.add(ISLAND, "100002", 3);
    return b.build();
  }

  /** The raw count of a cell, as the fixture built it (for leak checks only). */
  static int raw(String ward, String urn) {
    if (ward.equals(ISLAND)) {
      return urn.equals("100002") ? 3 : 0;
    }
    int next = 0;
    for (int i = 0; i < 9; i++) {
      for (int j = 0; j < 4; j++) {
        boolean small = (i + j) % 3 == 0;
        int n = small ? 3 : LARGE[next++ % LARGE.length];
        if (wardCode(i).equals(ward) && ("10000" + (j + 1)).equals(urn)) {
          return n;
        }
      }
    }
    return 0;
  }

  static PublishedTable published() {
    return DisclosureGate.publish(table(), FlowFilter.ALL, DisclosurePolicy.DEFAULT);
  }

  static LayoutSpec.Builder layout(PublishedTable t, Geography geo) {
    return LayoutSpec.builder()
        .title("Test flows by home ward and school")
        .subtitle("A test geography with a ward that has a hole")
        .policy(t.policy())
        .datasets(geo.info(), t.info())
        .sources(Attributions.forGeography(geo))
        .date(DATE)
        .version("test");
  }

  static MapPage mapPage() {
    Geography geo = geography();
    PublishedTable t = published();
    PublishedScenes.Choropleth ch =
        PublishedScenes.wardTotals(
            t, geo, ClassificationMethod.QUANTILE, 3, ColorBrewer.defaultSequential());
    Scene scene = PublishedScenes.scene(geo, t, ch);
    LayoutSpec spec =
        layout(t, geo)
            .legend(new LegendSpec("CYP living in ward", ch.classes(), "CYP, home ward → school"))
            .build();
    org.locationtech.jts.geom.Envelope e = geo.wards().extent();
    e.expandBy(200);
    return new MapPage(spec, scene, Style.standard(), e);
  }
}
