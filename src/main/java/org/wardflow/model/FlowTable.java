package org.wardflow.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The <strong>raw</strong> origin–destination table: counts of children and young people by home
 * ward × school attended, each record optionally tagged with a period, age band and group. Holds
 * aggregates only (never identifiers).
 *
 * <p>Metadata ({@link #info()}, labels, dimension values, {@link #recordCount()}) may be read
 * anywhere. The counts ({@link #matrix(FlowFilter)}, {@link #count(int)}) may only be read by
 * {@code model}, {@code io} and {@code disclosure}: everything shown or exported comes from the
 * published table. ArchUnit enforces this.
 */
public final class FlowTable {
  private final DatasetInfo info;
  private final List<String> wardCodes;
  private final List<String> schoolUrns;
  private final int[] row;
  private final int[] col;
  private final int[] count;
  private final Map<FlowDimension, List<String>> dimValues;
  private final Map<FlowDimension, int[]> dimIndex;

  private FlowTable(Builder b) {
    this.info = b.info;
    this.wardCodes = List.copyOf(b.wardCodes);
    this.schoolUrns = List.copyOf(b.schoolUrns);
    int n = b.size;
    this.row = Arrays.copyOf(b.row, n);
    this.col = Arrays.copyOf(b.col, n);
    this.count = Arrays.copyOf(b.count, n);
    Map<FlowDimension, List<String>> dv = new EnumMap<>(FlowDimension.class);
    Map<FlowDimension, int[]> di = new EnumMap<>(FlowDimension.class);
    for (FlowDimension d : FlowDimension.values()) {
      dv.put(d, List.copyOf(b.dimValues.get(d)));
      di.put(d, Arrays.copyOf(b.dimIndex.get(d), n));
    }
    this.dimValues = Collections.unmodifiableMap(dv);
    this.dimIndex = di;
  }

  /** Starts a table. */
  public static Builder builder(DatasetInfo info) {
    return new Builder(info);
  }

  /** Provenance (SYNTHETIC for generated tables). */
  public DatasetInfo info() {
    return info;
  }

  /** Distinct ward codes that appear in the table, in first-seen order. */
  public List<String> wardCodes() {
    return wardCodes;
  }

  /** Distinct school URNs that appear in the table, in first-seen order. */
  public List<String> schoolUrns() {
    return schoolUrns;
  }

  /** Distinct values of a dimension (empty when the table does not use it). */
  public List<String> dimensionValues(FlowDimension d) {
    return dimValues.get(d);
  }

  /** Number of records (before aggregation over dimensions). */
  public int recordCount() {
    return count.length;
  }

  /** Ward code of a record. */
  public String wardOf(int record) {
    return wardCodes.get(row[record]);
  }

  /** School URN of a record. */
  public String schoolOf(int record) {
    return schoolUrns.get(col[record]);
  }

  /** A dimension value of a record, or null. */
  public String dimensionOf(int record, FlowDimension d) {
    int i = dimIndex.get(d)[record];
    return i < 0 ? null : dimValues.get(d).get(i);
  }

  /** RAW: the count of a record. Restricted to model, io and disclosure. */
  public int count(int record) {
    return count[record];
  }

  /**
   * RAW: the ward × school matrix of the records the filter keeps, summed over the other
   * dimensions. Rows and columns are all of the table's wards and schools. Restricted to model, io
   * and disclosure.
   */
  public CountMatrix matrix(FlowFilter filter) {
    int nRows = wardCodes.size();
    List<Map<Integer, Integer>> rows = new ArrayList<>(nRows);
    for (int i = 0; i < nRows; i++) {
      rows.add(null);
    }
    int[] p = dimIndex.get(FlowDimension.PERIOD);
    int[] a = dimIndex.get(FlowDimension.AGE_BAND);
    int[] g = dimIndex.get(FlowDimension.GROUP);
    for (int i = 0; i < count.length; i++) {
      if (filter != FlowFilter.ALL
          && !filter.accepts(
              value(FlowDimension.PERIOD, p[i]),
              value(FlowDimension.AGE_BAND, a[i]),
              value(FlowDimension.GROUP, g[i]))) {
        continue;
      }
      Map<Integer, Integer> m = rows.get(row[i]);
      if (m == null) {
        m = new HashMap<>();
        rows.set(row[i], m);
      }
      m.merge(col[i], count[i], Integer::sum);
    }
    int[] rowStart = new int[nRows + 1];
    int total = 0;
    for (int r = 0; r < nRows; r++) {
      rowStart[r] = total;
      Map<Integer, Integer> m = rows.get(r);
      total += m == null ? 0 : m.size();
    }
    rowStart[nRows] = total;
    int[] cols = new int[total];
    int[] vals = new int[total];
    for (int r = 0; r < nRows; r++) {
      Map<Integer, Integer> m = rows.get(r);
      if (m == null) {
        continue;
      }
      int[] keys = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      int at = rowStart[r];
      for (int k : keys) {
        cols[at] = k;
        vals[at] = m.get(k);
        at++;
      }
    }
    return new CountMatrix(wardCodes, schoolUrns, rowStart, cols, vals);
  }

  private String value(FlowDimension d, int idx) {
    return idx < 0 ? null : dimValues.get(d).get(idx);
  }

  /** Accumulates records; duplicate keys are kept as separate records and summed on aggregation. */
  public static final class Builder {
    private final DatasetInfo info;
    private final List<String> wardCodes = new ArrayList<>();
    private final List<String> schoolUrns = new ArrayList<>();
    private final Map<String, Integer> wardIdx = new HashMap<>();
    private final Map<String, Integer> schoolIdx = new HashMap<>();
    private final Map<FlowDimension, List<String>> dimValues = new EnumMap<>(FlowDimension.class);
    private final Map<FlowDimension, Map<String, Integer>> dimLookup =
        new EnumMap<>(FlowDimension.class);
    private final Map<FlowDimension, int[]> dimIndex = new EnumMap<>(FlowDimension.class);
    private int[] row = new int[16];
    private int[] col = new int[16];
    private int[] count = new int[16];
    private int size;

    private Builder(DatasetInfo info) {
      this.info = Objects.requireNonNull(info, "info");
      for (FlowDimension d : FlowDimension.values()) {
        dimValues.put(d, new ArrayList<>());
        dimLookup.put(d, new LinkedHashMap<>());
        dimIndex.put(d, new int[16]);
      }
    }

    /** Adds a record without dimensions. */
    public Builder add(String wardCode, String schoolUrn, int n) {
      return add(wardCode, schoolUrn, null, null, null, n);
    }

    /**
     * Adds a record.
     *
     * @param wardCode home ward code
     * @param schoolUrn school URN
     * @param period period or null
     * @param ageBand age band or null
     * @param group group or null
     * @param n count, non-negative
     * @return this builder
     */
    public Builder add(
        String wardCode, String schoolUrn, String period, String ageBand, String group, int n) {
      if (n < 0) {
        throw new IllegalArgumentException("negative count for " + wardCode + " → " + schoolUrn);
      }
      if (size == count.length) {
        int cap = size * 2;
        row = Arrays.copyOf(row, cap);
        col = Arrays.copyOf(col, cap);
        count = Arrays.copyOf(count, cap);
        for (FlowDimension d : FlowDimension.values()) {
          dimIndex.put(d, Arrays.copyOf(dimIndex.get(d), cap));
        }
      }
      row[size] = wardIdx.computeIfAbsent(wardCode, k -> add(wardCodes, k));
      col[size] = schoolIdx.computeIfAbsent(schoolUrn, k -> add(schoolUrns, k));
      dimIndex.get(FlowDimension.PERIOD)[size] = dim(FlowDimension.PERIOD, period);
      dimIndex.get(FlowDimension.AGE_BAND)[size] = dim(FlowDimension.AGE_BAND, ageBand);
      dimIndex.get(FlowDimension.GROUP)[size] = dim(FlowDimension.GROUP, group);
      count[size] = n;
      size++;
      return this;
    }

    private static int add(List<String> list, String k) {
      list.add(k);
      return list.size() - 1;
    }

    private int dim(FlowDimension d, String v) {
      if (v == null || v.isBlank()) {
        return -1;
      }
      return dimLookup.get(d).computeIfAbsent(v, k -> add(dimValues.get(d), k));
    }

    /** Number of records so far. */
    public int size() {
      return size;
    }

    /** Builds the immutable table. */
    public FlowTable build() {
      return new FlowTable(this);
    }
  }
}
