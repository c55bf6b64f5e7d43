package org.wardflow.render;

import java.util.Objects;
import org.wardflow.disclosure.PublishedValue;

/**
 * One published flow: children and young people living in a ward attending a school. The value is
 * the released one; a hidden value is drawn without implying any magnitude.
 *
 * @param wardCode origin ward code
 * @param schoolUrn destination school URN
 * @param value published value or hidden marker
 */
public record Flow(String wardCode, String schoolUrn, PublishedValue value) {

  /** Checks for nulls. */
  public Flow {
    Objects.requireNonNull(wardCode, "wardCode");
    Objects.requireNonNull(schoolUrn, "schoolUrn");
    Objects.requireNonNull(value, "value");
  }

  /** True when the value is hidden by disclosure control. */
  public boolean hidden() {
    return !value.isPublished();
  }
}
