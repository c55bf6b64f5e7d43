package org.wardflow.io.flows;

/** The two shapes of flow CSV Wardflow reads. */
public enum FlowCsvShape {
  /** One row per ward × school (× period × age band × group) with a count. */
  AGGREGATED,
  /**
   * One row per child: home ward code or home coordinates, school URN, optional age, date, group
   * and person id. Aggregated on import; identifiers, coordinates, ages and dates are discarded.
   */
  RECORD_LEVEL
}
