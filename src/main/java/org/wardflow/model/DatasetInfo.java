package org.wardflow.model;

import java.util.Map;

/**
 * Where a dataset came from and how it must be labelled.
 *
 * @param title short display title
 * @param source file path or description of the source
 * @param sha256 hex SHA-256 of the source file, or empty when not a single file
 * @param fictional true for the built-in fictional demo city
 * @param synthetic true for data made by a Wardflow generator (labelled SYNTHETIC)
 * @param metadata other facts worth recording (generator seed, parameters, …)
 */
public record DatasetInfo(
    String title,
    String source,
    String sha256,
    boolean fictional,
    boolean synthetic,
    Map<String, String> metadata) {

  /** Freezes the metadata map. */
  public DatasetInfo {
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    sha256 = sha256 == null ? "" : sha256;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** Info for observed data read from a file. */
  public static DatasetInfo ofFile(String title, String source, String sha256) {
    return new DatasetInfo(title, source, sha256, false, false, Map.of());
  }

  /** The label every view and export must show with this data, or empty when none. */
  public String label() {
    if (fictional && synthetic) {
      return "FICTIONAL · SYNTHETIC";
    }
    if (fictional) {
      return "FICTIONAL";
    }
    return synthetic ? "SYNTHETIC" : "";
  }
}
