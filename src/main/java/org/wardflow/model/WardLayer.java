package org.wardflow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable set of wards with a spatial index (STRtree) and lookup by code. Point-in-polygon
 * queries use prepared geometries, so assigning many points to wards is fast.
 */
public final class WardLayer {
  private final String name;
  private final List<Ward> wards;
  private final Map<String, Ward> byCode;
  private final Map<String, Integer> indexOfCode;
  private final STRtree index;
  private final PreparedGeometry[] prepared;
  private final Envelope extent;

  /**
   * Creates a layer.
   *
   * @param name display name of the layer (e.g. the file name)
   * @param wards the wards; codes must be unique
   * @throws IllegalArgumentException on duplicate codes
   */
  public WardLayer(String name, List<Ward> wards) {
    this.name = name;
    this.wards = List.copyOf(wards);
    Map<String, Ward> map = new LinkedHashMap<>();
    Map<String, Integer> idx = new LinkedHashMap<>();
    this.index = new STRtree();
    this.prepared = new PreparedGeometry[this.wards.size()];
    Envelope env = new Envelope();
    for (int i = 0; i < this.wards.size(); i++) {
      Ward w = this.wards.get(i);
      if (map.put(w.code(), w) != null) {
        throw new IllegalArgumentException("duplicate ward code " + w.code());
      }
      idx.put(w.code(), i);
      Envelope e = w.geometry().getEnvelopeInternal();
      env.expandToInclude(e);
      index.insert(e, i);
    }
    index.build();
    this.byCode = Collections.unmodifiableMap(map);
    this.indexOfCode = Collections.unmodifiableMap(idx);
    this.extent = env;
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
    return Optional.ofNullable(byCode.get(code));
  }

  /** Position of the ward with this code in {@link #wards()}, or -1. */
  public int indexOf(String code) {
    Integer i = indexOfCode.get(code);
    return i == null ? -1 : i;
  }

  /** Bounding box of all wards (BNG). */
  public Envelope extent() {
    return new Envelope(extent);
  }

  /** Indices (into {@link #wards()}) of the wards whose envelope intersects {@code env}. */
  @SuppressWarnings("unchecked")
  public List<Integer> query(Envelope env) {
    return index.query(env);
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
