package org.wardflow.ui.matrix;

import java.util.Locale;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Phase;
import org.wardflow.ui.map.MapTarget;

/**
 * A ward or a school as a row or column of the matrix, with its published total.
 *
 * @param kind ward or school
 * @param index its row (ward) or column (school) index in the published table
 * @param id ward code or school URN
 * @param name display name (the id when the geography does not know it)
 * @param detail district of a ward, phase of a school (may be empty)
 * @param phase the school's phase ({@link Phase#UNKNOWN} for wards)
 * @param total its published total (hidden totals carry no number)
 */
public record MatrixEntity(
    MapTarget.Kind kind,
    int index,
    String id,
    String name,
    String detail,
    Phase phase,
    PublishedValue total) {

  /** True for a ward. */
  public boolean isWard() {
    return kind == MapTarget.Kind.WARD;
  }

  /** The shared-selection target for this entity. */
  public MapTarget target() {
    return new MapTarget(kind, id, name);
  }

  /** True when the text (lower case, trimmed) occurs in the name, id or detail. */
  boolean matches(String needle) {
    if (needle.isEmpty()) {
      return true;
    }
    return name.toLowerCase(Locale.ROOT).contains(needle)
        || id.toLowerCase(Locale.ROOT).contains(needle)
        || detail.toLowerCase(Locale.ROOT).contains(needle);
  }

  /**
   * Sort key of the total: the published figure, or −1 for a hidden total (hidden totals sort
   * together, below every published figure, whatever they are).
   */
  double totalKey() {
    return total.isPublished() ? total.value() : -1;
  }
}
