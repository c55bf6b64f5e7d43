package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Greedy placement: by priority, first free position, never overlapping, skip what collides. */
class LabellerTest {
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);

  static Labeller.Candidate at(String text, double priority, double... anchors) {
    return new Labeller.Candidate(text, FONT, java.awt.Color.BLACK, priority, anchors, null);
  }

  @Test
  void higherPriorityWinsAndTheOtherIsSkipped() {
    Labeller l = new Labeller(400, 300);
    l.add(at("Low priority", 1, 200, 150, 0));
    l.add(at("High priority", 10, 200, 150, 0));
    l.place(FRC);
    assertEquals(1, l.placedCount());
    assertEquals(1, l.skipped);
    // the placed one is the high-priority label: its box is wider than "Low priority"'s
    double hw = FONT.getStringBounds("High priority", FRC).getWidth();
    assertEquals(hw, l.boxes().get(0).getWidth(), 0.01);
  }

  @Test
  void aCollidingLabelTakesItsNextPosition() {
    Labeller l = new Labeller(400, 300);
    l.add(at("First", 10, 200, 150, 0));
    // preferred position collides, second (40 px below) is free
    l.add(at("Second", 5, 200, 150, 0, 200, 190, 0));
    l.place(FRC);
    assertEquals(2, l.placedCount());
    List<Rectangle2D> boxes = l.boxes();
    assertFalse(boxes.get(0).intersects(boxes.get(1)));
    assertEquals(190, boxes.get(1).getCenterY(), 0.5);
  }

  @Test
  void alignmentPutsTheBoxBesideTheAnchor() {
    Labeller l = new Labeller(400, 300);
    l.add(at("Right", 1, 100, 100, 1));
    l.add(at("Left", 1, 300, 200, -1));
    l.place(FRC);
    assertEquals(100, l.boxes().get(0).getMinX(), 0.01);
    assertEquals(300, l.boxes().get(1).getMaxX(), 0.01);
  }

  @Test
  void labelsMustFitTheirShapeAndTheImage() {
    Labeller l = new Labeller(400, 300);
    l.add(
        new Labeller.Candidate(
            "A long name for a small ward",
            FONT,
            java.awt.Color.BLACK,
            1,
            new double[] {200, 150, 0},
            new Rectangle2D.Double(180, 140, 40, 20)));
    l.add(at("Off the edge", 1, 5, 150, 0));
    l.add(
        new Labeller.Candidate(
            "Fits",
            FONT,
            java.awt.Color.BLACK,
            1,
            new double[] {200, 50, 0},
            new Rectangle2D.Double(150, 30, 100, 40)));
    l.place(FRC);
    assertEquals(1, l.placedCount());
    assertEquals(2, l.skipped);
  }

  @Test
  void obstaclesBlockLabels() {
    Labeller l = new Labeller(400, 300);
    l.obstacle(new Rectangle2D.Double(190, 140, 20, 20));
    l.add(at("Blocked", 1, 200, 150, 0));
    l.place(FRC);
    assertEquals(0, l.placedCount());
  }

  @Test
  void manyRandomLabelsNeverOverlap() {
    Labeller l = new Labeller(800, 600);
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 400; i++) {
      l.add(
          at(
              "Label " + i,
              r.nextDouble(),
              r.nextDouble() * 800,
              r.nextDouble() * 600,
              0,
              r.nextDouble() * 800,
              r.nextDouble() * 600,
              1));
    }
    l.place(FRC);
    List<Rectangle2D> boxes = l.boxes();
    assertTrue(boxes.size() > 40, "placed " + boxes.size());
    assertEquals(400, boxes.size() + l.skipped);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j);
      }
    }
  }
}
