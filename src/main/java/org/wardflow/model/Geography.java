package org.wardflow.model;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Wards and schools of one study area, with their provenance.
 *
 * @param wards the ward layer
 * @param schools the school layer
 * @param info provenance (FICTIONAL for the demo city)
 */
public record Geography(WardLayer wards, SchoolLayer schools, DatasetInfo info) {

  /** Checks for nulls. */
  public Geography {
    Objects.requireNonNull(wards, "wards");
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(info, "info");
  }

  /** The extent of wards and located schools together. */
  public Envelope extent() {
    Envelope e = wards.extent();
    e.expandToInclude(schools.extent());
    return e;
  }
}
