package org.wardflow.ui.style;

/** When suppressed flows are drawn (thin grey dashes, no size implied). */
public enum HiddenFlows {
  /** Never. */
  NEVER("Never"),
  /** Only the selected ward's or school's (the whole table's would be a grey haze). */
  SELECTION("For the selection"),
  /** Always. */
  ALWAYS("Always");

  private final String label;

  HiddenFlows(String label) {
    this.label = label;
  }

  /** Display name. */
  public String label() {
    return label;
  }

  /** Whether suppressed flows are drawn, given whether something is selected. */
  public boolean shown(boolean somethingSelected) {
    return this == ALWAYS || (this == SELECTION && somethingSelected);
  }

  @Override
  public String toString() {
    return label;
  }
}
