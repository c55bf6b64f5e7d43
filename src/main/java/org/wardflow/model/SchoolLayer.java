package org.wardflow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** An immutable set of schools with lookup by URN and a spatial index of located schools. */
public final class SchoolLayer {
  private final String name;
  private final List<School> schools;
  private final Map<String, School> byUrn;
  private final Map<String, Integer> indexOfUrn;
  private final STRtree index;
  private final Envelope extent;

  /**
   * Creates a layer.
   *
   * @param name display name
   * @param schools the schools; URNs must be unique
   * @throws IllegalArgumentException on duplicate URNs
   */
  public SchoolLayer(String name, List<School> schools) {
    this.name = name;
    this.schools = List.copyOf(schools);
    Map<String, School> map = new LinkedHashMap<>();
    Map<String, Integer> idx = new LinkedHashMap<>();
    this.index = new STRtree();
    Envelope env = new Envelope();
    for (int i = 0; i < this.schools.size(); i++) {
      School s = this.schools.get(i);
      if (map.put(s.urn(), s) != null) {
        throw new IllegalArgumentException("duplicate school URN " + s.urn());
      }
      idx.put(s.urn(), i);
      if (s.hasLocation()) {
        Envelope e = s.location().getEnvelopeInternal();
        env.expandToInclude(e);
        index.insert(e, i);
      }
    }
    index.build();
    this.byUrn = Collections.unmodifiableMap(map);
    this.indexOfUrn = Collections.unmodifiableMap(idx);
    this.extent = env;
  }

  /** Display name. */
  public String name() {
    return name;
  }

  /** The schools in file order. */
  public List<School> schools() {
    return schools;
  }

  /** Number of schools. */
  public int size() {
    return schools.size();
  }

  /** The school with this URN. */
  public Optional<School> byUrn(String urn) {
    return Optional.ofNullable(byUrn.get(urn));
  }

  /** Position of the school with this URN in {@link #schools()}, or -1. */
  public int indexOf(String urn) {
    Integer i = indexOfUrn.get(urn);
    return i == null ? -1 : i;
  }

  /** Bounding box of the located schools (BNG). */
  public Envelope extent() {
    return new Envelope(extent);
  }

  /** Indices of located schools within {@code env}. */
  @SuppressWarnings("unchecked")
  public List<Integer> query(Envelope env) {
    return index.query(env);
  }
}
