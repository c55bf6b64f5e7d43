package org.wardflow.io.flows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSV header holds which {@link FlowColumn}. A mapping can be detected from the headers
 * ({@link #detect(List)}: tolerant of case, spaces and punctuation, with common synonyms such as
 * {@code URN} or {@code Home ward}) and then adjusted by the user ({@link #with(FlowColumn,
 * String)}), like the column dialog of a delimited-text import.
 *
 * @param columns header name per column; columns not present are absent from the map
 */
public record FlowCsvMapping(Map<FlowColumn, String> columns) {

  /** An empty mapping: everything is detected from the headers. */
  public static final FlowCsvMapping AUTO = new FlowCsvMapping(Map.of());

  /** Freezes the map. */
  public FlowCsvMapping {
    EnumMap<FlowColumn, String> m = new EnumMap<>(FlowColumn.class);
    if (columns != null) {
      columns.forEach(
          (k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
              m.put(k, v);
            }
          });
    }
    columns = Collections.unmodifiableMap(m);
  }

  /**
   * Detects a mapping from a header row. Each header is used at most once; columns are tried in
   * {@link FlowColumn} order, so {@code ward_code} wins over a later {@code ward} header.
   *
   * @param headers the header row
   * @return the detected mapping (columns with no matching header are absent)
   */
  public static FlowCsvMapping detect(List<String> headers) {
    Map<FlowColumn, String> m = new EnumMap<>(FlowColumn.class);
    boolean[] used = new boolean[headers.size()];
    // Exact canonical names first, then synonyms, so "urn" can't steal a "school_urn" column's
    // role.
    for (int pass = 0; pass < 2; pass++) {
      for (FlowColumn c : FlowColumn.values()) {
        if (m.containsKey(c)) {
          continue;
        }
        for (int i = 0; i < headers.size(); i++) {
          if (used[i]) {
            continue;
          }
          String h = headers.get(i);
          boolean hit =
              pass == 0
                  ? FlowColumn.normalise(h).equals(FlowColumn.normalise(c.canonicalName()))
                  : c.matches(h);
          if (hit) {
            m.put(c, h);
            used[i] = true;
            break;
          }
        }
      }
    }
    return new FlowCsvMapping(m);
  }

  /** This mapping with one column mapped to a header (or unmapped when header is null). */
  public FlowCsvMapping with(FlowColumn column, String header) {
    Map<FlowColumn, String> m = new EnumMap<>(FlowColumn.class);
    m.putAll(columns);
    if (header == null || header.isBlank()) {
      m.remove(column);
    } else {
      m.put(column, header);
    }
    return new FlowCsvMapping(m);
  }

  /**
   * This mapping completed by detection: columns mapped here stay as they are, the others are
   * detected among the remaining headers.
   */
  public FlowCsvMapping completedFrom(List<String> headers) {
    List<String> rest = new ArrayList<>();
    for (String h : headers) {
      boolean taken = false;
      for (String mapped : columns.values()) {
        if (FlowColumn.normalise(mapped).equals(FlowColumn.normalise(h))) {
          taken = true;
          break;
        }
      }
      if (!taken) {
        rest.add(h);
      }
    }
    Map<FlowColumn, String> m = new EnumMap<>(FlowColumn.class);
    m.putAll(detect(rest).columns());
    m.putAll(columns);
    return new FlowCsvMapping(m);
  }

  /** The header mapped to a column. */
  public Optional<String> header(FlowColumn column) {
    return Optional.ofNullable(columns.get(column));
  }

  /** True when the column is mapped. */
  public boolean has(FlowColumn column) {
    return columns.containsKey(column);
  }

  /**
   * Finds each mapped column's position in a header row (matching is tolerant of case and spacing).
   *
   * @param headers the header row
   * @param missing receives the columns whose header is not in the row
   * @return position per found column
   */
  public Map<FlowColumn, Integer> resolve(List<String> headers, List<FlowColumn> missing) {
    Map<FlowColumn, Integer> pos = new EnumMap<>(FlowColumn.class);
    columns.forEach(
        (c, h) -> {
          int at = -1;
          for (int i = 0; i < headers.size() && at < 0; i++) {
            if (headers.get(i).equals(h)) {
              at = i;
            }
          }
          for (int i = 0; i < headers.size() && at < 0; i++) {
            if (FlowColumn.normalise(headers.get(i)).equals(FlowColumn.normalise(h))) {
              at = i;
            }
          }
          if (at < 0) {
            missing.add(c);
          } else {
            pos.put(c, at);
          }
        });
    return pos;
  }

  /** A description such as {@code ward_code ← "Home ward", school_urn ← "URN"}. */
  public String describe() {
    Map<String, String> d = new LinkedHashMap<>();
    columns.forEach((c, h) -> d.put(c.canonicalName(), h));
    StringBuilder sb = new StringBuilder();
    d.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append(", ");
          }
          sb.append(k).append(" ← \"").append(v).append('"');
        });
    return sb.length() == 0 ? "(no columns)" : sb.toString();
  }
}
