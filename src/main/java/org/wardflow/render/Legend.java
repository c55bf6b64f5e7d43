package org.wardflow.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.School;

/**
 * What a legend shows: the choropleth classes with ward counts, no-data and suppressed swatches,
 * the flow width scale with three sample widths, and the school symbols by phase. Build with {@link
 * #forScene} so the flow and symbol parts match the map exactly.
 *
 * @param title heading of the choropleth part (e.g. "CYP living in ward"); empty to omit the part
 * @param classes class ranges and counts, in order
 * @param noDataCount wards with no data (the swatch is shown when &gt; 0)
 * @param suppressedCount wards whose value is suppressed (the hatched swatch is shown when &gt; 0)
 * @param threshold the disclosure threshold k (used when {@code policy} is null)
 * @param flowTitle heading of the flow part; empty to omit the part
 * @param flowScale the scale flows are drawn with (null to omit the flow part)
 * @param flowLargest the largest published flow (for choosing sample values)
 * @param hiddenFlows whether the dashed "suppressed flow" sample is shown
 * @param shapes school symbol shapes to explain (empty to omit)
 * @param policy the disclosure policy of the published figures shown, or null when unknown: it
 *     words the suppressed entries, keeps the flow-width samples at figures that can be published
 *     (never 1..k−1, multiples of the rounding base) and adds the rounding note
 */
public record Legend(
    String title,
    List<LegendClass> classes,
    int noDataCount,
    int suppressedCount,
    int threshold,
    String flowTitle,
    FlowScale flowScale,
    double flowLargest,
    boolean hiddenFlows,
    Set<SymbolShape> shapes,
    DisclosurePolicy policy) {

  /** Copies collections. */
  public Legend {
    title = title == null ? "" : title;
    classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
    flowTitle = flowTitle == null ? "" : flowTitle;
    shapes = shapes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shapes));
  }

  /** A legend whose policy is not known (only the threshold k). */
  public Legend(
      String title,
      List<LegendClass> classes,
      int noDataCount,
      int suppressedCount,
      int threshold,
      String flowTitle,
      FlowScale flowScale,
      double flowLargest,
      boolean hiddenFlows,
      Set<SymbolShape> shapes) {
    this(
        title,
        classes,
        noDataCount,
        suppressedCount,
        threshold,
        flowTitle,
        flowScale,
        flowLargest,
        hiddenFlows,
        shapes,
        null);
  }

  /**
   * This legend for figures published under a policy (its threshold replaces {@link #threshold()}).
   *
   * @param p the policy (null: unknown)
   */
  public Legend withPolicy(DisclosurePolicy p) {
    return new Legend(
        title,
        classes,
        noDataCount,
        suppressedCount,
        p == null ? threshold : p.k(),
        flowTitle,
        flowScale,
        flowLargest,
        hiddenFlows,
        shapes,
        p);
  }

  /** The threshold k the figures were published with (the policy's, else {@link #threshold()}). */
  public int k() {
    return policy != null ? policy.k() : threshold;
  }

  /** The rounding base of the published figures, 0 when none or unknown. */
  public int roundingBase() {
    return policy != null ? policy.roundingBase() : 0;
  }

  /**
   * The smallest non-zero figure that can be published: k (lifted to a multiple of the rounding
   * base) with suppression, else 1 or the rounding base.
   */
  public int smallestPublishable() {
    int k = k();
    int b = roundingBase();
    int min = k > 1 ? k : 1;
    return b > 0 ? (min + b - 1) / b * b : min;
  }

  /**
   * The flow values whose widths the legend shows, largest first: round values spanning the drawn
   * range, none below {@link #smallestPublishable()} (a sample width of 1..k−1 would picture a
   * figure that is never shown), multiples of the rounding base. Empty without a flow part.
   */
  public int[] flowValues() {
    return flowScale == null
        ? new int[0]
        : flowScale.legendValues(flowLargest, smallestPublishable(), Math.max(1, roundingBase()));
  }

  /**
   * The words of a suppressed entry: a first line, and a second (empty when none) saying that
   * secondary suppression hides more, e.g. {"Suppressed: counts of 1–4", "and totals that would
   * reveal them"}.
   *
   * @param what what secondary suppression hides besides: "totals" (wards) or "cells" (flows)
   */
  public String[] suppressedText(String what) {
    int k = k();
    if (k <= 1) {
      return new String[] {"Suppressed", ""};
    }
    return new String[] {
      "Suppressed: counts of " + (k == 2 ? "1" : "1–" + (k - 1)),
      "and " + what + " that would reveal them"
    };
  }

  /** "Figures rounded to 5" when the published figures are rounded, else empty. */
  public String roundingNote() {
    int b = roundingBase();
    return b > 0 ? "Figures rounded to " + b : "";
  }

  /**
   * The legend of a scene as drawn with a style: the given choropleth part, plus the suppressed and
   * no-data counts from the scene's ward fills, the flow part from the flows the scene shows, and
   * the shapes of the schools it draws.
   *
   * @param title choropleth heading (empty when the scene has no choropleth)
   * @param classes the classes of the upstream classification
   * @param flowTitle flow heading, e.g. "CYP, home ward → school"
   */
  public static Legend forScene(
      Scene scene, Style style, String title, List<LegendClass> classes, String flowTitle) {
    WardFills f = scene.wardFills();
    int noData = 0;
    int suppressed = 0;
    for (var w : scene.geography().wards().wards()) {
      switch (f.kindOf(w.code())) {
        case NO_DATA -> noData++;
        case SUPPRESSED -> suppressed++;
        default -> {}
      }
    }
    boolean flowsShown = scene.shows(Layer.FLOWS) && !scene.flows().isEmpty();
    double largest = 0;
    boolean hidden = false;
    for (Flow fl : scene.flows()) {
      if (fl.value().isPublished()) {
        largest = Math.max(largest, fl.value().value());
      } else {
        hidden = true;
      }
    }
    Set<SymbolShape> shapes = EnumSet.noneOf(SymbolShape.class);
    if (scene.shows(Layer.SCHOOLS)) {
      for (School s : scene.geography().schools().schools()) {
        if (s.hasLocation() && scene.schools().markOf(s.urn()) != null) {
          shapes.add(SymbolShape.of(s.phase()));
        }
      }
    }
    return new Legend(
        title,
        classes,
        noData,
        suppressed,
        scene.flowDisplay().threshold(),
        flowsShown ? flowTitle : "",
        flowsShown ? FlowScale.resolve(scene, style) : null,
        largest,
        flowsShown && hidden && scene.flowDisplay().showHidden(),
        shapes);
  }
}
