package org.wardflow.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedValue;

/**
 * The legend under a disclosure policy: flow-width samples never picture a figure that cannot be
 * published (1..k−1, or off the rounding grid); the suppressed entries say that secondary
 * suppression hides more than the small counts; rounding is stated.
 */
class LegendPolicyTest {

  private static Scene scene(int largest, int k) {
    return Scene.of(VectorOutputTest.GEO)
        .withWardFills(
            new WardFills(
                java.util.Map.of("W00", 0xFFD7301F), java.util.Set.of("W11"), java.util.Set.of()))
        .withFlows(
            List.of(
                new Flow("W00", "200", PublishedValue.published(largest)),
                new Flow("W01", "400", PublishedValue.hidden(CellStatus.SUPPRESSED_SECONDARY))))
        .withFlowDisplay(new FlowDisplay(0, 0, false, true, k));
  }

  private static Legend legend(int largest, DisclosurePolicy p) {
    return Legend.forScene(
            scene(largest, p.k()),
            Style.standard(),
            "CYP living in ward",
            List.of(new LegendClass(0xFFD7301F, "5 – 40", 1)),
            "CYP, home ward → school")
        .withPolicy(p);
  }

  /** The numbers drawn next to the flow-width samples in the SVG of the painted legend. */
  private static List<Integer> paintedFlowValues(Legend l) {
    SVGGraphics2D svg = new SVGGraphics2D(800, 800);
    LegendPainter.paint(l, Style.standard(), svg, 0, 0);
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile(">(\\d+)<").matcher(svg.getSVGElement());
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  @Test
  void smallLargestFlowDoesNotGiveSamplesBelowK() {
    // the old samples for a largest flow of 7 were 5, 2, 1: 2 and 1 are never published at k = 5
    Legend l = legend(7, DisclosurePolicy.DEFAULT);
    for (int v : l.flowValues()) {
      assertTrue(v >= 5, "sample " + v + " is at least k");
    }
    assertEquals(List.of(5), paintedFlowValues(l), "only 5 drawn");
    Legend big = legend(176, DisclosurePolicy.DEFAULT.withK(10));
    assertEquals(List.of(100, 20, 10), paintedFlowValues(big));
  }

  @Test
  void roundedFiguresGiveSamplesOnTheRoundingGridAndANote() {
    DisclosurePolicy p = DisclosurePolicy.DEFAULT.withK(5).withRounding(10);
    Legend l = legend(60, p);
    for (int v : l.flowValues()) {
      assertEquals(0, v % 10, "sample " + v + " is a multiple of 10");
      assertTrue(v >= 10);
    }
    assertEquals("Figures rounded to 10", l.roundingNote());
    SVGGraphics2D svg = new SVGGraphics2D(800, 800);
    LegendPainter.paint(l, Style.standard(), svg, 0, 0);
    assertTrue(svg.getSVGElement().contains(">Figures rounded to 10<"));
    assertEquals("", legend(60, DisclosurePolicy.DEFAULT).roundingNote());
  }

  @Test
  void suppressedEntriesCoverSecondarySuppression() {
    Legend l = legend(40, DisclosurePolicy.DEFAULT.withK(7));
    SVGGraphics2D svg = new SVGGraphics2D(800, 800);
    var bounds = LegendPainter.paint(l, Style.standard(), svg, 0, 0);
    String doc = svg.getSVGElement();
    assertTrue(doc.contains(">Suppressed: counts of 1–6<"), "ward and flow entries");
    assertTrue(doc.contains(">and totals that would reveal them<"), "ward totals");
    assertTrue(doc.contains(">and cells that would reveal them<"), "flow cells");
    assertFalse(doc.contains("fewer than"), "secondary suppressions hide figures of k or more");
    // the second lines are inside the measured box
    var measured = LegendPainter.measure(l, Style.standard(), svg.getFontRenderContext());
    assertEquals(measured.getHeight(), bounds.getHeight(), 1e-6);
    assertEquals(
        "Suppressed", legend(40, DisclosurePolicy.DEFAULT.withK(0)).suppressedText("cells")[0]);
  }

  @Test
  void withoutAPolicyTheSceneThresholdStillKeepsSamplesAtKOrMore() {
    Legend l =
        Legend.forScene(scene(7, 5), Style.standard(), "", List.of(), "CYP, home ward → school");
    assertEquals(5, l.k());
    assertEquals(List.of(5), paintedFlowValues(l));
  }

  @Property(tries = 300)
  void samplesAreAlwaysPublishableFigures(
      @ForAll @IntRange(min = 0, max = 20) int k,
      @ForAll("bases") int base,
      @ForAll @DoubleRange(min = 1, max = 5000) double largest,
      @ForAll @DoubleRange(min = 0.01, max = 5) double pixelsPerCount) {
    FlowScale fs = new FlowScale(pixelsPerCount, 0.6, 12, false);
    DisclosurePolicy p = DisclosurePolicy.DEFAULT.withK(k).withRounding(base);
    Legend l =
        new Legend("", List.of(), 0, 0, k, "Flows", fs, largest, false, java.util.Set.of(), p);
    int[] v = l.flowValues();
    assertTrue(v.length >= 1 && v.length <= 3);
    for (int i = 0; i < v.length; i++) {
      assertTrue(k <= 1 || v[i] >= k, "no sample of 1..k−1: " + v[i]);
      assertTrue(base == 0 || v[i] % base == 0, v[i] + " on the rounding grid " + base);
      assertTrue(i == 0 || v[i] < v[i - 1], "strictly descending");
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> bases() {
    return net.jqwik.api.Arbitraries.of(0, 5, 10);
  }
}
