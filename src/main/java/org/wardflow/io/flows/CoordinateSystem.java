package org.wardflow.io.flows;

/** The coordinate reference system of record-level home coordinates. */
public enum CoordinateSystem {
  /**
   * Decided from the columns: longitude/latitude columns are WGS 84, easting/northing (or x/y)
   * columns are British National Grid — unless a row's values are plainly degrees, which is then
   * read as WGS 84 and reported.
   */
  AUTO,
  /** British National Grid (EPSG:27700) eastings and northings in metres. */
  BNG,
  /** WGS 84 (EPSG:4326) longitude and latitude in degrees. */
  WGS84
}
