package org.wardflow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class WardTest {
  private static Geometry square(double x, double y, double size) {
    return Crs.BNG_FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + size, y),
          new Coordinate(x + size, y + size),
          new Coordinate(x, y + size),
          new Coordinate(x, y)
        });
  }

  @Test
  void acceptsImmutableAttributeMaps() {
    Ward w = Ward.of("E05000001", "A", "", "", square(0, 0, 10), Map.of("k", 1));
    assertEquals(1, w.attributes().get("k"));
    School s = new School("1", "S", Phase.PRIMARY, "", true, 10, null, "", "", Map.of());
    assertTrue(s.attributes().isEmpty());
  }

  @Test
  void dropsNullAttributesAndDefaultsLabelPoint() {
    Map<String, Object> attrs = new HashMap<>();
    attrs.put("a", null);
    attrs.put("b", "x");
    Ward w = Ward.of("E05000001", null, null, null, square(0, 0, 10), attrs);
    assertEquals(Map.of("b", "x"), w.attributes());
    assertEquals("E05000001", w.name());
    assertTrue(w.geometry().contains(w.labelPoint()));
  }

  @Test
  void layerFindsWardContainingPoint() {
    WardLayer layer =
        new WardLayer(
            "t",
            java.util.List.of(
                Ward.of("A", "A", "", "", square(0, 0, 10), Map.of()),
                Ward.of("B", "B", "", "", square(10, 0, 10), Map.of())));
    assertEquals("B", layer.wardAt(new Coordinate(15, 5)).orElseThrow().code());
    assertTrue(layer.wardAt(new Coordinate(25, 5)).isEmpty());
    assertEquals(1, layer.indexOf("B"));
  }
}
