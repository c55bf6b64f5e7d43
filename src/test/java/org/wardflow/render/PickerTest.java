package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;

/** Picking uses the renderer's transform: what is drawn under a pixel is what is picked. */
class PickerTest {
  static final Geography GEO = TinyWorld.geography();
  static final Viewport VP = TinyWorld.gridViewport();

  @Test
  void wardUnderAPixel() {
    double px = VP.toScreenX(TinyWorld.X0 + 1500);
    double py = VP.toScreenY(TinyWorld.Y0 + 1500);
    assertEquals("W11", Picker.wardAt(GEO, VP, px, py).orElseThrow().code());
    // the grid's lower-left ward near its corner
    assertEquals(
        "W00",
        Picker.wardAt(GEO, VP, VP.toScreenX(TinyWorld.X0 + 20), VP.toScreenY(TinyWorld.Y0 + 20))
            .orElseThrow()
            .code());
    assertTrue(Picker.wardAt(GEO, VP, 1, 1).isEmpty(), "outside every ward");
    // after panning, the same pixel shows another ward
    Viewport panned = VP.panByPixels(-100, 0);
    assertEquals("W12", Picker.wardAt(GEO, panned, px, py).orElseThrow().code());
  }

  @Test
  void schoolNearAPixelWithinTolerance() {
    double sx = VP.toScreenX(TinyWorld.X0 + 2750);
    double sy = VP.toScreenY(TinyWorld.Y0 + 250);
    assertEquals("200", Picker.schoolNear(GEO, VP, sx + 3, sy - 2, 5).orElseThrow().urn());
    assertTrue(Picker.schoolNear(GEO, VP, sx + 8, sy, 5).isEmpty(), "8 px away, tolerance 5");
    assertEquals("200", Picker.schoolNear(GEO, VP, sx + 8, sy, 10).orElseThrow().urn());
    // zoomed out 10×, the same 8 px cover 800 m: the nearest school wins
    Viewport out = VP.zoomAbout(0.1, sx, sy);
    assertEquals("200", Picker.schoolNear(GEO, out, sx + 1, sy, 8).orElseThrow().urn());
  }

  @Test
  void schoolAtHonoursSymbolSizesAndVisibility() {
    Scene scene =
        Scene.of(GEO)
            .withSchools(
                new SchoolSymbols(
                    Map.of("200", SchoolMark.sized(0xFF000000, 100)),
                    SchoolMark.plain(0xFF000000),
                    false));
    Style style = Style.standard();
    double sx = VP.toScreenX(TinyWorld.X0 + 2750);
    double sy = VP.toScreenY(TinyWorld.Y0 + 250);
    // the largest value gets the maximum radius (12 px): 10 px from the centre is on the symbol
    assertEquals("200", Picker.schoolAt(scene, style, VP, sx + 10, sy, 0).orElseThrow().urn());
    assertTrue(Picker.schoolAt(scene, style, VP, sx + 16, sy, 0).isEmpty());
    // school 100 is not drawn (not listed, unlisted hidden): never picked
    double s1x = VP.toScreenX(TinyWorld.X0 + 250);
    double s1y = VP.toScreenY(TinyWorld.Y0 + 250);
    assertTrue(Picker.schoolAt(scene, style, VP, s1x, s1y, 3).isEmpty());
  }

  @Test
  void flowUnderAPixel() {
    Scene scene =
        Scene.of(GEO)
            .withFlows(
                List.of(
                    new Flow("W00", "200", PublishedValue.published(10)),
                    new Flow("W10", "300", PublishedValue.published(20))));
    Style straight = Style.standard().toBuilder().flowCurvature(0).build();
    double mx = VP.toScreenX(TinyWorld.X0 + (500 + 2750) / 2.0);
    double my = VP.toScreenY(TinyWorld.Y0 + (500 + 250) / 2.0);
    Flow f = Picker.flowAt(scene, straight, VP, mx, my + 1, 2).orElseThrow();
    assertEquals("200", f.schoolUrn());
    assertTrue(Picker.flowAt(scene, straight, VP, mx, my + 30, 2).isEmpty());
    // with the other ward selected, flow W00 → 200 is not drawn, so not picked
    assertTrue(
        Picker.flowAt(scene.withSelection(Selection.ward("W10")), straight, VP, mx, my, 2)
            .isEmpty());
  }
}
