package org.wardflow.ui.charts;

/** The hypothesis charts. */
public enum ChartKind {
  /** CYP by straight-line distance band, home ward → school. */
  DISTANCE("Distance travelled", "distance-travelled"),
  /** Median distance travelled by each home ward, largest first. */
  MEDIAN_BY_WARD("Median distance by ward", "median-distance-by-ward"),
  /** Lorenz curve of CYP across schools, with the Gini coefficient. */
  LORENZ("Concentration across schools", "concentration-lorenz"),
  /** How many wards send what share of their CYP to their top school. */
  TOP_SCHOOL_SHARE("Share in top school", "top-school-share");

  private final String tabTitle;
  private final String fileStem;

  ChartKind(String tabTitle, String fileStem) {
    this.tabTitle = tabTitle;
    this.fileStem = fileStem;
  }

  /** Short title for tabs. */
  public String tabTitle() {
    return tabTitle;
  }

  /** Suggested file name without extension. */
  public String fileStem() {
    return fileStem;
  }
}
