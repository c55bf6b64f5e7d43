package org.wardflow.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wardflow.analysis.Classification;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.Classifier;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.analysis.WardMeasure;
import org.wardflow.analysis.WardValues;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;

/**
 * Builds the {@link MapView} of a geography and a published flow table — scene, legend and caveat —
 * the same way wherever a map is drawn without the GUI's interactive state (the command line's
 * {@code render}, batch exports): a ward choropleth of a {@link WardMeasure} classified by an
 * {@code analysis} method into a ColorBrewer palette, the published cells as flows with the display
 * filters, schools by phase, and the caveat band's SYNTHETIC/FICTIONAL label from the data's
 * provenance.
 *
 * <p>Flows are the table's non-zero published cells and its hidden cells (hidden cells are drawn
 * only when {@link Options#showHidden()}; they never imply a magnitude). Published zero cells are
 * not drawn.
 */
public final class SceneFactory {
  private SceneFactory() {}

  /**
   * How to build the map.
   *
   * @param measure ward choropleth measure, or null for a plain base map
   * @param children children aged 0–15 per ward (needed for rates), or null
   * @param method classification method (not manual)
   * @param classes number of classes asked for (1–{@value Classifier#MAX_CLASSES}, and no more than
   *     the palette has)
   * @param palette ColorBrewer palette of the classes
   * @param minCount flows with a published value below this are not drawn (0 = no minimum)
   * @param topN only the N largest published flows are drawn (0 = all)
   * @param fadeRest draw flows failing the filters faintly instead of leaving them out
   * @param showHidden draw hidden (suppressed) flows, dashed and grey
   * @param marking protective marking for the caveat band (empty for none)
   */
  public record Options(
      WardMeasure measure,
      WardIndicator children,
      ClassificationMethod method,
      int classes,
      Palette palette,
      int minCount,
      int topN,
      boolean fadeRest,
      boolean showHidden,
      String marking) {

    /** Count choropleth, 5 quantile classes of YlOrRd, all published flows, no marking. */
    public static final Options DEFAULT =
        new Options(
            WardMeasure.COUNT,
            null,
            ClassificationMethod.QUANTILE,
            5,
            ColorBrewer.defaultSequential(),
            0,
            0,
            false,
            false,
            "");

    /** Validates. */
    public Options {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(palette, "palette");
      marking = marking == null ? "" : marking;
      if (method == ClassificationMethod.MANUAL) {
        throw new IllegalArgumentException(
            "manual classification needs breaks; use another method");
      }
      if (classes < 1 || classes > Math.min(Classifier.MAX_CLASSES, palette.maxClasses())) {
        throw new IllegalArgumentException(
            "the number of classes must be 1–"
                + Math.min(Classifier.MAX_CLASSES, palette.maxClasses())
                + " for palette "
                + palette.name()
                + ", was "
                + classes);
      }
      if (minCount < 0 || topN < 0) {
        throw new IllegalArgumentException("minimum count and top-N must be ≥ 0");
      }
      if (measure != null && measure.needsChildren() && children == null) {
        throw new IllegalArgumentException(
            "the rate per 1,000 children needs children per ward (a ward population file)");
      }
    }

    /** With another measure (null: no choropleth) and children per ward (may be null). */
    public Options withMeasure(WardMeasure m, WardIndicator kids) {
      return new Options(
          m, kids, method, classes, palette, minCount, topN, fadeRest, showHidden, marking);
    }

    /** With another classification. */
    public Options withClasses(ClassificationMethod m, int n, Palette p) {
      return new Options(measure, children, m, n, p, minCount, topN, fadeRest, showHidden, marking);
    }

    /** With other flow filters. */
    public Options withFlowFilters(int min, int top, boolean fade, boolean hidden) {
      return new Options(
          measure, children, method, classes, palette, min, top, fade, hidden, marking);
    }

    /** With a protective marking. */
    public Options withMarking(String m) {
      return new Options(
          measure, children, method, classes, palette, minCount, topN, fadeRest, showHidden, m);
    }
  }

