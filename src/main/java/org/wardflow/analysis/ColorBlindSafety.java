package org.wardflow.analysis;

/**
 * ColorBrewer's colour-blind rating of a scheme at a given number of classes (the {@code blind}
 * property of ColorBrewer's scheme metadata).
 */
public enum ColorBlindSafety {
  /** ColorBrewer rates the scheme safe for common colour-vision deficiencies. */
  SAFE,
  /** ColorBrewer rates it "maybe": some classes may be confused. */
  MAYBE,
  /** ColorBrewer rates it unsafe. */
  UNSAFE
}
