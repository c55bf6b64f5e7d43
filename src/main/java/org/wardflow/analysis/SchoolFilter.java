package org.wardflow.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wardflow.model.Phase;
import org.wardflow.model.School;

/**
 * Which schools take part in a ranking, by phase and district. Empty sets mean "all". Period and
 * age band are chosen when the table is published (its {@link org.wardflow.model.FlowFilter}).
 *
 * @param phases phases to keep
 * @param districts districts (local authority names) to keep, compared ignoring case
 */
public record SchoolFilter(Set<Phase> phases, Set<String> districts) {
  /** Every school. */
  public static final SchoolFilter ALL = new SchoolFilter(Set.of(), Set.of());

  /** Freezes the sets and normalises district names. */
  public SchoolFilter {
    phases = phases == null ? Set.of() : Set.copyOf(phases);
    districts =
        districts == null
            ? Set.of()
            : districts.stream()
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
  }

  /** Schools of these phases only. */
  public static SchoolFilter phases(Phase... phases) {
    return new SchoolFilter(Set.of(phases), Set.of());
  }

  /** This filter restricted to these districts. */
  public SchoolFilter withDistricts(String... names) {
    return new SchoolFilter(phases, Set.of(names));
  }

  /** True when the school takes part. */
  public boolean accepts(School s) {
    return (phases.isEmpty() || phases.contains(s.phase()))
        && (districts.isEmpty()
            || districts.contains(s.district().trim().toLowerCase(Locale.ROOT)));
  }

  /** Why a school is left out, or empty when it is not. */
  String whyExcluded(School s) {
    if (!phases.isEmpty() && !phases.contains(s.phase())) {
      return "phase " + s.phase().label() + " is not in the filter";
    }
    if (!districts.isEmpty() && !districts.contains(s.district().trim().toLowerCase(Locale.ROOT))) {
      return "district "
          + (s.district().isEmpty() ? "(none)" : s.district())
          + " is not in the filter";
    }
    return "";
  }

  /**
   * A short description, e.g. {@code phase=Primary|Secondary; district=coventry} or {@code all}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (!phases.isEmpty()) {
      sb.append("phase=")
          .append(phases.stream().map(Phase::label).sorted().collect(Collectors.joining("|")));
    }
    if (!districts.isEmpty()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append("district=").append(String.join("|", new TreeSet<>(districts)));
    }
    return sb.length() == 0 ? "all" : sb.toString();
  }
}
