package org.wardflow.ui.style;

/** What the ward choropleth shows, always computed from published figures. */
public enum ChoroplethMeasure {
  /** Children and young people living in the ward: the published ward total. */
  COUNT("CYP living in the ward", "CYP living in ward"),
  /** The published ward total per 1,000 children living in the ward (population join). */
  RATE("Rate per 1,000 children", "CYP per 1,000 children"),
  /** The published ward total as a percentage of the published grand total. */
  SHARE("Share of the table", "Share of all CYP (%)");

  private final String label;
  private final String legendTitle;

  ChoroplethMeasure(String label, String legendTitle) {
    this.label = label;
    this.legendTitle = legendTitle;
  }

  /** Display name for the chooser. */
  public String label() {
    return label;
  }

  /** Heading of the legend when no school is selected. */
  public String legendTitle() {
    return legendTitle;
  }

  @Override
  public String toString() {
    return label;
  }
}
