package org.wardflow.disclosure;

import java.util.OptionalInt;

/**
 * A value as released by the disclosure gate: a number, or a hidden marker. The raw value behind a
 * hidden marker is never held here.
 *
 * @param status how it was released
 * @param value the released (possibly rounded) value; 0 when hidden
 */
public record PublishedValue(CellStatus status, int value) {

  /** A published zero (also used for structural cells). */
  public static final PublishedValue ZERO = new PublishedValue(CellStatus.PUBLISHED, 0);

  /** Checks that hidden values carry no number. */
  public PublishedValue {
    if (status.hidden()) {
      value = 0;
    }
  }

  /** A released value. */
  public static PublishedValue published(int value) {
    return new PublishedValue(CellStatus.PUBLISHED, value);
  }

  /** A hidden value. */
  public static PublishedValue hidden(CellStatus status) {
    if (!status.hidden()) {
      throw new IllegalArgumentException("not a hidden status: " + status);
    }
    return new PublishedValue(status, 0);
  }

  /** True when a number was released. */
  public boolean isPublished() {
    return status == CellStatus.PUBLISHED;
  }

  /** The released number, or empty when hidden. */
  public OptionalInt asOptional() {
    return isPublished() ? OptionalInt.of(value) : OptionalInt.empty();
  }

  /**
   * Text for labels and tooltips: the number, {@code "[c]"} (confidential) for any suppressed value
   * — primary and secondary alike, never the value and never a hint of which kind it is (a reader
   * who could tell them apart would know the primary ones are below k and the secondary ones k or
   * more, which can pin cells down) — or {@code "–"} for a value the policy does not publish.
   * {@link DisclosurePolicy#legendText()} explains the symbol.
   *
   * @param k the policy threshold (kept for callers; the symbol does not depend on it)
   */
  public String label(int k) {
    return switch (status) {
      case PUBLISHED -> Integer.toString(value);
      case SUPPRESSED_PRIMARY, SUPPRESSED_SECONDARY -> "[c]";
      case NOT_PUBLISHED -> "–";
    };
  }

  /** True for a primary or secondary suppression. */
  public boolean isSuppressed() {
    return status == CellStatus.SUPPRESSED_PRIMARY || status == CellStatus.SUPPRESSED_SECONDARY;
  }
}
