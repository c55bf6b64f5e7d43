package org.wardflow.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wardflow.io.VruList;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * How every entry of a VRU list matched the school layer, line by line. Immutable: {@link #confirm}
 * and {@link #reject} return updated reports.
 */
public final class MatchReport {
  private final VruList list;
  private final SchoolLayer schools;
  private final List<ListMatch> matches;

  MatchReport(VruList list, SchoolLayer schools, List<ListMatch> matches) {
    this.list = list;
    this.schools = schools;
    this.matches = List.copyOf(matches);
  }

  /** The list matched. */
  public VruList list() {
    return list;
  }

  /** The list file. */
  public Path file() {
    return list.file();
  }

  /** One match per list entry, in file order. */
  public List<ListMatch> matches() {
    return matches;
  }

  /** The match for the entry starting on a file line. */
  public Optional<ListMatch> atLine(int line) {
    return matches.stream().filter(m -> m.entry().line() == line).findFirst();
  }

  /** The accepted matches (one per school: the first entry wins), in file order. */
  public List<ListMatch> accepted() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return matches.stream()
        .filter(ListMatch::accepted)
        .filter(m -> seen.add(m.school().urn()))
        .toList();
  }

  /** URNs of the accepted schools, in file order. */
  public List<String> acceptedUrns() {
    return accepted().stream().map(m -> m.school().urn()).toList();
  }

  /** Entries the user should look at. */
  public List<ListMatch> needingConfirmation() {
    return matches.stream().filter(ListMatch::needsConfirmation).toList();
  }

  /** Number of entries per status. */
  public Map<MatchStatus, Integer> counts() {
    Map<MatchStatus, Integer> m = new EnumMap<>(MatchStatus.class);
    for (ListMatch x : matches) {
      m.merge(x.status(), 1, Integer::sum);
    }
    return m;
  }

  /**
   * Confirms the entry on a line as the school with this URN (a candidate or any school in the
   * layer).
   *
   * @throws IllegalArgumentException when no entry starts on that line or the URN is not in the
   *     layer
   */
  public MatchReport confirm(int line, String urn) {
    School s =
        schools
            .byUrn(urn)
            .orElseThrow(() -> new IllegalArgumentException("URN " + urn + " is not in the layer"));
    return replace(
        line,
        m ->
            new ListMatch(
                m.entry(),
                m.status(),
                s,
                m.school() != null && m.school().urn().equals(urn) ? m.score() : scoreOf(m, s),
                m.candidates(),
                "Confirmed by the user as " + s.name() + " (URN " + urn + ").",
                true,
                false));
  }

  /** Rejects the match of the entry on a line (it will not count). */
  public MatchReport reject(int line) {
    return replace(
        line,
        m ->
            new ListMatch(
                m.entry(),
                m.status(),
                m.school(),
                m.score(),
                m.candidates(),
                "Rejected by the user.",
                false,
                true));
  }

  private static double scoreOf(ListMatch m, School s) {
    for (ListMatch.Candidate c : m.candidates()) {
      if (c.school().urn().equals(s.urn())) {
        return c.score();
      }
    }
    return ListMatcher.nameScore(m.entry().name(), s.name());
  }

  private MatchReport replace(int line, java.util.function.UnaryOperator<ListMatch> f) {
    List<ListMatch> out = new ArrayList<>();
    boolean found = false;
    for (ListMatch m : matches) {
      if (m.entry().line() == line) {
        out.add(f.apply(m));
        found = true;
      } else {
        out.add(m);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no list entry starts on line " + line);
    }
    return new MatchReport(list, schools, out);
  }

  /** A plain-text report: one line per entry, naming the file line. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(list.file()).append(" — matched to ").append(schools.name()).append('\n');
    counts()
        .forEach((k, v) -> sb.append("  ").append(k.label()).append(": ").append(v).append('\n'));
    for (ListMatch m : matches) {
      sb.append("  line ")
          .append(m.entry().line())
          .append(": ")
          .append(m.entry().describe())
          .append(" → ")
          .append(m.status().label());
      if (m.school() != null) {
        sb.append(": ").append(m.school().name()).append(" (URN ").append(m.school().urn());
        sb.append(String.format(Locale.UK, ", score %.2f)", m.score()));
      }
      if (!m.message().isEmpty()) {
        sb.append(" — ").append(m.message());
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
