package org.wardflow.io.flows;

/** How record-level dates become periods on import (the dates themselves are discarded). */
public enum PeriodGranularity {
  /** Calendar year, e.g. {@code 2024}. */
  YEAR,
  /** Calendar month, e.g. {@code 2024-03}. */
  MONTH
}
