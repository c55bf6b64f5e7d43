package org.wardflow.analysis;

/** How values are split into map classes. */
public enum ClassificationMethod {
  /** Classes holding (as nearly as ties allow) equal numbers of values. */
  QUANTILE("Quantile"),
  /** Classes of equal width between the minimum and maximum. */
  EQUAL_INTERVAL("Equal interval"),
  /**
   * Jenks natural breaks: the classes that minimise the sum of squared deviations from the class
   * means (Fisher's exact algorithm).
   */
  JENKS("Natural breaks (Jenks)"),
  /** Classes one (or one half) standard deviation wide, centred on the mean. */
  STANDARD_DEVIATION("Standard deviation"),
  /** Breaks given by the user. */
  MANUAL("Manual");

  private final String label;

  ClassificationMethod(String label) {
    this.label = label;
  }

  /** Display name, e.g. "Natural breaks (Jenks)". */
  public String label() {
    return label;
  }
}
