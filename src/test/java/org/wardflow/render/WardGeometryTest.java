package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Geography;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.Ward;
import org.wardflow.model.WardLayer;

/** The generalisation cache: bands, unique classified edges, and the non-coverage fallback. */
class WardGeometryTest {

  @Test
  void bandsArePowersOfTwo() {
    assertEquals(5, WardGeometry.bandOf(34.5));
    assertEquals(5, WardGeometry.bandOf(32));
    assertEquals(4, WardGeometry.bandOf(31.9));
    assertEquals(-2, WardGeometry.bandOf(0.3));
    assertEquals(32, WardGeometry.toleranceOf(5), 1e-12);
  }

  @Test
  void sharedEdgesAreStoredOnceAndClassified() {
    Geography geo = TinyWorld.geography();
    WardGeometry wg = WardGeometry.of(geo.wards());
    assertTrue(wg.isValidCoverage());
    WardGeometry.Band band = wg.band(10);
    Map<WardGeometry.EdgeKind, Double> length = new EnumMap<>(WardGeometry.EdgeKind.class);
    for (WardGeometry.Edge e : band.edges) {
      double l = 0;
      for (int i = 0; i + 3 < e.xy.length; i += 2) {
        l += Math.hypot(e.xy[i + 2] - e.xy[i], e.xy[i + 3] - e.xy[i + 1]);
      }
      length.merge(e.kind, l, Double::sum);
    }
    // 3 × 2 grid of 1 km squares (+ a separate far square). Within district D1 (columns 0–1):
    // the vertical at x = 1 km (2 km) and the horizontal between the rows (2 km); within D2
    // (column 2): the horizontal between the rows (1 km). Between D1 and D2: the vertical at
    // x = 2 km (2 km). Outline: the grid's perimeter (10 km) and the far square (4 km).
    assertEquals(5000, length.get(WardGeometry.EdgeKind.WARD), 1e-6);
    assertEquals(2000, length.get(WardGeometry.EdgeKind.DISTRICT), 1e-6);
    assertEquals(14000, length.get(WardGeometry.EdgeKind.OUTLINE), 1e-6);
  }

  @Test
  void overlappingWardsFallBackAndStillDraw() {
    // two overlapping squares: not a valid coverage
    List<Ward> wards =
        List.of(
            new Ward("A", "A", "D1", "D1", TinyWorld.square(400_000, 280_000, 1000), null, null),
            new Ward("B", "B", "D2", "D2", TinyWorld.square(400_500, 280_000, 1000), null, null));
    Geography geo =
        new Geography(
            new WardLayer("overlap", wards),
            new SchoolLayer("none", List.of()),
            DatasetInfo.ofFile("t", "t", ""));
    WardGeometry wg = WardGeometry.of(geo.wards());
    assertFalse(wg.isValidCoverage());
    WardGeometry.Band band = wg.band(10);
    assertTrue(band.edges.stream().anyMatch(e -> e.kind == WardGeometry.EdgeKind.OUTLINE));
    assertTrue(band.edges.stream().anyMatch(e -> e.kind == WardGeometry.EdgeKind.DISTRICT));
    Viewport vp = new Viewport(400_750, 280_500, 10, 200, 120);
    Scene scene =
        Scene.of(geo).withWardFills(WardFills.of(Map.of("A", 0xFFAA0000, "B", 0xFF0000AA)));
    BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_INT_ARGB_PRE);
    RenderResult r = Renderer.render(scene, Style.standard(), vp, img);
    assertTrue(r.completed());
    assertEquals(0xFFAA0000, img.getRGB((int) vp.toScreenX(400_200), (int) vp.toScreenY(280_500)));
    assertEquals(0xFF0000AA, img.getRGB((int) vp.toScreenX(401_300), (int) vp.toScreenY(280_500)));
  }

  @Test
  void anEmptyGeographyDrawsJustTheBackground() {
    Geography geo =
        new Geography(
            new WardLayer("empty", List.of()),
            new SchoolLayer("none", List.of()),
            DatasetInfo.ofFile("t", "t", ""));
    BufferedImage img = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB_PRE);
    RenderResult r =
        Renderer.render(Scene.of(geo), Style.standard(), new Viewport(0, 0, 1, 50, 40), img);
    assertTrue(r.completed());
    assertEquals(0, r.wardsDrawn());
    assertEquals(Style.standard().background().getRGB(), img.getRGB(25, 20));
  }
}
