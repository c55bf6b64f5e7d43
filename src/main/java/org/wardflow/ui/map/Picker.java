package org.wardflow.ui.map;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/** Finds what lies at a map position (British National Grid). Called on the FX thread. */
public interface Picker {

  /**
   * The ward containing a map point.
   *
   * @param point a BNG coordinate
   * @return the ward, or empty when the point lies in no ward
   */
  Optional<Ward> wardAt(Coordinate point);

  /**
   * The located school nearest to a map point, if within a radius.
   *
   * @param point a BNG coordinate
   * @param radiusMetres search radius in metres
   * @return the nearest school within the radius, or empty
   */
  Optional<School> schoolNear(Coordinate point, double radiusMetres);

  /** A picker that finds nothing (no data loaded). */
  Picker NONE =
      new Picker() {
        @Override
        public Optional<Ward> wardAt(Coordinate point) {
          return Optional.empty();
        }

        @Override
        public Optional<School> schoolNear(Coordinate point, double radiusMetres) {
          return Optional.empty();
        }
      };
}
