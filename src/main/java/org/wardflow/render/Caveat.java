package org.wardflow.render;

import java.util.Objects;
import org.wardflow.model.DatasetInfo;

/**
 * The texts of a caveat band: protective marking, the exploratory caveat and the data label.
 *
 * @param marking protective marking, e.g. {@code "OFFICIAL-SENSITIVE"}; empty for none
 * @param message the caveat, normally {@link #EXPLORATORY}
 * @param dataLabel {@code "SYNTHETIC"}, {@code "FICTIONAL"}, both, or empty for observed data
 */
public record Caveat(String marking, String message, String dataLabel) {

  /** The caveat every view and export carries. */
  public static final String EXPLORATORY = "Exploratory, not predictive";

  /** Null-safe. */
  public Caveat {
    marking = marking == null ? "" : marking;
    message = Objects.requireNonNull(message, "message");
    dataLabel = dataLabel == null ? "" : dataLabel;
  }

  /**
   * The caveat for data with this provenance (its SYNTHETIC/FICTIONAL label) under a marking.
   *
   * @param marking protective marking (may be empty)
   * @param infos provenance of every dataset shown; the label combines theirs
   */
  public static Caveat of(String marking, DatasetInfo... infos) {
    boolean fictional = false;
    boolean synthetic = false;
    for (DatasetInfo i : infos) {
      fictional |= i.fictional();
      synthetic |= i.synthetic();
    }
    String label = new DatasetInfo("", "", "", fictional, synthetic, java.util.Map.of()).label();
    return new Caveat(marking, EXPLORATORY, label);
  }
}
