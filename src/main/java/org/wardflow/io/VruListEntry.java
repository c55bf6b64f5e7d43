package org.wardflow.io;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One school on a VRU list, as read from the file.
 *
 * @param line the line of the file the entry starts on (1-based, counting the header)
 * @param urn the URN as given (cleaned of spaces and a trailing ".0"), or empty when missing
 * @param name the school name as given, or empty
 * @param postcode postcode as given, or empty
 * @param district local authority or district as given, or empty
 * @param priority priority order (1 = first), if the list gives one
 * @param tier tier or band as given (e.g. "1", "A", "High"), or empty
 * @param note free-text note from the list, or empty
 */
public record VruListEntry(
    int line,
    String urn,
    String name,
    String postcode,
    String district,
    OptionalInt priority,
    String tier,
    String note) {

  /** Replaces nulls with empty values. */
  public VruListEntry {
    urn = urn == null ? "" : urn;
    name = name == null ? "" : name;
    postcode = postcode == null ? "" : postcode;
    district = district == null ? "" : district;
    priority = Objects.requireNonNullElse(priority, OptionalInt.empty());
    tier = tier == null ? "" : tier;
    note = note == null ? "" : note;
  }

  /** True when a URN was given. */
  public boolean hasUrn() {
    return !urn.isEmpty();
  }

  /** A short description for reports, e.g. {@code "Beech Primary (URN 103120)"}. */
  public String describe() {
    if (!name.isEmpty() && hasUrn()) {
      return name + " (URN " + urn + ")";
    }
    return hasUrn() ? "URN " + urn : name;
  }
}
