package org.wardflow.render;

import java.util.Objects;

/**
 * What the user selected: nothing, a ward (its flows only; its schools highlighted) or a school
 * (the flows into it only).
 *
 * @param kind what is selected
 * @param id ward code or school URN; empty for {@link Kind#NONE}
 */
public record Selection(Kind kind, String id) {

  /** Nothing selected. */
  public static final Selection NONE = new Selection(Kind.NONE, "");

  /** Checks consistency. */
  public Selection {
    Objects.requireNonNull(kind, "kind");
    id = id == null ? "" : id;
    if (kind != Kind.NONE && id.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " selection needs an id");
    }
  }

  /** A selected ward. */
  public static Selection ward(String code) {
    return new Selection(Kind.WARD, code);
  }

  /** A selected school. */
  public static Selection school(String urn) {
    return new Selection(Kind.SCHOOL, urn);
  }

  /** True when this selects the ward with the code. */
  public boolean isWard(String code) {
    return kind == Kind.WARD && id.equals(code);
  }

  /** True when this selects the school with the URN. */
  public boolean isSchool(String urn) {
    return kind == Kind.SCHOOL && id.equals(urn);
  }

  /** Kinds of selection. */
  public enum Kind {
    /** Nothing selected. */
    NONE,
    /** A ward. */
    WARD,
    /** A school. */
    SCHOOL
  }
}
