package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.wardflow.model.Crs;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.testutil.RenderTestData;

/**
 * The renderer on the 192 real West Midlands wards and 1,238 schools: coverage-aware generalisation
 * without gaps, fills at real label points, raster fast path equal to the Java2D path, and PNGs
 * written to {@code target/render-test-output} to look at.
 */
class RealMapRenderTest {
  static Geography geo;
  static Viewport full;

  @BeforeAll
  static void load() {
    geo = RenderTestData.westMidlands();
    full = Viewport.fit(geo.wards().extent(), 1920, 1080, 0.03);
  }

  static BufferedImage render(Scene scene, Style style, Viewport vp, boolean fast) {
    BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    if (fast) {
      Renderer.render(scene, style, vp, img);
    } else {
      Graphics2D g = img.createGraphics();
      Renderer.render(scene, style, vp, g);
      g.dispose();
    }
    return img;
  }

  @Test
  void generalisedBandsAreValidCoveragesWithFewerVertices() {
    WardGeometry wg = WardGeometry.of(geo.wards());
    assertTrue(wg.isValidCoverage(), "the ONS wards form a valid coverage");
    int original = 0;
    for (Ward w : geo.wards().wards()) {
      original += w.geometry().getNumPoints();
    }
    WardGeometry.Band coarse = wg.band(128); // 1:480,000-ish: heavy generalisation
    assertTrue(
        coarse.vertexCount < original * 0.6,
        "coarse band simplified: " + coarse.vertexCount + " of " + original);
    assertTrue(
        CoverageValidator.isValid(coarse.geometries), "simplified wards still share their edges");
    // unique edges: shared boundaries are emitted once, so fewer edge vertices than ring vertices
    int edgeVertices = 0;
    for (WardGeometry.Edge e : coarse.edges) {
      edgeVertices += e.xy.length / 2;
    }
    assertTrue(
        edgeVertices < coarse.vertexCount * 0.75, edgeVertices + " vs " + coarse.vertexCount);
  }

