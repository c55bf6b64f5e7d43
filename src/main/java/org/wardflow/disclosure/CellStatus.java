package org.wardflow.disclosure;

/**
 * How a cell or total of the published table was released.
 *
 * <p>Primary and secondary suppressions are told apart for the analyst's own summary (counts in
 * {@link PublicationSummary}) and for styling choices that do not reveal which is which. Anything a
 * reader of a map, table or export sees must show both the same way ({@link
 * PublishedValue#label(int)}): the audit assumes the reader cannot tell them apart.
 */
public enum CellStatus {
  /** Released (possibly rounded). */
  PUBLISHED,
  /** Hidden because its count is 1..k−1 (primary suppression). */
  SUPPRESSED_PRIMARY,
  /** Hidden to protect another hidden cell or total (secondary, complementary suppression). */
  SUPPRESSED_SECONDARY,
  /**
   * Not released because the policy does not publish it: a kind of total it does not publish, or a
   * zero when zeros are not published. Never used for a non-zero cell.
   */
  NOT_PUBLISHED;

  /** True unless {@link #PUBLISHED}. */
  public boolean hidden() {
    return this != PUBLISHED;
  }
}
