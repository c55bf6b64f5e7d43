package org.wardflow.model;

/** Optional dimensions of the flow table that analysts filter on. */
public enum FlowDimension {
  /** Year or month (e.g. {@code 2024} or {@code 2024-03}). */
  PERIOD,
  /** Age band (e.g. {@code 11-15}). */
  AGE_BAND,
  /** Group (e.g. {@code involved in violence} or {@code all pupils}). */
  GROUP
}
