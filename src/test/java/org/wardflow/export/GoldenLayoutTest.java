package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;

/**
 * The demo layout against a committed golden image ({@code src/test/resources/export/}), with a
 * tolerant comparison (a pixel differs when a channel moves by more than {@value #TOLERANCE}; at
 * most {@value #MAX_FRACTION} of the pixels may differ) — and proof that the comparison catches a
 * changed layout. Regenerate after an intended change with {@code -Dwardflow.golden.update=true}
 * and look at the new image before committing it.
 */
class GoldenLayoutTest {
  static final int DPI = 48;
  static final int TOLERANCE = 48;
  static final double MAX_FRACTION = 0.002;
  static final Path GOLDEN = Path.of("src/test/resources/export/demo-a4-landscape-48dpi.png");

  static MapPage page;

  @BeforeAll
  static void demo() {
    // the golden image was drawn with DejaVu Sans; other type would differ everywhere
    assumeTrue(
        ExportFonts.family().equals("DejaVu Sans"),
        "skipped: the golden image needs the DejaVu Sans font");
    MapPage p = DemoBriefing.build(DisclosurePolicy.DEFAULT, ExportFixtures.DATE).page();
    page =
        new MapPage(
            p.layout().toBuilder().version("test").build(), p.scene(), p.style(), p.extent());
  }

  static BufferedImage render(MapPage p) {
    return MapExporter.renderImage(p, DPI, "demo.png.manifest.json");
  }

  @Test
  void demoLayoutMatchesTheGoldenImage() throws IOException {
    BufferedImage now = render(page);
    if (Boolean.getBoolean("wardflow.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      ImageIO.write(now, "png", GOLDEN.toFile());
    }
    assertTrue(Files.isRegularFile(GOLDEN), "golden image missing: " + GOLDEN);
    BufferedImage golden = ImageIO.read(GOLDEN.toFile());
    ImageCompare.Result r = ImageCompare.compare(golden, now, TOLERANCE);
    if (!r.matches(MAX_FRACTION)) {
      Path actual = Path.of("target/golden-actual-demo.png");
      Files.createDirectories(actual.getParent());
      ImageIO.write(now, "png", actual.toFile());
    }
    assertTrue(r.matches(MAX_FRACTION), "layout differs from the golden image: " + r);
  }

  @Test
  void theComparisonFailsWithoutTheLegend() throws IOException {
    MapPage changed =
        new MapPage(
            page.layout().toBuilder().legend(null).build(),
            page.scene(),
            page.style(),
            page.extent());
    ImageCompare.Result r =
        ImageCompare.compare(ImageIO.read(GOLDEN.toFile()), render(changed), TOLERANCE);
    assertTrue(r.sameSize());
    assertFalse(r.matches(MAX_FRACTION), "a page without its legend must not pass: " + r);
  }

  @Test
  void theComparisonFailsForAShiftedMap() throws IOException {
    Envelope e = page.extent();
    e.translate(e.getWidth() * 0.05, 0);
    MapPage changed = new MapPage(page.layout(), page.scene(), page.style(), e);
    ImageCompare.Result r =
        ImageCompare.compare(ImageIO.read(GOLDEN.toFile()), render(changed), TOLERANCE);
    assertFalse(r.matches(MAX_FRACTION), "a map moved by 5 % must not pass: " + r);
  }

  @Test
  void theComparisonToleratesNoiseButNotAMissingBlock() {
    BufferedImage a = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    BufferedImage b = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    java.util.Random rnd = new java.util.Random(1);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) {
        int v = 120 + (x + y) % 60;
        a.setRGB(x, y, v << 16 | v << 8 | v);
        int w = v + rnd.nextInt(21) - 10;
        b.setRGB(x, y, w << 16 | w << 8 | w);
      }
    }
    assertTrue(ImageCompare.compare(a, b, TOLERANCE).matches(MAX_FRACTION), "noise passes");
    for (int y = 40; y < 52; y++) {
      for (int x = 40; x < 52; x++) {
        b.setRGB(x, y, 0xFFFFFF);
      }
    }
    ImageCompare.Result r = ImageCompare.compare(a, b, TOLERANCE);
    assertEquals(144, r.differing(), "the 12 × 12 block differs");
    assertFalse(r.matches(MAX_FRACTION));
    assertFalse(
        ImageCompare.compare(a, new BufferedImage(100, 99, BufferedImage.TYPE_INT_RGB), 255)
            .matches(1),
        "a different size never matches");
  }
}
