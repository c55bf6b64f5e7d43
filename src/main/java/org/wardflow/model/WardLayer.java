package org.wardflow.model;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An immutable set of wards with a spatial index (STRtree) and lookup by code. Point-in-polygon
 * queries use prepared geometries, so assigning many points to wards is fast.
 */
public final class WardLayer {
  private final String name;
  private final FeatureIndex<Ward> features;
  private final List<Ward> wards;
  private final PreparedGeometry[] prepared;

  /**
   * Creates a layer.
   *
   * @param name display name of the layer (e.g. the file name)
   * @param wards the wards; codes must be unique
   * @throws IllegalArgumentException on duplicate codes
   */
  public WardLayer(String name, List<Ward> wards) {
    this.name = name;
    this.features =
        new FeatureIndex<>(wards, Ward::code, w -> w.geometry().getEnvelopeInternal(), "ward code");
    this.wards = features.all();
    this.prepared = new PreparedGeometry[this.wards.size()];
  }

  /** Display name. */
  public String name() {
    return name;
  }

  /** The wards in file order. */
  public List<Ward> wards() {
    return wards;
  }

  /** Number of wards. */
  public int size() {
    return wards.size();
  }

  /** The ward with this code. */
  public Optional<Ward> byCode(String code) {
    return features.byKey(code);
  }

  /** Position of the ward with this code in {@link #wards()}, or -1. */
  public int indexOf(String code) {
    return features.indexOf(code);
  }

  /** Bounding box of all wards (BNG). */
  public Envelope extent() {
    return features.extent();
  }

  /** Indices (into {@link #wards()}) of the wards whose envelope intersects {@code env}. */
  public List<Integer> query(Envelope env) {
    return features.query(env);
  }

  /**
   * The ward containing a point (boundary points go to the first ward found).
   *
   * @param c a BNG coordinate
   * @return the ward, or empty when the point lies in no ward
   */
  public Optional<Ward> wardAt(Coordinate c) {
    int i = indexAt(c);
    return i < 0 ? Optional.empty() : Optional.of(wards.get(i));
  }

  /** Index of the ward containing a BNG coordinate, or -1. */
  public int indexAt(Coordinate c) {
    Point p = Crs.BNG_FACTORY.createPoint(c);
    for (int i : query(new Envelope(c))) {
      if (preparedAt(i).covers(p)) {
        return i;
      }
    }
    return -1;
  }

  private PreparedGeometry preparedAt(int i) {
    PreparedGeometry pg = prepared[i];
    if (pg == null) {
      synchronized (prepared) {
        pg = prepared[i];
        if (pg == null) {
          pg = PreparedGeometryFactory.prepare(wards.get(i).geometry());
          prepared[i] = pg;
        }
      }
    }
    return pg;
  }
}
