package org.wardflow.ui.style;

/** Which flow table the flow lines are drawn from. */
public enum FlowTableChoice {
  /** Children and young people involved in violence (the table the app is about). */
  CYP("CYP involved", "CYP, home ward → school"),
  /** All pupils (the context table: where children of each ward go to school). */
  PUPILS("All pupils", "All pupils, home ward → school");

  private final String label;
  private final String legendTitle;

  FlowTableChoice(String label, String legendTitle) {
    this.label = label;
    this.legendTitle = legendTitle;
  }

  /** Display name. */
  public String label() {
    return label;
  }

  /** Heading of the flow part of the legend. */
  public String legendTitle() {
    return legendTitle;
  }

  @Override
  public String toString() {
    return label;
  }
}
