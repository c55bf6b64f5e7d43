package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PaletteTest {
  private static String[] hex(int[] argb) {
    return Arrays.stream(argb).mapToObj(Palette::hex).toArray(String[]::new);
  }

  /** Values as published by ColorBrewer 2.0 (colorbrewer2.org, "HEX" export). */
  @Test
  void exactColorBrewerValues() {
    assertArrayEquals(
        new String[] {
          "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
          "#08306b"
        },
        hex(ColorBrewer.get("Blues").colors(9)));
    assertArrayEquals(
        new String[] {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
        hex(ColorBrewer.get("YlOrRd").colors(5)));
    assertArrayEquals(
        new String[] {"#ef8a62", "#f7f7f7", "#67a9cf"}, hex(ColorBrewer.get("RdBu").colors(3)));
    assertArrayEquals(
        new String[] {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"},
        hex(ColorBrewer.get("Dark2").colors(4)));
    assertEquals(0xff000000, ColorBrewer.get("Greys").colors(9)[8]);
  }

  @Test
  void allSchemesAndSizes() {
    assertEquals(35, ColorBrewer.all().size());
    assertEquals(18, ColorBrewer.ofType(PaletteType.SEQUENTIAL).size());
    assertEquals(9, ColorBrewer.ofType(PaletteType.DIVERGING).size());
    assertEquals(8, ColorBrewer.ofType(PaletteType.QUALITATIVE).size());
    for (Palette p : ColorBrewer.all()) {
      assertEquals(3, p.minClasses(), p.name());
      int max = p.type() == PaletteType.SEQUENTIAL ? 9 : p.type() == PaletteType.DIVERGING ? 11 : 8;
      assertTrue(p.maxClasses() >= max, p.name());
      for (int n = 1; n <= p.maxClasses(); n++) {
        int[] c = p.colors(n);
        assertEquals(n, c.length);
        assertEquals(n, Arrays.stream(c).distinct().count(), p.name() + " " + n);
        for (int argb : c) {
          assertEquals(0xff, argb >>> 24);
        }
      }
      assertThrows(IllegalArgumentException.class, () -> p.colors(p.maxClasses() + 1));
      assertThrows(IllegalArgumentException.class, () -> p.colors(0));
    }
  }

  @Test
  void sequentialSchemesGetDarker() {
    for (Palette p : ColorBrewer.ofType(PaletteType.SEQUENTIAL)) {
      int[] c = p.colors(9);
      assertTrue(luma(c[0]) > luma(c[8]), p.name());
    }
  }

  /** ColorBrewer's "blind" metadata (colorbrewer_schemes.js). */
  @Test
  void colourBlindRatingsFollowColorBrewer() {
    for (Palette p : ColorBrewer.ofType(PaletteType.SEQUENTIAL)) {
      assertTrue(p.colorBlindSafe(9), p.name());
    }
    assertTrue(ColorBrewer.get("RdBu").colorBlindSafe(11));
    assertTrue(ColorBrewer.get("PuOr").colorBlindSafe(7));
    assertEquals(ColorBlindSafety.MAYBE, ColorBrewer.get("RdYlGn").colorBlindSafety(3));
    assertEquals(ColorBlindSafety.UNSAFE, ColorBrewer.get("RdYlGn").colorBlindSafety(6));
    assertEquals(ColorBlindSafety.UNSAFE, ColorBrewer.get("Spectral").colorBlindSafety(9));
    assertEquals(ColorBlindSafety.MAYBE, ColorBrewer.get("RdGy").colorBlindSafety(5));
    assertEquals(ColorBlindSafety.SAFE, ColorBrewer.get("Dark2").colorBlindSafety(3));
    assertEquals(ColorBlindSafety.MAYBE, ColorBrewer.get("Dark2").colorBlindSafety(4));
    assertEquals(ColorBlindSafety.UNSAFE, ColorBrewer.get("Dark2").colorBlindSafety(7));
    assertEquals(ColorBlindSafety.SAFE, ColorBrewer.get("Paired").colorBlindSafety(4));
    assertEquals(ColorBlindSafety.MAYBE, ColorBrewer.get("Paired").colorBlindSafety(5));
    assertEquals(ColorBlindSafety.UNSAFE, ColorBrewer.get("Paired").colorBlindSafety(12));
    assertFalse(ColorBrewer.get("Set1").colorBlindSafe(3));
    assertTrue(
        ColorBrewer.colorBlindSafe(PaletteType.DIVERGING, 9).stream()
            .noneMatch(p -> p.name().equals("Spectral") || p.name().equals("RdYlGn")));
    assertEquals(6, ColorBrewer.colorBlindSafe(PaletteType.DIVERGING, 9).size());
    assertTrue(ColorBrewer.defaultSequential().colorBlindSafe(7));
  }

  @Test
  void lookupByName() {
    assertEquals("YlOrRd", ColorBrewer.get("ylorrd").name());
    assertTrue(ColorBrewer.byName("Nope").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ColorBrewer.get("Nope"));
    assertTrue(e.getMessage().contains("YlOrRd"));
  }

  private static double luma(int argb) {
    return 0.299 * (argb >> 16 & 0xff) + 0.587 * (argb >> 8 & 0xff) + 0.114 * (argb & 0xff);
  }
}
