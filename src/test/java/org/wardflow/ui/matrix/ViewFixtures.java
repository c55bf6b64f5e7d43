package org.wardflow.ui.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
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

/**
 * A small hand-made study area and flow table for the matrix and chart tests: six wards, six
 * schools (one with no CYP), counts of 1–4 (to be suppressed) and of 5 or more, and one ward whose
 * total is itself below 5.
 */
public final class ViewFixtures {
  private ViewFixtures() {}

  /** Ward codes and names. */
  public static final Map<String, String> WARDS = new LinkedHashMap<>();

  /** School URNs and names. */
  public static final Map<String, String> SCHOOLS = new LinkedHashMap<>();

  /** The raw counts, "ward|urn" → count (what must never be shown when 1–4). */
  public static final Map<String, Integer> RAW = new LinkedHashMap<>();

  static {
    WARDS.put("W1", "Ashcombe");
    WARDS.put("W2", "Brookfield");
    WARDS.put("W3", "Castlegate");
    WARDS.put("W4", "Dunmere");
    WARDS.put("W5", "Eastwick");
    WARDS.put("W6", "Fenby");
    SCHOOLS.put("100001", "Hilltop Academy");
    SCHOOLS.put("100002", "Riverside School");
    SCHOOLS.put("100003", "Oak Primary");
    SCHOOLS.put("100004", "Northgate High");
    SCHOOLS.put("100005", "Elm Primary");
    SCHOOLS.put("100006", "Quiet Lane Infants");
    raw("W1", "100001", 12);
    raw("W1", "100002", 3);
    raw("W1", "100003", 7);
    raw("W1", "100004", 9);
    raw("W2", "100001", 20);
    raw("W2", "100002", 6);
    raw("W2", "100004", 2);
    raw("W2", "100005", 8);
    raw("W3", "100001", 5);
    raw("W3", "100003", 1);
    raw("W3", "100004", 15);
    raw("W3", "100005", 11);
    raw("W4", "100002", 25);
    raw("W4", "100003", 4);
    raw("W4", "100004", 6);
    raw("W4", "100005", 30);
    raw("W5", "100001", 10);
    raw("W5", "100004", 5);
    raw("W5", "100005", 15);
    raw("W6", "100001", 2);
    raw("W5", "100006", 0);
  }

  private static void raw(String ward, String urn, int n) {
    RAW.put(ward + "|" + urn, n);
  }

  /** The raw count at a ward and school (0 when absent). */
  public static int raw(String ward, String urn) {
    return RAW.getOrDefault(ward + "|" + urn, 0);
  }

  /** Provenance of the test flows: SYNTHETIC. */
  public static final DatasetInfo FLOWS_INFO =
      new DatasetInfo("Test flows", "ViewFixtures", "", false, true, Map.of());

  /** The raw table. */
  public static FlowTable raw() {
    FlowTable.Builder b = FlowTable.builder(FLOWS_INFO);
    RAW.forEach(
        (k, v) -> {
          String[] p = k.split("\\|");
          b.add(p[0], p[1], v);
        });
    return b.build();
  }

  /** The table published under a policy. */
  public static PublishedTable published(DisclosurePolicy p) {
    return DisclosureGate.publish(raw(), FlowFilter.ALL, p);
  }

  /** The table under the default policy (k = 5, everything else published). */
  public static PublishedTable published() {
    return published(DisclosurePolicy.DEFAULT);
  }

  static Point point(double x, double y) {
    return Crs.BNG_FACTORY.createPoint(new Coordinate(x, y));
  }

  /** Wards are 1 km squares in a row 2 km apart; schools sit between them. */
  public static Geography geography() {
    List<Ward> wards =
        WARDS.entrySet().stream()
            .map(
                e -> {
                  int i = Integer.parseInt(e.getKey().substring(1)) - 1;
                  Point c = point(400_000 + 2_000 * i, 280_000);
                  return new Ward(
                      e.getKey(), e.getValue(), "D1", "Test District", c.buffer(500, 1), c, null);
                })
            .toList();
    Phase[] phases = {
      Phase.SECONDARY, Phase.SECONDARY, Phase.PRIMARY, Phase.SECONDARY, Phase.PRIMARY, Phase.PRIMARY
    };
    List<School> schools =
        SCHOOLS.entrySet().stream()
            .map(
                e -> {
                  int i = Integer.parseInt(e.getKey().substring(5)) - 1;
                  return new School(
                      e.getKey(),
                      e.getValue(),
                      phases[i],
                      "",
                      true,
                      600,
                      point(401_000 + 2_000 * i, 281_000),
                      "Test District",
                      "",
                      null);
                })
            .toList();
    return new Geography(
        new WardLayer("wards", wards),
        new SchoolLayer("schools", schools),
        new DatasetInfo("Test area", "ViewFixtures", "", true, false, Map.of()));
  }

  /**
   * A West Midlands–sized table (192 wards × 1,238 schools, about 30 schools per ward) with its
   * geography, published without suppression (the size, not the control, is under test).
   */
  public static Study large(long seed) {
    Random rnd = new Random(seed);
    FlowTable.Builder b = FlowTable.builder(FLOWS_INFO);
    for (int w = 0; w < 192; w++) {
      for (int j = 0; j < 30; j++) {
        b.add(
            String.format("L%03d", w),
            Integer.toString(200_000 + rnd.nextInt(1238)),
            1 + rnd.nextInt(12));
      }
    }
    java.util.List<Ward> wards = new java.util.ArrayList<>();
    for (int w = 0; w < 192; w++) {
      Point c = point(400_000 + 1_500 * (w % 16), 280_000 + 1_500 * (w / 16));
      wards.add(
          new Ward(String.format("L%03d", w), "Ward " + w, "", "", c.buffer(700, 1), c, null));
    }
    java.util.List<School> schools = new java.util.ArrayList<>();
    for (int s = 0; s < 1238; s++) {
      schools.add(
          new School(
              Integer.toString(200_000 + s),
              "School number " + s,
              s % 3 == 0 ? Phase.SECONDARY : Phase.PRIMARY,
              "",
              true,
              500,
              point(400_000 + rnd.nextInt(24_000), 280_000 + rnd.nextInt(18_000)),
              "",
              "",
              null));
    }
    Geography g =
        new Geography(
            new WardLayer("wards", wards),
            new SchoolLayer("schools", schools),
            new DatasetInfo("Large", "ViewFixtures", "", true, false, Map.of()));
    PublishedTable t =
        DisclosureGate.publish(
            b.build(), FlowFilter.ALL, new DisclosurePolicy(0, 0, true, true, true, true, 0));
    return new Study(t, g);
  }

  /**
   * A published table with its geography.
   *
   * @param table the published table
   * @param geography its wards and schools
   */
  public record Study(PublishedTable table, Geography geography) {}
}
