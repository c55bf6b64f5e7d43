package org.wardflow.render;

import java.awt.Color;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * How schools are drawn: a {@link SchoolMark} per URN, and what to do with schools not listed. The
 * symbol's shape always follows the school's phase ({@link SymbolShape#of(Phase)}).
 *
 * @param marks mark per school URN
 * @param fallback mark for located schools not in {@code marks}; ignored unless {@code
 *     showUnlisted}
 * @param showUnlisted whether schools not in {@code marks} are drawn (with {@code fallback})
 */
public record SchoolSymbols(
    Map<String, SchoolMark> marks, SchoolMark fallback, boolean showUnlisted) {

  /** Default colours by phase: dark inks that stay legible over any choropleth palette. */
  public static final Map<Phase, Integer> PHASE_COLOURS = defaultPhaseColours();

  /** Copies the map. */
  public SchoolSymbols {
    marks = Map.copyOf(Objects.requireNonNull(marks, "marks"));
    Objects.requireNonNull(fallback, "fallback");
  }

  /** Every school drawn plain in one colour. */
  public static SchoolSymbols uniform(int argb) {
    return new SchoolSymbols(Map.of(), SchoolMark.plain(argb), true);
  }

  /** No school drawn. */
  public static SchoolSymbols none() {
    return new SchoolSymbols(Map.of(), SchoolMark.plain(0), false);
  }

  /**
   * Every school drawn plain in the colour of its phase.
   *
   * @param schools the layer
   * @param colours colour per phase; phases missing from it use {@link #PHASE_COLOURS}
   */
  public static SchoolSymbols byPhase(SchoolLayer schools, Map<Phase, Integer> colours) {
    Map<String, SchoolMark> m = new HashMap<>();
    for (School s : schools.schools()) {
      Integer c = colours.get(s.phase());
      m.put(s.urn(), SchoolMark.plain(c != null ? c : PHASE_COLOURS.get(s.phase())));
    }
    return new SchoolSymbols(m, SchoolMark.plain(PHASE_COLOURS.get(Phase.UNKNOWN)), true);
  }

  /** The mark for a school, or null when it is not drawn. */
  public SchoolMark markOf(String urn) {
    SchoolMark m = marks.get(urn);
    if (m != null) {
      return m;
    }
    return showUnlisted ? fallback : null;
  }

  /** The largest value among sized marks (0 when none). */
  public double maxValue() {
    double max = 0;
    for (SchoolMark m : marks.values()) {
      if (m.isSized() && m.value() > max) {
        max = m.value();
      }
    }
    if (showUnlisted && fallback.isSized()) {
      max = Math.max(max, fallback.value());
    }
    return max;
  }

  private static Map<Phase, Integer> defaultPhaseColours() {
    // dark, low-chroma inks that read on any choropleth (the shape carries the phase; colour only
    // reinforces it), each with a white outline from the style
    Map<Phase, Integer> m = new EnumMap<>(Phase.class);
    int primary = new Color(0x2F4B7C).getRGB();
    int secondary = new Color(0x1E2430).getRGB();
    int allThrough = new Color(0x6A3D9A).getRGB();
    int other = new Color(0x6E737C).getRGB();
    m.put(Phase.PRIMARY, primary);
    m.put(Phase.MIDDLE_DEEMED_PRIMARY, primary);
    m.put(Phase.SECONDARY, secondary);
    m.put(Phase.MIDDLE_DEEMED_SECONDARY, secondary);
    m.put(Phase.ALL_THROUGH, allThrough);
    m.put(Phase.NURSERY, other);
    m.put(Phase.SIXTEEN_PLUS, other);
    m.put(Phase.NOT_APPLICABLE, other);
    m.put(Phase.UNKNOWN, other);
    return Map.copyOf(m);
  }
}
