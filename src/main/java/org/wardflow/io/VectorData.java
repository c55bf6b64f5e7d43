package org.wardflow.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The features of one layer of a vector file, with geometries in British National Grid.
 *
 * @param file the file read
 * @param format "GeoJSON", "GeoPackage" or "Shapefile"
 * @param layer layer name (GeoPackage table, or the file's base name)
 * @param fields attribute names in file order
 * @param features the features in file order
 */
public record VectorData(
    Path file, String format, String layer, List<String> fields, List<VectorFeature> features) {

  /** Freezes the lists. */
  public VectorData {
    fields = List.copyOf(fields);
    features = List.copyOf(features);
  }
}
