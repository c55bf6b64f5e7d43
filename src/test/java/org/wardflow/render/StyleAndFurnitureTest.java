package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class StyleAndFurnitureTest {
  @Test
  void variantsScaleLinesAndType() {
    Style s = Style.standard();
    Style p = Style.presentation();
    assertTrue(p.wardOutlineWidth() > s.wardOutlineWidth() * 1.5);
    assertTrue(p.flowMaxWidth() > s.flowMaxWidth() * 1.5);
    assertTrue(p.fontScale() > s.fontScale() * 1.3);
    Style x3 = s.scaled(3);
    assertEquals(s.schoolRadius() * 3, x3.schoolRadius(), 1e-5);
    assertEquals(s.hatchSpacing() * 3, x3.hatchSpacing(), 1e-5);
    assertEquals(s.fontScale() * 3, x3.fontScale(), 1e-5);
    Style lock = s.toBuilder().flowScaleLock(0.25).build().scaled(2);
    assertEquals(0.5, lock.flowScaleLock(), 1e-9, "a lock in px/count scales with the lines");
    Style hc = Style.highContrast();
    assertEquals(java.awt.Color.BLACK, hc.labelColor());
  }

  @Test
  void invalidSizesAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Style.builder().wardOutlineWidth(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Style.builder().schoolMinRadius(5).schoolMaxRadius(4).build());
    assertThrows(IllegalArgumentException.class, () -> Style.builder().flowMaxAlpha(2).build());
    assertThrows(IllegalArgumentException.class, () -> Style.standard().scaled(0));
  }

  @Test
  void scaleBarUsesRoundLengths() {
    assertEquals(5000, MapFurniture.niceLength(34.5, 200), 1e-9);
    assertEquals(1000, MapFurniture.niceLength(8, 200), 1e-9);
    assertEquals(200, MapFurniture.niceLength(1, 250), 1e-9);
    assertEquals("5 km", MapFurniture.formatLength(5000));
    assertEquals("2.5 km", MapFurniture.formatLength(2500));
    assertEquals("500 m", MapFurniture.formatLength(500));
    Viewport vp = new Viewport(400000, 280000, 10, 400, 300);
    BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    Rectangle2D r = MapFurniture.scaleBar(g, Style.standard(), vp, 20, 250, 150);
    g.dispose();
    // 1 km at 10 m/px is 100 px: the bar's black first quarter spans 25 px
    assertTrue(r.getWidth() >= 100 && r.getWidth() < 150, "bar width " + r.getWidth());
    int dark = 0;
    for (int x = 15; x < 150; x++) {
      int rgb = img.getRGB(x, (int) (r.getMaxY() - 2));
      if ((rgb >>> 24) > 200 && (rgb & 0xFF) < 100) {
        dark++;
      }
    }
    assertTrue(dark >= 48 && dark <= 56, "half of 100 px dark: " + dark);
  }

  @Test
  void hatchedLegendSwatchHasHatchAndBackground() {
    Style st = Style.standard();
    BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    LegendPainter.hatchedSwatch(g, st, new Rectangle2D.Double(5, 5, 50, 30));
    g.dispose();
    int hatch = 0;
    int bg = 0;
    for (int y = 8; y < 32; y++) {
      for (int x = 8; x < 52; x++) {
        int rgb = img.getRGB(x, y);
        if (RendererPixelTest.near(rgb, st.hatchColor().getRGB(), 40)) {
          hatch++;
        } else if (RendererPixelTest.near(rgb, st.suppressedFill().getRGB(), 6)) {
          bg++;
        }
      }
    }
    assertTrue(hatch > 50 && bg > 300, hatch + " hatch, " + bg + " background");
  }
}
