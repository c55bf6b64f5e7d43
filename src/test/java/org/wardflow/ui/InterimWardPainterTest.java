package org.wardflow.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.model.Geography;
import org.wardflow.render.Viewport;
import org.wardflow.ui.map.FrameRequest;
import org.wardflow.ui.map.LayerKind;
import org.wardflow.ui.map.LayerState;
import org.wardflow.ui.map.MapScene;
import org.wardflow.ui.map.MapTarget;

/** The placeholder painter draws wards, hover and schools where they are. */
class InterimWardPainterTest {
  private final Geography geo = BuiltInGeography.create();
  private final Viewport view = Viewport.fit(geo.extent(), 600, 450, 0.05);

  private BufferedImage paint(MapScene scene) {
    BufferedImage img = new BufferedImage(600, 450, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    new InterimWardPainter().paint(new FrameRequest(1, view, 1, scene), g, () -> false);
    g.dispose();
    return img;
  }

  private int rgbAt(BufferedImage img, Coordinate c) {
    return img.getRGB((int) view.toScreenX(c.x), (int) view.toScreenY(c.y)) & 0xFFFFFF;
  }

  private MapScene scene(boolean wards, boolean schools, MapTarget hover) {
    return new MapScene(
        geo,
        List.of(
            new LayerState(LayerKind.WARDS, "w", wards),
            new LayerState(LayerKind.SCHOOLS, "s", schools)),
        hover,
        null);
  }

  @Test
  void wardsSchoolsAndHoverAreDrawnInPlace() {
    Coordinate quiet = BuiltInGeography.cellCentre(3, 0);
    Coordinate school = geo.schools().schools().get(1).location().getCoordinate();
    BufferedImage all = paint(scene(true, true, null));
    assertEquals(InterimWardPainter.WARD_FILLS[3 % 2].getRGB() & 0xFFFFFF, rgbAt(all, quiet));
    assertEquals(InterimWardPainter.SECONDARY.getRGB() & 0xFFFFFF, rgbAt(all, school));
    assertEquals(InterimWardPainter.BACKGROUND.getRGB() & 0xFFFFFF, all.getRGB(2, 2) & 0xFFFFFF);

    MapTarget hover = MapTarget.of(geo.wards().wards().get(3));
    BufferedImage hovered = paint(scene(true, true, hover));
    assertEquals(InterimWardPainter.HOVER_FILL.getRGB() & 0xFFFFFF, rgbAt(hovered, quiet));

    BufferedImage noWards = paint(scene(false, true, null));
    assertEquals(InterimWardPainter.BACKGROUND.getRGB() & 0xFFFFFF, rgbAt(noWards, quiet));
    BufferedImage noSchools = paint(scene(true, false, null));
    assertNotEquals(InterimWardPainter.SECONDARY.getRGB() & 0xFFFFFF, rgbAt(noSchools, school));
  }

  @Test
  void anEmptySceneIsJustBackground() {
    BufferedImage img = paint(MapScene.EMPTY);
    assertEquals(new Color(img.getRGB(300, 200)), InterimWardPainter.BACKGROUND);
  }
}
