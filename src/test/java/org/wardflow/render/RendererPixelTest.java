package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;

/**
 * Pixel checks of the renderer on a hand-made grid of square wards, through both the plain Java2D
 * path (any Graphics2D) and the raster fast path (an INT_ARGB_PRE image).
 */
class RendererPixelTest {
  static final Geography GEO = TinyWorld.geography();
  static final int RED = 0xFFD7301F;
  static final int BLUE = 0xFF2C7FB8;
  static final int GREEN = 0xFF31A354;
  static final int FAR_COLOUR = 0xFF123456;
  static final Viewport VP = TinyWorld.gridViewport();

  static BufferedImage render(Scene scene, Style style, Viewport vp, boolean fast) {
    BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    if (fast) {
      RenderResult r = Renderer.render(scene, style, vp, img);
      assertTrue(r.rasterFastPath(), "the fast path should be taken for INT_ARGB_PRE");
    } else {
      Graphics2D g = img.createGraphics();
      RenderResult r = Renderer.render(scene, style, vp, g);
      g.dispose();
      assertFalse(r.rasterFastPath());
    }
    return img;
  }

  static int rgbAt(BufferedImage img, Viewport vp, double x, double y) {
    int[] p = TinyWorld.pixel(vp, x, y);
    return img.getRGB(p[0], p[1]);
  }

