package org.wardflow.analysis;

import java.util.List;
import java.util.Optional;
import org.wardflow.io.VruListEntry;
import org.wardflow.model.School;

/**
 * The outcome of matching one VRU list entry.
 *
 * @param entry the list entry (with its file line)
 * @param status how it matched
 * @param school the matched school, or null
 * @param score similarity of the names, 0–1 (1 for URN matches with equal names)
 * @param candidates the best other candidates, best first (for the user to choose from)
 * @param message plain-language explanation for the report
 * @param confirmed true when the user confirmed this match
 * @param rejected true when the user rejected this match
 */
public record ListMatch(
    VruListEntry entry,
    MatchStatus status,
    School school,
    double score,
    List<Candidate> candidates,
    String message,
    boolean confirmed,
    boolean rejected) {

  /**
   * A possible school for an entry.
   *
   * @param school the school
   * @param score name similarity 0–1
   */
  public record Candidate(School school, double score) {}

  /** Freezes the candidates. */
  public ListMatch {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** The matched school, if any. */
  public Optional<School> matchedSchool() {
    return Optional.ofNullable(school);
  }

  /**
   * True when the match counts: URN or exact-name matches, fuzzy matches scoring at least {@link
   * ListMatcher#ACCEPT_SCORE} or confirmed by the user — unless rejected.
   */
  public boolean accepted() {
    if (rejected || school == null) {
      return false;
    }
    if (confirmed) {
      return true;
    }
    return switch (status) {
      case EXACT_URN, URN_NAME_DIFFERS, NAME_EXACT -> true;
      case FUZZY_NAME -> score >= ListMatcher.ACCEPT_SCORE;
      default -> false;
    };
  }

  /** True when the user should look at this entry (fuzzy, ambiguous, closed, differing names). */
  public boolean needsConfirmation() {
    return !confirmed
        && !rejected
        && (status == MatchStatus.FUZZY_NAME
            || status == MatchStatus.AMBIGUOUS
            || status == MatchStatus.URN_NAME_DIFFERS
            || status == MatchStatus.CLOSED);
  }
}
