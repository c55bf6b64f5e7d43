package org.wardflow.model;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** An immutable set of schools with lookup by URN and a spatial index of located schools. */
public final class SchoolLayer {
  private final String name;
  private final FeatureIndex<School> features;

  /**
   * Creates a layer.
   *
   * @param name display name
   * @param schools the schools; URNs must be unique
   * @throws IllegalArgumentException on duplicate URNs
   */
  public SchoolLayer(String name, List<School> schools) {
    this.name = name;
    this.features =
        new FeatureIndex<>(
            schools,
            School::urn,
            s -> s.hasLocation() ? s.location().getEnvelopeInternal() : null,
            "school URN");
  }

  /** Display name. */
  public String name() {
    return name;
  }

  /** The schools in file order. */
  public List<School> schools() {
    return features.all();
  }

  /** Number of schools. */
  public int size() {
    return features.all().size();
  }

  /** The school with this URN. */
  public Optional<School> byUrn(String urn) {
    return features.byKey(urn);
  }

  /** Position of the school with this URN in {@link #schools()}, or -1. */
  public int indexOf(String urn) {
    return features.indexOf(urn);
  }

  /** Bounding box of the located schools (BNG). */
  public Envelope extent() {
    return features.extent();
  }

  /** Indices of located schools within {@code env}. */
  public List<Integer> query(Envelope env) {
    return features.query(env);
  }
}
