package org.wardflow.ui.style;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wardflow.analysis.Classification;
import org.wardflow.render.LegendClass;
import org.wardflow.render.WardFills;

/**
 * A classified ward choropleth, ready to draw and to explain: the value of every ward (from
 * published figures only), the classification, the fills for the renderer and the legend classes.
 *
 * @param title legend heading, e.g. "CYP per 1,000 children"
 * @param measure what is mapped
 * @param schoolUrn the school whose origin map this is, or null for all schools
 * @param values value of every ward of the geography, by code
 * @param classification the classes (null when no ward has a value)
 * @param fills ward fills for the renderer
 * @param legendClasses legend rows: class colour, range and ward count
 * @param colourBlindSafe whether ColorBrewer rates the palette safe at this number of classes
 * @param notes plain-language notes (fewer classes than asked, why wards have no data, …)
 */
public record Choropleth(
    String title,
    ChoroplethMeasure measure,
    String schoolUrn,
    Map<String, WardValue> values,
    Classification classification,
    WardFills fills,
    List<LegendClass> legendClasses,
    boolean colourBlindSafe,
    List<String> notes) {

  /** No choropleth: every ward plain. */
  public static final Choropleth NONE =
      new Choropleth(
          "",
          ChoroplethMeasure.COUNT,
          null,
          Map.of(),
          null,
          WardFills.NONE,
          List.of(),
          true,
          List.of());

  /** Freezes collections. */
  public Choropleth {
    Objects.requireNonNull(title, "title");
    values = Map.copyOf(values);
    legendClasses = List.copyOf(legendClasses);
    notes = List.copyOf(notes);
  }

  /** The value of a ward, or null when the ward is not in the map. */
  public WardValue valueOf(String code) {
    return values.get(code);
  }

  /** Number of wards of each kind. */
  public int count(WardValue.Kind kind) {
    return (int) values.values().stream().filter(v -> v.kind() == kind).count();
  }
}
