package org.wardflow.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The storage shared by {@link WardLayer} and {@link SchoolLayer}: features in file order, lookup
 * by a unique key, the position of each key, and an STRtree over the features that have a location.
 *
 * @param <T> feature type
 */
final class FeatureIndex<T> {
  private final List<T> features;
  private final Map<String, T> byKey;
  private final Map<String, Integer> indexOfKey;
  private final STRtree index = new STRtree();
  private final Envelope extent = new Envelope();

  /**
   * Indexes features.
   *
   * @param features the features (copied)
   * @param key unique key of a feature
   * @param envelope envelope of a feature, or null when it has no location (not indexed)
   * @param keyName what the key is called, for the duplicate-key message
   * @throws IllegalArgumentException on a duplicate key
   */
  FeatureIndex(
      List<T> features, Function<T, String> key, Function<T, Envelope> envelope, String keyName) {
    this.features = List.copyOf(features);
    Map<String, T> map = new LinkedHashMap<>();
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < this.features.size(); i++) {
      T f = this.features.get(i);
      String k = key.apply(f);
      if (map.put(k, f) != null) {
        throw new IllegalArgumentException("duplicate " + keyName + " " + k);
      }
      idx.put(k, i);
      Envelope e = envelope.apply(f);
      if (e != null) {
        extent.expandToInclude(e);
        index.insert(e, i);
      }
    }
    index.build();
    this.byKey = Collections.unmodifiableMap(map);
    this.indexOfKey = Collections.unmodifiableMap(idx);
  }

  List<T> all() {
    return features;
  }

  Optional<T> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  int indexOf(String key) {
    Integer i = indexOfKey.get(key);
    return i == null ? -1 : i;
  }

  Envelope extent() {
    return new Envelope(extent);
  }

  @SuppressWarnings("unchecked")
  List<Integer> query(Envelope env) {
    return index.query(env);
  }
}