  /** The plain base map of a geography: wards, schools by phase, labels, the caveat band. */
  public static MapView baseMap(Geography geography, String marking) {
    Scene scene = Scene.of(geography);
    Legend legend = Legend.forScene(scene, Style.standard(), "", List.of(), "");
    return new MapView(
        scene,
        legend,
        Caveat.of(marking, geography.info()),
        geography.info().title(),
        "",
        List.of());
  }

  /**
   * The map of a published table over a geography.
   *
   * @param geography wards and schools
   * @param table the published CYP table (never the raw one)
   * @param options choropleth, flow filters and marking
   * @param style the style the map will be drawn with (the legend's flow widths depend on it)
   * @return the map, ready for {@link MapFrame}
   */
  public static MapView build(
      Geography geography, PublishedTable table, Options options, Style style) {
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(table, "table");
    List<String> notes = new ArrayList<>();
    Scene scene = Scene.of(geography).withFlows(flows(table));
    scene =
        scene.withFlowDisplay(
            new FlowDisplay(
                options.minCount(),
                options.topN(),
                options.fadeRest(),
                options.showHidden(),
                table.policy().k()));
    String title = table.info().title();
    String heading = "";
    List<LegendClass> classes = List.of();
    if (options.measure() != null) {
      WardValues wv =
          WardValues.of(table, options.measure(), geography.wards(), options.children());
      notes.addAll(wv.notes());
      List<String> codes = new ArrayList<>();
      List<Double> vals = new ArrayList<>();
      Set<String> noData = new HashSet<>();
      for (Ward w : geography.wards().wards()) {
        if (wv.suppressed().contains(w.code())) {
          continue;
        }
        double v = wv.values().getOrDefault(w.code(), Double.NaN);
        if (Double.isNaN(v)) {
          noData.add(w.code());
        }
        codes.add(w.code());
        vals.add(v);
      }
      double[] x = vals.stream().mapToDouble(Double::doubleValue).toArray();
      Classification c = Classifier.classify(options.method(), x, options.classes());
      notes.addAll(c.notes());
      Map<String, Integer> argb = new HashMap<>();
      if (c.classCount() > 0) {
        int[] colours =
            options.palette().colors(Math.min(c.classCount(), options.palette().maxClasses()));
        for (int i = 0; i < codes.size(); i++) {
          int k = c.classOfIndex(i);
          if (k != Classification.NO_DATA) {
            argb.put(codes.get(i), colours[Math.min(k, colours.length - 1)]);
          }
        }
        List<LegendClass> lc = new ArrayList<>();
        for (int k = 0; k < c.classCount(); k++) {
          lc.add(
              new LegendClass(
                  colours[Math.min(k, colours.length - 1)], c.labels().get(k), c.count(k)));
        }
        classes = lc;
      }
      scene = scene.withWardFills(new WardFills(argb, wv.suppressed(), noData));
      WardMeasure m = options.measure();
      heading = m == WardMeasure.SHARE ? m.label() + " (%)" : m.label();
      title = title + " — " + m.label();
    }
    Legend legend =
        Legend.forScene(scene, style, heading, classes, "CYP, home ward → school")
            .withPolicy(table.policy());
    Caveat caveat = Caveat.of(options.marking(), geography.info(), table.info());
    return new MapView(scene, legend, caveat, title, table.policy().statement(), notes);
  }

  /** The table's cells as flows: non-zero published cells and hidden cells. */
  static List<Flow> flows(PublishedTable t) {
    List<Flow> out = new ArrayList<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      String ward = t.wardCodes().get(r);
      for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
        if (t.cellStatus(i) == CellStatus.PUBLISHED && t.cellValue(i) == 0) {
          continue;
        }
        out.add(new Flow(ward, t.schoolUrns().get(t.column(i)), t.cell(i)));
      }
    }
    return out;
  }
}
