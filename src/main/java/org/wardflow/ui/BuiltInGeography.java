package org.wardflow.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/**
 * A tiny FICTIONAL geography built in code: a 4 × 3 grid of square wards (1.5 km sides) in two
 * invented districts, with six invented schools. It lets the window open on something before the
 * fictional demo city ({@code io.demo.DemoData}) is wired in, and gives UI tests a known map.
 */
public final class BuiltInGeography {
  /** Columns of the ward grid. */
  public static final int COLUMNS = 4;

  /** Rows of the ward grid. */
  public static final int ROWS = 3;

  /** Side of a ward square in metres. */
  public static final double SIDE = 1500;

  /** BNG easting of the grid's west edge. */
  public static final double WEST = 400_000;

  /** BNG northing of the grid's south edge. */
  public static final double SOUTH = 283_000;

  private static final String[] NAMES = {
    "Ashcombe", "Brindle Park", "Copperfold", "Dunmere",
    "Elmstead Vale", "Fernwick", "Greyford", "Hollin Cross",
    "Larkmoor", "Millbeck", "Northgate Rise", "Oakhurst"
  };

  private BuiltInGeography() {}

  /** Builds the geography (a new instance each call). */
  public static Geography create() {
    List<Ward> wards = new ArrayList<>();
    for (int row = 0; row < ROWS; row++) {
      for (int col = 0; col < COLUMNS; col++) {
        int i = row * COLUMNS + col;
        boolean west = col < 2;
        wards.add(
            Ward.of(
                wardCode(i),
                NAMES[i],
                west ? "FXD01" : "FXD02",
                west ? "Westbourne (fictional)" : "Eastmoor (fictional)",
                square(WEST + col * SIDE, SOUTH + row * SIDE),
                attributes("population", 4000 + 350 * i)));
      }
    }
    List<School> schools =
        List.of(
            school("F100001", "Ashcombe Primary School", Phase.PRIMARY, 0.45, 0.5, 310),
            school("F100002", "Copperfold Academy", Phase.SECONDARY, 2.5, 0.4, 1120),
            school("F100003", "Fernwick Church of England Primary", Phase.PRIMARY, 1.6, 1.55, 420),
            school("F100004", "Hollin Cross High School", Phase.SECONDARY, 3.55, 1.35, 980),
            school("F100005", "Larkmoor Infant and Junior School", Phase.PRIMARY, 0.6, 2.6, 250),
            school("F100006", "Northgate All-Through School", Phase.ALL_THROUGH, 2.3, 2.45, 1450));
    DatasetInfo info =
        new DatasetInfo(
            "Built-in fictional grid",
            "built into Wardflow",
            "",
            true,
            false,
            Map.of("note", "12 invented square wards and 6 invented schools"));
    return new Geography(
        new WardLayer("Wards (fictional grid)", wards),
        new SchoolLayer("Schools (fictional)", schools),
        info);
  }

  /** The code of the i-th ward (row-major from the south-west). */
  public static String wardCode(int i) {
    return String.format("FX%06d", i + 1);
  }

  /** The name of the i-th ward. */
  public static String wardName(int i) {
    return NAMES[i];
  }

  /** The centre (BNG) of the ward in a grid cell. */
  public static Coordinate cellCentre(int col, int row) {
    return new Coordinate(WEST + (col + 0.5) * SIDE, SOUTH + (row + 0.5) * SIDE);
  }

  private static Polygon square(double x, double y) {
    return Crs.BNG_FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + SIDE, y),
          new Coordinate(x + SIDE, y + SIDE),
          new Coordinate(x, y + SIDE),
          new Coordinate(x, y)
        });
  }

  private static School school(
      String urn, String name, Phase phase, double cx, double cy, int pupils) {
    return new School(
        urn,
        name,
        phase,
        phase == Phase.SECONDARY ? "Academy sponsor led" : "Community school",
        true,
        pupils,
        Crs.BNG_FACTORY.createPoint(new Coordinate(WEST + cx * SIDE, SOUTH + cy * SIDE)),
        "Fictional",
        "",
        attributes("pupils", pupils));
  }

  /**
   * A mutable attribute map: the model's null filter calls {@code containsValue(null)}, which
   * immutable {@code Map.of} maps reject.
   */
  private static Map<String, Object> attributes(String key, Object value) {
    Map<String, Object> m = new HashMap<>();
    m.put(key, value);
    return m;
  }
}
