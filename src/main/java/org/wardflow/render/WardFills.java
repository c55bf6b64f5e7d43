package org.wardflow.render;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How wards are filled: a colour (ARGB) per ward code from an upstream classification, the wards
 * whose value is suppressed (drawn hatched, no value implied) and the wards with no data. Wards in
 * none of them are drawn in the style's plain {@link Style#baseFill() base fill}. A ward in {@code
 * suppressed} or {@code noData} is drawn as such even if it also has a colour.
 *
 * @param argb fill colour per ward code (alpha honoured)
 * @param suppressed codes of wards whose published value is hidden
 * @param noData codes of wards with no data
 */
public record WardFills(Map<String, Integer> argb, Set<String> suppressed, Set<String> noData) {

  /** No choropleth: every ward in the base fill. */
  public static final WardFills NONE = new WardFills(Map.of(), Set.of(), Set.of());

  /** Copies the collections. */
  public WardFills {
    argb = Map.copyOf(Objects.requireNonNull(argb, "argb"));
    suppressed = Set.copyOf(Objects.requireNonNull(suppressed, "suppressed"));
    noData = Set.copyOf(Objects.requireNonNull(noData, "noData"));
  }

  /** Fills from colours only (no suppressed or no-data wards). */
  public static WardFills of(Map<String, Integer> argb) {
    return new WardFills(argb, Set.of(), Set.of());
  }

  /** What a ward is drawn as. */
  public Kind kindOf(String code) {
    if (suppressed.contains(code)) {
      return Kind.SUPPRESSED;
    }
    if (noData.contains(code)) {
      return Kind.NO_DATA;
    }
    return argb.containsKey(code) ? Kind.VALUE : Kind.BASE;
  }

  /** How a ward's fill is decided. */
  public enum Kind {
    /** Filled with its classified colour. */
    VALUE,
    /** Value hidden by disclosure control: hatched. */
    SUPPRESSED,
    /** No data: the style's no-data fill. */
    NO_DATA,
    /** Not part of the choropleth: the style's base fill. */
    BASE
  }
}
