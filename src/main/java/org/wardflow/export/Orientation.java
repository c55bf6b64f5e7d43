package org.wardflow.export;

/** Which way up a sheet is used. */
public enum Orientation {
  /** Taller than wide. */
  PORTRAIT,
  /** Wider than tall. */
  LANDSCAPE
}
