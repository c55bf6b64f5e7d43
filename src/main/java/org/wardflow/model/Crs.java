package org.wardflow.model;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Coordinate reference systems Wardflow knows by name, and the geometry factory for the model. */
public final class Crs {
  /** British National Grid, the CRS every model geometry is held in (metres). */
  public static final String BNG = "EPSG:27700";

  /** WGS 84 geographic coordinates; Wardflow always uses x = longitude, y = latitude. */
  public static final String WGS84 = "EPSG:4326";

  /** SRID of {@link #BNG}. */
  public static final int BNG_SRID = 27700;

  /** The factory for every model geometry (BNG, floating precision). */
  public static final GeometryFactory BNG_FACTORY =
      new GeometryFactory(new PrecisionModel(), BNG_SRID);

  private Crs() {}
}
