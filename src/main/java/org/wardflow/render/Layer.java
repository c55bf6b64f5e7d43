package org.wardflow.render;

/** The drawable layers of a {@link Scene}; a scene lists the visible ones, bottom first. */
public enum Layer {
  /** Ward polygons: fills, hatching, outlines, district and study-area boundaries. */
  WARDS,
  /** Flow lines ward → school. */
  FLOWS,
  /** School symbols. */
  SCHOOLS,
  /** Ward, district, school and flow-value labels (always placed after the others). */
  LABELS
}
