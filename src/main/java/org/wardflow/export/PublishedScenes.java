package org.wardflow.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.Palette;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.render.Flow;
import org.wardflow.render.FlowDisplay;
import org.wardflow.render.LegendClass;
import org.wardflow.render.Scene;
import org.wardflow.render.WardFills;

/**
 * Builds what the renderer draws from a published table, for exports made without the main window
 * (the command line, the demo, benchmarks): the published flows, and a choropleth of published ward
 * totals with its legend classes. Only published values are read — hidden ones become hatched wards
 * and dashed flows.
 */
public final class PublishedScenes {
  private PublishedScenes() {}

  /**
   * A choropleth: ward fills and the legend classes that explain them.
   *
   * @param fills colours, suppressed (hatched) and no-data wards
   * @param classes legend classes with ward counts
   * @param notes notes of the classification (e.g. fewer classes than asked for)
   */
  public record Choropleth(WardFills fills, List<LegendClass> classes, List<String> notes) {
    /** Freezes the lists. */
    public Choropleth {
      classes = List.copyOf(classes);
      notes = List.copyOf(notes);
    }
  }

  /**
   * The flows of a published table: every non-structural cell with a published value above zero,
   * and every hidden cell (drawn dashed, without a value). Published zeros are not drawn.
   */
  public static List<Flow> flows(PublishedTable t) {
    List<Flow> out = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      String ward = t.wardCodes().get(r);
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        PublishedValue v = t.cell(i);
        if (v.isSuppressed() || (v.isPublished() && v.value() > 0)) {
          out.add(new Flow(ward, t.schoolUrns().get(t.column(i)), v));
        }
      }
    }
    return out;
  }

  /**
   * A choropleth of the published ward totals: classified by the method, coloured by the palette;
   * wards whose total is hidden are hatched; wards not in the table, or whose total the policy does
   * not publish, have no data.
   *
   * @param t the published table
   * @param geo the wards to fill
   * @param method classification method (not manual)
   * @param classes number of classes wanted
   * @param palette colours (sequential for counts)
   */
  public static Choropleth wardTotals(
      PublishedTable t, Geography geo, ClassificationMethod method, int classes, Palette palette) {
    Map<String, Integer> published = new HashMap<>();
    Set<String> suppressed = new HashSet<>();
    if (t.policy().publishWardTotals()) {
      for (int r = 0; r < t.wardCodes().size(); r++) {
        PublishedValue v = t.wardTotal(r);
        if (v.isPublished()) {
          published.put(t.wardCodes().get(r), v.value());
        } else if (v.isSuppressed()) {
          suppressed.add(t.wardCodes().get(r));
        }
      }
    }
    List<Ward> wards = geo.wards().wards();
    double[] values = new double[wards.size()];
    Set<String> noData = new HashSet<>();
    for (int i = 0; i < wards.size(); i++) {
      String code = wards.get(i).code();
      Integer v = published.get(code);
      values[i] = v == null ? Double.NaN : v;
      if (v == null && !suppressed.contains(code)) {
        noData.add(code);
      }
    }
    Classification c = Classifier.classify(method, values, classes);
    int n = c.classCount();
    int[] colours = n == 0 ? new int[0] : palette.colors(Math.min(n, palette.maxClasses()));
    Map<String, Integer> argb = new HashMap<>();
    for (int i = 0; i < wards.size(); i++) {
      int k = c.classOfIndex(i);
      if (k >= 0 && k < colours.length) {
        argb.put(wards.get(i).code(), colours[k]);
      }
    }
    List<LegendClass> legend = new ArrayList<>();
    for (int k = 0; k < Math.min(n, colours.length); k++) {
      legend.add(new LegendClass(colours[k], c.labels().get(k), c.count(k)));
    }
    return new Choropleth(new WardFills(argb, suppressed, noData), legend, c.notes());
  }

  /**
   * A scene of a published table: the choropleth of ward totals, the flows (hidden ones dashed),
   * schools by phase, flows labelled with the policy's threshold.
   */
  public static Scene scene(Geography geo, PublishedTable t, Choropleth choropleth) {
    return Scene.of(geo)
        .withWardFills(choropleth.fills())
        .withFlows(flows(t))
        .withFlowDisplay(new FlowDisplay(0, 0, false, true, Math.max(0, t.policy().k())));
  }
}
