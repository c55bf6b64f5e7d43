package org.wardflow.disclosure;

/** How a cell or total of the published table was released. */
public enum CellStatus {
  /** Released (possibly rounded). */
  PUBLISHED,
  /** Hidden because its count is 1..k−1. */
  SUPPRESSED_PRIMARY,
  /** Hidden to protect another hidden cell. */
  SUPPRESSED_SECONDARY,
  /** Not released because the policy does not publish this kind of total. */
  NOT_PUBLISHED;

  /** True unless {@link #PUBLISHED}. */
  public boolean hidden() {
    return this != PUBLISHED;
  }
}
