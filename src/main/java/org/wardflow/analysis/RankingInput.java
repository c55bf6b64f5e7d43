package org.wardflow.analysis;

import java.util.Objects;
import java.util.Optional;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.SchoolLayer;
import org.wardflow.model.WardIndicator;

/**
 * The published figures a ranking uses: the published CYP table, optionally the published
 * all-pupils table (weights of the exposure index), the school layer (phase, district, pupils) and
 * optionally a ward indicator. Immutable; the {@code with…} methods return copies.
 */
public final class RankingInput {
  private final PublishedTable cyp;
  private final PublishedTable allPupils;
  private final SchoolLayer schools;
  private final WardIndicator indicator;
  private volatile HiddenCellBounds cypBounds;
  private volatile HiddenCellBounds allPupilsBounds;

  private RankingInput(
      PublishedTable cyp,
      PublishedTable allPupils,
      SchoolLayer schools,
      WardIndicator indicator,
      HiddenCellBounds cypBounds,
      HiddenCellBounds allPupilsBounds) {
    this.cyp = Objects.requireNonNull(cyp, "cyp");
    this.schools = Objects.requireNonNull(schools, "schools");
    this.allPupils = allPupils;
    this.indicator = indicator;
    // bounds from the publication are computed when first needed (linear programming: the
    // ranking asks for them off the FX thread)
    this.cypBounds = cypBounds;
    this.allPupilsBounds = allPupils == null ? null : allPupilsBounds;
  }

  /** Input from the published CYP table and the schools; bounds of hidden cells from the policy. */
  public static RankingInput of(PublishedTable cyp, SchoolLayer schools) {
    return new RankingInput(cyp, null, schools, null, null, null);
  }

  /** With the published all-pupils table (weights of the exposure index). */
  public RankingInput withAllPupils(PublishedTable table) {
    return new RankingInput(cyp, table, schools, indicator, cypBounds, null);
  }

  /** With the published all-pupils table and exact bounds for its hidden cells. */
  public RankingInput withAllPupils(PublishedTable table, HiddenCellBounds bounds) {
    return new RankingInput(cyp, table, schools, indicator, cypBounds, bounds);
  }

  /** With a ward indicator (needed for the exposure index and for reasons). */
  public RankingInput withIndicator(WardIndicator ind) {
    return new RankingInput(cyp, allPupils, schools, ind, cypBounds, allPupilsBounds);
  }

  /** With exact bounds for the CYP table's hidden cells (e.g. from the disclosure audit). */
  public RankingInput withCypBounds(HiddenCellBounds bounds) {
    return new RankingInput(cyp, allPupils, schools, indicator, bounds, allPupilsBounds);
  }

  /** The published CYP table. */
  public PublishedTable cyp() {
    return cyp;
  }

  /** The published all-pupils table, if given. */
  public Optional<PublishedTable> allPupils() {
    return Optional.ofNullable(allPupils);
  }

  /** The schools. */
  public SchoolLayer schools() {
    return schools;
  }

  /** The ward indicator, if given. */
  public Optional<WardIndicator> indicator() {
    return Optional.ofNullable(indicator);
  }

  /**
   * Bounds of the CYP table's cells (from the publication unless given; computed when first asked).
   */
  public HiddenCellBounds cypBounds() {
    HiddenCellBounds b = cypBounds;
    if (b == null) {
      synchronized (this) {
        if (cypBounds == null) {
          cypBounds = HiddenCellBounds.fromPolicy(cyp);
        }
        b = cypBounds;
      }
    }
    return b;
  }

  /** Bounds of the all-pupils table's cells, if that table is given. */
  public Optional<HiddenCellBounds> allPupilsBounds() {
    if (allPupils == null) {
      return Optional.empty();
    }
    HiddenCellBounds b = allPupilsBounds;
    if (b == null) {
      synchronized (this) {
        if (allPupilsBounds == null) {
          allPupilsBounds = HiddenCellBounds.fromPolicy(allPupils);
        }
        b = allPupilsBounds;
      }
    }
    return Optional.of(b);
  }
}
