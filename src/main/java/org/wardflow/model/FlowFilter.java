package org.wardflow.model;

import java.util.Set;

/**
 * A selection of flow-table records by dimension values. An empty set means "all values".
 *
 * @param periods periods to keep
 * @param ageBands age bands to keep
 * @param groups groups to keep
 */
public record FlowFilter(Set<String> periods, Set<String> ageBands, Set<String> groups) {
  /** Keeps every record. */
  public static final FlowFilter ALL = new FlowFilter(Set.of(), Set.of(), Set.of());

  /** Freezes the sets. */
  public FlowFilter {
    periods = periods == null ? Set.of() : Set.copyOf(periods);
    ageBands = ageBands == null ? Set.of() : Set.copyOf(ageBands);
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  /** True when a record with these dimension values (null = not given) is kept. */
  public boolean accepts(String period, String ageBand, String group) {
    return ok(periods, period) && ok(ageBands, ageBand) && ok(groups, group);
  }

  private static boolean ok(Set<String> keep, String value) {
    return keep.isEmpty() || (value != null && keep.contains(value));
  }

  /** A short description such as {@code period=2024; group=all pupils}, or {@code all}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    append(sb, "period", periods);
    append(sb, "age_band", ageBands);
    append(sb, "group", groups);
    return sb.length() == 0 ? "all" : sb.toString();
  }

  private static void append(StringBuilder sb, String name, Set<String> values) {
    if (!values.isEmpty()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(name).append('=').append(String.join("|", new java.util.TreeSet<>(values)));
    }
  }
}
