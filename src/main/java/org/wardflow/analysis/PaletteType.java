package org.wardflow.analysis;

/** The three kinds of ColorBrewer scheme. */
public enum PaletteType {
  /** Light to dark, for ordered data from low to high (counts, rates). */
  SEQUENTIAL,
  /** Two hues diverging from a light middle, for data either side of a meaningful midpoint. */
  DIVERGING,
  /** Distinct hues without order, for categories (phase, agreement). */
  QUALITATIVE
}
