package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.WardMeasure;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;

class SceneFactoryTest {
  private static final Geography GEO = TinyWorld.geography();

  private static PublishedTable table(boolean synthetic, DisclosurePolicy p) {
    FlowTable.Builder b =
        FlowTable.builder(new DatasetInfo("flows", "test", "", false, synthetic, Map.of()));
    b.add("W00", "100", 12);
    b.add("W01", "100", 9);
    b.add("W01", "200", 3);
    b.add("W02", "200", 8);
    b.add("W10", "300", 7);
    b.add("W11", "300", 30);
    b.add("W12", "200", 15);
    return DisclosureGate.publish(b.build(), FlowFilter.ALL, p);
  }

  @Test
  void flowsAreThePublishedCellsAndHiddenCellsNeverCarryAValue() {
    PublishedTable t = table(false, DisclosurePolicy.DEFAULT);
    MapView v = SceneFactory.build(GEO, t, SceneFactory.Options.DEFAULT, Style.standard());
    assertEquals(7, v.scene().flows().size());
    int hidden = 0;
    for (Flow f : v.scene().flows()) {
      if (f.hidden()) {
        hidden++;
        assertFalse(t.get(f.wardCode(), f.schoolUrn()).isPublished());
      } else {
        int x = f.value().value();
        assertFalse(x >= 1 && x < 5, "no flow drawn with a value in 1..k-1: " + f);
        assertEquals(t.get(f.wardCode(), f.schoolUrn()), f.value());
      }
    }
    assertTrue(hidden >= 1, "the count of 3 is hidden");
    assertEquals(5, v.scene().flowDisplay().threshold());
    assertFalse(v.scene().flowDisplay().showHidden(), "hidden flows off by default");
    assertEquals(DisclosurePolicy.DEFAULT.statement(), v.statement());
  }

  @Test
  void everyWardIsClassifiedSuppressedOrNoDataAndTheLegendCountsThem() {
    PublishedTable t = table(false, DisclosurePolicy.DEFAULT);
    MapView v =
        SceneFactory.build(
            GEO,
            t,
            SceneFactory.Options.DEFAULT.withClasses(
                org.wardflow.analysis.ClassificationMethod.QUANTILE,
                3,
                org.wardflow.analysis.ColorBrewer.get("Blues")),
            Style.standard());
    WardFills f = v.scene().wardFills();
    int classified = 0;
    for (var w : GEO.wards().wards()) {
      boolean published = t.wardTotal(w.code()).isPublished();
      assertEquals(!published, f.suppressed().contains(w.code()), w.code());
      if (published) {
        assertTrue(f.argb().containsKey(w.code()), w.code());
        classified++;
      }
    }
    int inLegend = v.legend().classes().stream().mapToInt(LegendClass::count).sum();
    assertEquals(classified, inLegend);
    assertEquals(f.suppressed().size(), v.legend().suppressedCount());
    assertTrue(v.legend().classes().size() <= 3);
    int[] blues =
        org.wardflow.analysis.ColorBrewer.get("Blues").colors(v.legend().classes().size());
    for (int c : f.argb().values()) {
      assertTrue(java.util.Arrays.stream(blues).anyMatch(b -> b == c), Integer.toHexString(c));
    }
    assertTrue(v.title().endsWith(WardMeasure.COUNT.label()), v.title());
  }

  @Test
  void theCaveatCarriesTheMarkingAndTheSyntheticLabel() {
    MapView v =
        SceneFactory.build(
            GEO,
            table(true, DisclosurePolicy.DEFAULT),
            SceneFactory.Options.DEFAULT.withMarking("OFFICIAL"),
            Style.standard());
    assertEquals("SYNTHETIC", v.caveat().dataLabel());
    assertEquals("OFFICIAL", v.caveat().marking());
    assertEquals(Caveat.EXPLORATORY, v.caveat().message());
    MapView observed =
        SceneFactory.build(
            GEO,
            table(false, DisclosurePolicy.DEFAULT),
            SceneFactory.Options.DEFAULT,
            Style.standard());
    assertEquals("", observed.caveat().dataLabel());
  }

  @Test
  void optionsRefuseARateWithoutChildrenAndTooManyClasses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SceneFactory.Options.DEFAULT.withMeasure(WardMeasure.RATE_PER_1000_CHILDREN, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SceneFactory.Options.DEFAULT.withClasses(
                org.wardflow.analysis.ClassificationMethod.QUANTILE,
                30,
                org.wardflow.analysis.ColorBrewer.get("Blues")));
  }

  @Test
  void theFramePaintsBandsAndTheWardFillWhereTheViewportPutsTheWard() {
    Geography near =
        new Geography(
            new org.wardflow.model.WardLayer(
                "near", GEO.wards().wards().stream().filter(w -> !w.code().equals("FAR")).toList()),
            GEO.schools(),
            GEO.info());
    MapView v =
        SceneFactory.build(
            near,
            table(false, DisclosurePolicy.DEFAULT),
            SceneFactory.Options.DEFAULT,
            Style.standard());
    BufferedImage img = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
    Style style = Style.standard();
    MapFrame.paint(v, style, img);
    assertEquals(CaveatBand.BAND.getRGB() & 0xFFFFFF, img.getRGB(450, 1) & 0xFFFFFF);
    assertEquals(CaveatBand.BAND.getRGB() & 0xFFFFFF, img.getRGB(450, 498) & 0xFFFFFF);
    Viewport vp = MapFrame.viewport(v, style, 900, 500);
    // ward W11 (count 30) is coloured: a pixel inside it, away from its label, has its colour
    int argb = v.scene().wardFills().argb().get("W11");
    double x = TinyWorld.X0 + 1.15 * TinyWorld.SIZE;
    double y = TinyWorld.Y0 + 1.15 * TinyWorld.SIZE;
    int px = (int) vp.toScreenX(x);
    int py = (int) vp.toScreenY(y);
    assertEquals(argb & 0xFFFFFF, img.getRGB(px, py) & 0xFFFFFF, "fill of W11 at " + px + "," + py);
    // the study area lies between the title and the statement
    assertTrue(vp.toScreenY(near.wards().extent().getMaxY()) > 2 * CaveatBand.height(style));
    assertTrue(
        vp.toScreenY(near.wards().extent().getMinY()) < 500 - 1.5 * CaveatBand.height(style));
  }

  @Test
  void aSchoolFarOutsideTheWardsDoesNotShrinkTheMap() {
    MapView v = SceneFactory.baseMap(GEO, "");
    Viewport vp = MapFrame.viewport(v, Style.standard(), 900, 500);
    Viewport wide =
        MapFrame.viewport(
            SceneFactory.baseMap(
                new Geography(
                    GEO.wards(),
                    new org.wardflow.model.SchoolLayer(
                        "with an outlier",
                        java.util.List.of(
                            TinyWorld.school(
                                "999",
                                org.wardflow.model.Phase.PRIMARY,
                                TinyWorld.X0,
                                TinyWorld.Y0 + 150_000))),
                    GEO.info()),
                ""),
            Style.standard(),
            900,
            500);
    assertEquals(vp.metresPerPixel(), wide.metresPerPixel(), 1e-9);
  }
}