  /**
   * With every ward the same colour and no outlines, every pixel inside the study area is that
   * colour: neighbouring wards keep shared edges after generalisation — no gaps, no slivers of
   * background.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sharedBoundariesLeaveNoGaps(boolean fast) {
    int fill = 0xFF6BAED6;
    Map<String, Integer> all = new HashMap<>();
    for (Ward w : geo.wards().wards()) {
      all.put(w.code(), fill);
    }
    Style bare =
        Style.standard().toBuilder()
            .background(Color.WHITE)
            .wardOutlineWidth(0)
            .districtOutlineWidth(0)
            .areaOutlineWidth(0)
            .build();
    Scene scene = Scene.of(geo).withWardFills(WardFills.of(all)).withLayers(List.of(Layer.WARDS));
    for (Viewport vp :
        List.of(full, new Viewport(406500, 287000, 6, 800, 600), full.zoomAbout(0.4, 960, 540))) {
      BufferedImage img = render(scene, bare, vp, fast);
      Geometry[] gs = geo.wards().wards().stream().map(Ward::geometry).toArray(Geometry[]::new);
      // pixels whose centre is more than 1.5 px inside the study area's outline
      PreparedGeometry inside =
          PreparedGeometryFactory.prepare(
              CoverageUnion.union(gs).buffer(-1.5 * vp.metresPerPixel()));
      int checked = 0;
      int wrong = 0;
      for (int y = 0; y < vp.height(); y += 2) {
        for (int x = 0; x < vp.width(); x += 2) {
          var w = vp.toWorld(x + 0.5, y + 0.5);
          if (!inside.contains(Crs.BNG_FACTORY.createPoint(new Coordinate(w.x, w.y)))) {
            continue;
          }
          checked++;
          if (img.getRGB(x, y) != fill) {
            wrong++;
          }
        }
      }
      assertTrue(checked > 10_000, "enough pixels checked: " + checked);
      assertEquals(0, wrong, "pixels inside the area not filled (gaps) at " + vp);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void realWardsHaveTheirColourAtTheirLabelPoints(boolean fast) {
    Map<String, Integer> colours = new HashMap<>();
    int[] palette = RenderTestData.PALETTE;
    List<Ward> wards = geo.wards().wards();
    for (int i = 0; i < wards.size(); i++) {
      colours.put(wards.get(i).code(), palette[i % palette.length]);
    }
    Scene scene =
        Scene.of(geo).withWardFills(WardFills.of(colours)).withLayers(List.of(Layer.WARDS));
    Viewport vp = new Viewport(406500, 287000, 8, 1920, 1080);
    BufferedImage img = render(scene, Style.standard(), vp, fast);
    int checked = 0;
    for (Ward w : wards) {
      double px = vp.toScreenX(w.labelPoint().getX());
      double py = vp.toScreenY(w.labelPoint().getY());
      if (px < 0 || py < 0 || px >= vp.width() || py >= vp.height()) {
        continue;
      }
      // skip label points within 3 px of the ward's boundary (outlines are drawn there)
      if (w.geometry().getBoundary().distance(w.labelPoint()) < 3 * vp.metresPerPixel()) {
        continue;
      }
      assertEquals(
          Integer.toHexString(colours.get(w.code())),
          Integer.toHexString(img.getRGB((int) px, (int) py)),
          w.name());
      checked++;
    }
    assertTrue(checked > 30, "wards checked: " + checked);
  }

  /** The raster fast path draws what the Java2D path draws, up to antialiasing detail. */
  @Test
  void rasterFastPathLooksLikeJava2d() throws IOException {
    List<Flow> flows = RenderTestData.syntheticFlows(geo, 5000, 5, 42);
    Scene scene =
        Scene.of(geo)
            .withWardFills(RenderTestData.fillsFromFlows(geo, flows, 5))
            .withFlows(flows)
            .withFlowDisplay(new FlowDisplay(0, 400, true, true, 5));
    for (Viewport vp : List.of(full, new Viewport(406500, 287000, 8, 1920, 1080))) {
      BufferedImage a = render(scene, Style.standard(), vp, false);
      BufferedImage b = render(scene, Style.standard(), vp, true);
      double sum = 0;
      int big = 0;
      int n = 0;
      for (int y = 0; y < vp.height(); y++) {
        for (int x = 0; x < vp.width(); x++) {
          int p = a.getRGB(x, y);
          int q = b.getRGB(x, y);
          int d =
              Math.max(
                  Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)),
                  Math.max(
                      Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)),
                      Math.abs((p & 0xFF) - (q & 0xFF))));
          sum += d;
          if (d > 48) {
            big++;
          }
          n++;
        }
      }
      double mean = sum / n;
      double bigShare = big / (double) n;
      save(a, "parity-java2d-" + (int) vp.metresPerPixel() + ".png");
      save(b, "parity-fast-" + (int) vp.metresPerPixel() + ".png");
      assertTrue(mean < 3, "mean channel difference " + mean);
      assertTrue(bigShare < 0.005, "share of clearly different pixels " + bigShare);
    }
  }

  @Test
  void writesExampleMapsToLookAt() throws IOException {
    List<Flow> flows = RenderTestData.syntheticFlows(geo, 5000, 5, 42);
    Scene scene =
        Scene.of(geo)
            .withWardFills(RenderTestData.fillsFromFlows(geo, flows, 5))
            .withFlows(flows)
            .withFlowDisplay(new FlowDisplay(0, 300, false, false, 5));
    BufferedImage img = render(scene, Style.standard(), full, true);
    Path out = save(img, "west-midlands-top300.png");
    assertTrue(Files.size(out) > 100_000, "a real picture, not a blank");
    String ladywood =
        geo.wards().wards().stream()
            .filter(w -> w.name().equals("Ladywood"))
            .findFirst()
            .orElseThrow()
            .code();
    BufferedImage sel =
        render(
            scene.withSelection(Selection.ward(ladywood)).withFlowDisplay(FlowDisplay.ALL),
            Style.standard(),
            new Viewport(406500, 287000, 8, 1920, 1080),
            true);
    save(sel, "ladywood-selected.png");
  }

  static Path save(BufferedImage img, String name) throws IOException {
    Path dir = Path.of("target", "render-test-output");
    Files.createDirectories(dir);
    Path f = dir.resolve(name);
    ImageIO.write(img, "png", new File(f.toString()));
    return f;
  }
}
