package org.wardflow.ui.map;

import java.util.Objects;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * A thing on the map the user can hover or select: a ward (by code) or a school (by URN).
 *
 * @param kind ward or school
 * @param id ward code or school URN
 * @param name display name
 */
public record MapTarget(Kind kind, String id, String name) {

  /** What a target is. */
  public enum Kind {
    /** A ward, identified by its ONS code. */
    WARD,
    /** A school, identified by its URN. */
    SCHOOL
  }

  /** Checks for nulls. */
  public MapTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
  }

  /** The target for a ward. */
  public static MapTarget of(Ward w) {
    return new MapTarget(Kind.WARD, w.code(), w.name());
  }

  /** The target for a school. */
  public static MapTarget of(School s) {
    return new MapTarget(Kind.SCHOOL, s.urn(), s.name());
  }

  /** True for a ward. */
  public boolean isWard() {
    return kind == Kind.WARD;
  }

  /** True for a school. */
  public boolean isSchool() {
    return kind == Kind.SCHOOL;
  }

  /** One-line description, e.g. {@code Ward: Ashcombe (FX000001)} or {@code School: … (URN 1)}. */
  public String describe() {
    return isWard() ? "Ward: " + name + " (" + id + ")" : "School: " + name + " (URN " + id + ")";
  }
}
