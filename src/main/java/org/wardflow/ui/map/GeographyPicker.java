package org.wardflow.ui.map;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.model.Ward;

/**
 * Picks wards and schools of a {@link Geography} through the layers' spatial indexes: {@link
 * org.wardflow.model.WardLayer#wardAt} (STRtree + prepared polygons) and {@link
 * org.wardflow.model.SchoolLayer#query} (STRtree), then the nearest school by distance.
 */
public final class GeographyPicker implements Picker {
  private final Geography geography;

  /** Creates a picker over a geography. */
  public GeographyPicker(Geography geography) {
    this.geography = Objects.requireNonNull(geography, "geography");
  }

  @Override
  public Optional<Ward> wardAt(Coordinate point) {
    return geography.wards().wardAt(point);
  }

  @Override
  public Optional<School> schoolNear(Coordinate point, double radiusMetres) {
    Envelope box = new Envelope(point);
    box.expandBy(radiusMetres);
    School best = null;
    double bestDistance = radiusMetres;
    for (int i : geography.schools().query(box)) {
      School s = geography.schools().schools().get(i);
      double d = s.location().getCoordinate().distance(point);
      if (d <= bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
