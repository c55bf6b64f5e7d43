package org.wardflow.model;

import java.util.Locale;

/** Phase of education of a school, as GIAS names it ({@code PhaseOfEducation (name)}). */
public enum Phase {
  NURSERY("Nursery"),
  PRIMARY("Primary"),
  MIDDLE_DEEMED_PRIMARY("Middle deemed primary"),
  MIDDLE_DEEMED_SECONDARY("Middle deemed secondary"),
  SECONDARY("Secondary"),
  ALL_THROUGH("All-through"),
  SIXTEEN_PLUS("16 plus"),
  NOT_APPLICABLE("Not applicable"),
  UNKNOWN("Unknown");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /** The GIAS label, e.g. {@code "All-through"}. */
  public String label() {
    return label;
  }

  /**
   * Reads a GIAS phase name (case-insensitive, tolerant of spacing and hyphens).
   *
   * @param text the value of {@code PhaseOfEducation (name)} or similar; may be null
   * @return the phase, {@link #UNKNOWN} when the text is blank or not recognised
   */
  public static Phase fromText(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return UNKNOWN;
    }
    for (Phase p : values()) {
      if (p.label.toLowerCase(Locale.ROOT).replace('-', ' ').equals(t)) {
        return p;
      }
    }
    if (t.startsWith("16")) {
      return SIXTEEN_PLUS;
    }
    if (t.contains("all through")) {
      return ALL_THROUGH;
    }
    return UNKNOWN;
  }

  /** True for phases that teach primary-age children. */
  public boolean isPrimaryAge() {
    return this == PRIMARY || this == MIDDLE_DEEMED_PRIMARY || this == ALL_THROUGH;
  }

  /** True for phases that teach secondary-age children. */
  public boolean isSecondaryAge() {
    return this == SECONDARY || this == MIDDLE_DEEMED_SECONDARY || this == ALL_THROUGH;
  }
}
