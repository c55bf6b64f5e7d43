package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;

/** Which flows are drawn, in what order and how wide — shared by every output and by picking. */
class FlowPlanTest {
  static final Geography GEO = TinyWorld.geography();
  static final Viewport VP = TinyWorld.gridViewport();

  static Flow f(String ward, String urn, int v) {
    return new Flow(ward, urn, PublishedValue.published(v));
  }

  static Flow hidden(String ward, String urn) {
    return new Flow(ward, urn, PublishedValue.hidden(CellStatus.SUPPRESSED_PRIMARY));
  }

  static FlowPlan plan(Scene s, Style st) {
    return FlowPlan.build(s, st, VP, new SymbolSizer(s, st), () -> false);
  }

  static Set<Integer> drawn(FlowPlan p, FlowPlan.Kind kind) {
    Set<Integer> out = new HashSet<>();
    for (FlowPlan.FlowClass c : p.classes) {
      if (c.kind == kind) {
        c.curves.forEach(cv -> out.add(cv.flow));
      }
    }
    return out;
  }

  static final List<Flow> FLOWS =
      List.of(
          f("W00", "200", 40),
          f("W01", "300", 25),
          f("W10", "200", 25),
          f("W11", "400", 6),
          f("W12", "100", 3),
          hidden("W02", "400"),
          f("W02", "100", 0));

  @Test
  void topNKeepsTiesMinCountAndFade() {
    Scene s =
        Scene.of(GEO).withFlows(FLOWS).withFlowDisplay(new FlowDisplay(0, 2, false, false, 5));
    // top 2 = 40 and the tie at 25 (both kept)
    assertEquals(Set.of(0, 1, 2), drawn(plan(s, Style.standard()), FlowPlan.Kind.NORMAL));
    Scene min = s.withFlowDisplay(new FlowDisplay(6, 0, false, false, 5));
    assertEquals(Set.of(0, 1, 2, 3), drawn(plan(min, Style.standard()), FlowPlan.Kind.NORMAL));
    Scene fade = s.withFlowDisplay(new FlowDisplay(0, 1, true, true, 5));
    FlowPlan p = plan(fade, Style.standard());
    assertEquals(Set.of(0), drawn(p, FlowPlan.Kind.NORMAL));
    assertEquals(Set.of(1, 2, 3, 4), drawn(p, FlowPlan.Kind.FADED));
    assertEquals(Set.of(5), drawn(p, FlowPlan.Kind.HIDDEN), "hidden flows ignore value filters");
  }

  @Test
  void publishedZerosAndUnknownCodesAreNotDrawn() {
    List<Flow> flows = new ArrayList<>(FLOWS);
    flows.add(f("NOPE", "200", 9));
    flows.add(f("W00", "999", 9));
    FlowPlan p = plan(Scene.of(GEO).withFlows(flows), Style.standard());
    Set<Integer> all = drawn(p, FlowPlan.Kind.NORMAL);
    all.addAll(drawn(p, FlowPlan.Kind.HIDDEN));
    assertEquals(Set.of(0, 1, 2, 3, 4, 5), all);
    assertEquals(2, p.unplaced);
  }

  @Test
  void classesGoFromHiddenAndFadedToThinThenThick() {
    FlowPlan p =
        plan(
            Scene.of(GEO).withFlows(FLOWS).withFlowDisplay(new FlowDisplay(0, 3, true, true, 5)),
            Style.standard());
    assertEquals(FlowPlan.Kind.HIDDEN, p.classes.get(0).kind);
    assertEquals(FlowPlan.Kind.FADED, p.classes.get(1).kind);
    double last = 0;
    for (FlowPlan.FlowClass c : p.classes.subList(2, p.classes.size())) {
      assertTrue(c.width > last, "normal classes by increasing width");
      last = c.width;
    }
    // opacity grows with width
    int a0 = p.classes.get(2).argb >>> 24;
    int a1 = p.classes.get(p.classes.size() - 1).argb >>> 24;
    assertTrue(a1 > a0);
  }

  @Test
  void oppositeFlowsBendToOppositeSides() {
    // W00 → school 200 and (a flow from W02, whose label point is near 200) → school 100 near W00
    Scene s =
        Scene.of(GEO)
            .withFlows(List.of(f("W00", "200", 10), f("W02", "100", 10)))
            .withFlowDisplay(FlowDisplay.ALL);
    FlowPlan p = plan(s, Style.standard());
    List<FlowPlan.Curve> curves = new ArrayList<>();
    p.classes.forEach(c -> curves.addAll(c.curves));
    assertEquals(2, curves.size());
    FlowPlan.Curve a = curves.get(0).flow == 0 ? curves.get(0) : curves.get(1);
    FlowPlan.Curve b = curves.get(0).flow == 0 ? curves.get(1) : curves.get(0);
    // control points on opposite sides of the line between the two wards
    double ax = a.x1 - a.x0;
    double ay = a.y1 - a.y0;
    double sideA = ax * (a.cy - a.y0) - ay * (a.cx - a.x0);
    double sideB = ax * (b.cy - a.y0) - ay * (b.cx - a.x0);
    assertTrue(sideA * sideB < 0, "A→B and B→A bend to opposite sides");
  }

  @Test
  void scaleLockKeepsWidthsComparable() {
    Style locked = Style.standard().toBuilder().flowScaleLock(0.2).build();
    Scene small = Scene.of(GEO).withFlows(List.of(f("W00", "200", 20)));
    Scene big = Scene.of(GEO).withFlows(List.of(f("W00", "200", 20), f("W01", "300", 45)));
    // unlocked: the largest flow of each scene gets the maximum width, so 20 differs
    double w1 = FlowScale.resolve(small, Style.standard()).width(20);
    double w2 = FlowScale.resolve(big, Style.standard()).width(20);
    assertTrue(w1 > w2 * 2);
    // locked: 20 × 0.2 px in both
    assertEquals(4.0, FlowScale.resolve(small, locked).width(20), 1e-9);
    assertEquals(4.0, FlowScale.resolve(big, locked).width(20), 1e-9);
    assertTrue(FlowScale.resolve(big, locked).locked());
  }

  @Test
  void selectionHighlightsTheWardsSchools() {
    Scene s = Scene.of(GEO).withFlows(FLOWS).withSelection(Selection.ward("W02"));
    FlowPlan p = plan(s, Style.standard());
    // W02's flows: hidden → 400 (drawn dashed), published zero → 100 (no flow)
    assertEquals(Set.of(5), drawn(p, FlowPlan.Kind.HIDDEN));
    assertTrue(p.highlightedSchools.get(GEO.schools().indexOf("400")));
    assertEquals(1, p.highlightedSchools.cardinality());
  }
}
