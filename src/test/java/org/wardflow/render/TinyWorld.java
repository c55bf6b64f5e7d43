package org.wardflow.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * A small hand-made geography for renderer tests: a 3 × 2 grid of 1 km square wards (a valid
 * coverage; the left two columns in district D1, the right column in D2), plus one far-away ward
 * "FAR" 50 km east, and four schools of different phases at known points.
 */
final class TinyWorld {
  static final double X0 = 400_000;
  static final double Y0 = 280_000;
  static final double SIZE = 1000;

  private TinyWorld() {}

  static Geography geography() {
    List<Ward> wards = new ArrayList<>();
    for (int row = 0; row < 2; row++) {
      for (int col = 0; col < 3; col++) {
        String code = "W" + row + col;
        double x = X0 + col * SIZE;
        double y = Y0 + row * SIZE;
        wards.add(
            new Ward(
                code,
                "Ward " + row + col,
                col < 2 ? "D1" : "D2",
                col < 2 ? "District One" : "District Two",
                square(x, y, SIZE),
                point(x + SIZE / 2, y + SIZE / 2),
                null));
      }
    }
    wards.add(
        new Ward("FAR", "Far", "D3", "District Three", square(X0 + 50_000, Y0, SIZE), null, null));
    List<School> schools =
        List.of(
            school("100", Phase.PRIMARY, X0 + 250, Y0 + 250),
            school("200", Phase.SECONDARY, X0 + 2750, Y0 + 250),
            school("300", Phase.ALL_THROUGH, X0 + 2750, Y0 + 1750),
            school("400", Phase.NURSERY, X0 + 250, Y0 + 1750));
    return new Geography(
        new WardLayer("tiny wards", wards),
        new SchoolLayer("tiny schools", schools),
        DatasetInfo.ofFile("tiny", "test", ""));
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

  static Point point(double x, double y) {
    return Crs.BNG_FACTORY.createPoint(new Coordinate(x, y));
  }

  static School school(String urn, Phase phase, double x, double y) {
    return new School(urn, "School " + urn, phase, "", true, 300, point(x, y), "", "", null);
  }

  /** A viewport showing the 3 × 2 grid at 10 m per pixel (300 × 200 px plus a margin). */
  static Viewport gridViewport() {
    return new Viewport(X0 + 1500, Y0 + 1000, 10, 360, 260);
  }

  /** The pixel of a map point in a viewport. */
  static int[] pixel(Viewport vp, double x, double y) {
    return new int[] {(int) Math.floor(vp.toScreenX(x)), (int) Math.floor(vp.toScreenY(y))};
  }
}
