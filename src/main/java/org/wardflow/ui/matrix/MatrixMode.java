package org.wardflow.ui.matrix;

/**
 * What the cells of the matrix show. Shares are defined on the published ward × school table
 * whatever the orientation of the view: a row share is always P(school | ward).
 */
public enum MatrixMode {
  /** Published counts of CYP, ward → school. */
  COUNTS("Counts", "Published CYP, home ward → school", "count"),
  /**
   * Share of a ward's CYP at each school: published cell ÷ published ward total — the "ward →
   * school probability" table, P(school | ward).
   */
  ROW_SHARES(
      "Row shares — P(school | ward)",
      "Share of the ward's CYP attending the school (published cell ÷ published ward total)",
      "share_of_ward_total"),
  /** Share of a school's CYP from each ward: published cell ÷ published school total. */
  COLUMN_SHARES(
      "Column shares — P(ward | school)",
      "Share of the school's CYP living in the ward (published cell ÷ published school total)",
      "share_of_school_total");

  private final String label;
  private final String description;
  private final String csvName;

  MatrixMode(String label, String description, String csvName) {
    this.label = label;
    this.description = description;
    this.csvName = csvName;
  }

  /** Short label for choosers. */
  public String label() {
    return label;
  }

  /** One sentence saying what a cell holds (for footers and export headers). */
  public String description() {
    return description;
  }

  /** Machine name written to exports. */
  public String csvName() {
    return csvName;
  }

  /** True for the two share modes. */
  public boolean isShare() {
    return this != COUNTS;
  }

  @Override
  public String toString() {
    return label;
  }
}
