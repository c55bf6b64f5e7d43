package org.wardflow.ui.style;

/** What school symbols are sized by (area ∝ value); the colour always shows the phase. */
public enum SchoolSizing {
  /** The published school total of the CYP table: CYP attending. */
  CYP("CYP attending (published)"),
  /** Pupils on roll from the school register (public, not disclosure-controlled). */
  PUPILS("Pupils on roll"),
  /** All symbols the same size. */
  NONE("Same size");

  private final String label;

  SchoolSizing(String label) {
    this.label = label;
  }

  /** Display name. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