  static Scene coloured() {
    return Scene.of(GEO)
        .withWardFills(
            WardFills.of(
                Map.of("W00", RED, "W01", BLUE, "W02", GREEN, "W10", BLUE, "FAR", FAR_COLOUR)))
        .withLayers(List.of(Layer.WARDS));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void wardInteriorHasTheScenesColour(boolean fast) {
    BufferedImage img = render(coloured(), Style.standard(), VP, fast);
    double c = TinyWorld.SIZE / 2;
    assertEquals(RED, rgbAt(img, VP, TinyWorld.X0 + c, TinyWorld.Y0 + c));
    assertEquals(BLUE, rgbAt(img, VP, TinyWorld.X0 + 1000 + c, TinyWorld.Y0 + c));
    assertEquals(GREEN, rgbAt(img, VP, TinyWorld.X0 + 2000 + c, TinyWorld.Y0 + 300));
    // a ward without a colour is drawn in the base fill, a no-data ward in the no-data fill
    Style s = Style.standard();
    assertEquals(
        s.baseFill().getRGB(), rgbAt(img, VP, TinyWorld.X0 + 1000 + c, TinyWorld.Y0 + 1000 + c));
    Scene noData =
        coloured().withWardFills(new WardFills(Map.of("W11", RED), Set.of(), Set.of("W11")));
    BufferedImage img2 = render(noData, s, VP, fast);
    assertEquals(
        s.noDataFill().getRGB(), rgbAt(img2, VP, TinyWorld.X0 + 1000 + c, TinyWorld.Y0 + 1000 + c));
    // outside every ward: the background
    assertEquals(s.background().getRGB(), img.getRGB(2, 2));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void schoolSymbolIsDrawnAtItsPosition(boolean fast) {
    int ink = 0xFF3F007D;
    Scene scene =
        coloured()
            .withSchools(SchoolSymbols.uniform(ink))
            .withLayers(List.of(Layer.WARDS, Layer.SCHOOLS));
    BufferedImage img = render(scene, Style.standard(), VP, fast);
    // school 100 at (X0+250, Y0+250) in the red ward W00
    assertEquals(ink, rgbAt(img, VP, TinyWorld.X0 + 250, TinyWorld.Y0 + 250));
    // six pixels (60 m) away — beyond the 2.6 px symbol — the ward colour again
    assertEquals(RED, rgbAt(img, VP, TinyWorld.X0 + 310, TinyWorld.Y0 + 250));
    // a sized symbol is larger: 3 px away from the centre is still the symbol
    Scene sized =
        scene.withSchools(
            new SchoolSymbols(
                Map.of("100", SchoolMark.sized(ink, 40)), SchoolMark.plain(ink), true));
    BufferedImage img2 = render(sized, Style.standard(), VP, fast);
    assertEquals(ink, rgbAt(img2, VP, TinyWorld.X0 + 250 + 60, TinyWorld.Y0 + 250));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void suppressedWardIsHatchedWithBothColours(boolean fast) {
    Style s = Style.standard();
    Scene scene =
        coloured().withWardFills(new WardFills(Map.of("W11", RED), Set.of("W11"), Set.of()));
    BufferedImage img = render(scene, s, VP, fast);
    int[] c = TinyWorld.pixel(VP, TinyWorld.X0 + 1500, TinyWorld.Y0 + 1500);
    int hatch = 0;
    int background = 0;
    int red = 0;
    for (int dy = -30; dy <= 30; dy++) {
      for (int dx = -30; dx <= 30; dx++) {
        int rgb = img.getRGB(c[0] + dx, c[1] + dy);
        if (near(rgb, s.hatchColor().getRGB(), 60)) {
          hatch++;
        } else if (near(rgb, s.suppressedFill().getRGB(), 8)) {
          background++;
        }
        if (near(rgb, RED, 30)) {
          red++;
        }
      }
    }
    int n = 61 * 61;
    assertTrue(hatch > n / 10, "hatch lines cover a good share: " + hatch + " of " + n);
    assertTrue(background > n / 3, "background shows between the lines: " + background);
    assertEquals(0, red, "a suppressed ward never shows its value's colour");
  }

  static boolean near(int a, int b, int tol) {
    return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) <= tol
        && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) <= tol
        && Math.abs((a & 0xFF) - (b & 0xFF)) <= tol;
  }

  /** Two straight flows of 50: W00 → school 200 and W10 → school 300. */
  static Scene withTwoFlows() {
    return Scene.of(GEO)
        .withWardFills(WardFills.NONE)
        .withFlows(
            List.of(
                new Flow("W00", "200", PublishedValue.published(50)),
                new Flow("W10", "300", PublishedValue.published(50))))
        .withLayers(List.of(Layer.WARDS, Layer.FLOWS));
  }

  static Style straightFlows() {
    return Style.standard().toBuilder()
        .flowCurvature(0)
        .flowColor(new Color(0x08306B))
        .flowMaxAlpha(1f)
        .build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void selectingAWardShowsOnlyItsFlows(boolean fast) {
    Style s = straightFlows();
    Scene all = withTwoFlows();
    // midpoints of the two straight flows (ward label point → school)
    double ax = (TinyWorld.X0 + 500 + TinyWorld.X0 + 2750) / 2;
    double ay = (TinyWorld.Y0 + 500 + TinyWorld.Y0 + 250) / 2;
    double bx = (TinyWorld.X0 + 500 + TinyWorld.X0 + 2750) / 2;
    double by = (TinyWorld.Y0 + 1500 + TinyWorld.Y0 + 1750) / 2;
    int base = s.baseFill().getRGB();

    BufferedImage both = render(all, s, VP, fast);
    assertTrue(near(rgbAt(both, VP, ax, ay), 0xFF08306B, 30), "flow A drawn");
    assertTrue(near(rgbAt(both, VP, bx, by), 0xFF08306B, 30), "flow B drawn");

    BufferedImage onlyA = render(all.withSelection(Selection.ward("W00")), s, VP, fast);
    assertTrue(near(rgbAt(onlyA, VP, ax, ay), 0xFF08306B, 30), "the selected ward's flow");
    assertEquals(base, rgbAt(onlyA, VP, bx, by), "another ward's flow is not drawn");

    BufferedImage onlyB = render(all.withSelection(Selection.school("300")), s, VP, fast);
    assertEquals(base, rgbAt(onlyB, VP, ax, ay), "flows into other schools are not drawn");
    assertTrue(near(rgbAt(onlyB, VP, bx, by), 0xFF08306B, 30), "flows into the school");

    BufferedImage img = new BufferedImage(VP.width(), VP.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    RenderResult r = Renderer.render(all.withSelection(Selection.ward("W00")), s, VP, img);
    assertEquals(1, r.flowsDrawn());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void hiddenFlowsAreDashedGreyAndThin(boolean fast) {
    Style s = straightFlows();
    Scene scene =
        withTwoFlows()
            .withFlows(
                List.of(
                    new Flow("W00", "200", PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY))));
    BufferedImage img = render(scene, s, VP, fast);
    // along the flow: some pixels hidden-flow grey (dashes), some untouched (gaps); none navy
    double x0 = VP.toScreenX(TinyWorld.X0 + 600);
    double x1 = VP.toScreenX(TinyWorld.X0 + 2500);
    int dashes = 0;
    int gaps = 0;
    int base = s.baseFill().getRGB();
    for (int x = (int) x0; x < (int) x1; x++) {
      // the straight line from (500, 500) to (2750, 250) in ward metres
      double mx =
          (x + 0.5 - VP.toScreenX(TinyWorld.X0 + 500))
              / (VP.toScreenX(TinyWorld.X0 + 2750) - VP.toScreenX(TinyWorld.X0 + 500));
      double py = VP.toScreenY(TinyWorld.Y0 + 500 + mx * (-250));
      int rgb = img.getRGB(x, (int) Math.floor(py));
      if (rgb == base) {
        gaps++;
      } else {
        dashes++;
        assertFalse(near(rgb, 0xFF08306B, 40), "a hidden flow never looks like a published one");
      }
    }
    assertTrue(dashes > 20 && gaps > 20, "dashed: " + dashes + " dash px, " + gaps + " gap px");
  }

  @Test
  void wardsOutsideTheViewportAreCulled() {
    // JFreeSVG keeps everything drawn, even outside the clip: culled wards must be absent
    String hex = "rgb(18,52,86)";
    SVGGraphics2D svg = new SVGGraphics2D(VP.width(), VP.height());
    RenderResult r = Renderer.render(coloured(), Style.standard(), VP, svg);
    assertEquals(6, r.wardsDrawn(), "the far ward is not drawn");
    assertFalse(svg.getSVGElement().toLowerCase().contains(hex), "far ward's colour absent");

    Viewport wide = Viewport.fit(GEO.wards().extent(), 800, 200, 0.02);
    SVGGraphics2D svg2 = new SVGGraphics2D(wide.width(), wide.height());
    RenderResult r2 = Renderer.render(coloured(), Style.standard(), wide, svg2);
    assertEquals(7, r2.wardsDrawn());
    assertTrue(svg2.getSVGElement().toLowerCase().contains(hex), "in view: drawn");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cancellingStopsTheRender(boolean fast) {
    BufferedImage img = new BufferedImage(VP.width(), VP.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    RenderOptions cancelled = RenderOptions.cancellable(() -> true).withRasterFastPaths(fast);
    RenderResult r = Renderer.render(coloured(), Style.standard(), VP, img, cancelled);
    assertFalse(r.completed());
    double c = TinyWorld.SIZE / 2;
    assertNotEquals(RED, rgbAt(img, VP, TinyWorld.X0 + c, TinyWorld.Y0 + c), "no wards drawn");

    // cancelled after a few checks: stops part-way, still reports it
    AtomicInteger calls = new AtomicInteger();
    Scene scene = coloured().withLayers(List.of(Layer.values()));
    RenderResult r2 =
        Renderer.render(
            scene,
            Style.standard(),
            VP,
            new BufferedImage(VP.width(), VP.height(), BufferedImage.TYPE_INT_ARGB_PRE),
            RenderOptions.cancellable(() -> calls.incrementAndGet() > 2).withRasterFastPaths(fast));
    assertFalse(r2.completed());
    RenderResult r3 = Renderer.render(scene, Style.standard(), VP, img);
    assertTrue(r3.completed());
  }

  @Test
  void selectedWardIsOutlined() {
    Style s = Style.standard();
    Scene scene = coloured().withSelection(Selection.ward("W00"));
    BufferedImage img = render(scene, s, VP, true);
    // the shared edge between W00 and W01 at x = X0 + 1000, halfway up
    int rgb = rgbAt(img, VP, TinyWorld.X0 + 1000, TinyWorld.Y0 + 500);
    assertTrue(near(rgb, s.selectionColor().getRGB(), 40), Integer.toHexString(rgb));
    BufferedImage plain = render(coloured(), s, VP, true);
    assertFalse(
        near(
            rgbAt(plain, VP, TinyWorld.X0 + 1000, TinyWorld.Y0 + 500),
            s.selectionColor().getRGB(),
            40));
  }
}
