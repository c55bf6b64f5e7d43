package org.wardflow.disclosure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * The differencing guard: remembers every release of a dataset (exports, views shown in
 * presentation mode) and makes sure a new release cannot be combined with earlier ones to recover,
 * or narrow below the protection level, anything that was hidden.
 *
 * <ul>
 *   <li><b>Same filter and boundaries, another threshold, rounding, zero or totals setting.</b> The
 *       new release keeps suppressed every cell and total that all earlier releases suppressed
 *       (they are forced into its pattern, then secondary suppression and the audit run as usual).
 *       Together the releases then reveal exactly what the earlier ones did, so nothing new can be
 *       worked out; the combination is still audited exactly, at the lowest protection level of the
 *       releases involved. Cells the new release hides but an earlier one published stay public —
 *       the decision says so.
 *   <li><b>Same boundaries, another filter</b> (period, age band or group). The releases are
 *       checked together by linear programming over the groups of records each combination of
 *       filters selects ({@link CrossReleaseCheck}), so subtracting one table from another cannot
 *       reveal a small group either. Failing cells are suppressed in the new release and the check
 *       repeated; if it still fails, or the combination is too entangled to verify, the release is
 *       refused with an explanation.
 *   <li><b>Other boundaries</b> (another ward vintage) of a dataset already published: refused —
 *       wards whose boundaries moved can be differenced and Wardflow cannot check that.
 * </ul>
 *
 * <p>Policies below their floor are raised to it. Serializable to JSON (Jackson) so a project file
 * can store it; the ledger holds released figures only, never raw counts. Thread-safe.
 */
public final class PublicationLedger {
  private static final int MAX_CONSISTENCY_ROUNDS = 6;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Release> releases = new ArrayList<>();
  private final Clock clock;

  /** An empty ledger using the system clock. */
  public PublicationLedger() {
    this(Clock.systemUTC());
  }

  /** An empty ledger with a given clock (for tests). */
  public PublicationLedger(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** How a publication request ended. */
  public enum Outcome {
    /** Published as the policy alone would have it. */
    PUBLISHED,
    /** Published with extra suppression to stay consistent with earlier releases. */
    ADJUSTED,
    /** Not published; the explanation says why. */
    REFUSED
  }

  /**
   * The result of a publication request.
   *
   * @param outcome what happened
   * @param table the published table, or null when refused
   * @param explanation one plain-language paragraph
   * @param notes further facts worth showing (e.g. cells already public from earlier releases)
   */
  public record Decision(
      Outcome outcome, PublishedTable table, String explanation, List<String> notes) {
    /** Freezes the notes. */
    public Decision {
      notes = List.copyOf(notes);
    }

    /** True unless refused. */
    public boolean published() {
      return outcome != Outcome.REFUSED;
    }
  }

  /**
   * The selection a release used, in a JSON-friendly form.
   *
   * @param periods periods kept (empty = all)
   * @param ageBands age bands kept (empty = all)
   * @param groups groups kept (empty = all)
   */
  public record FilterSpec(List<String> periods, List<String> ageBands, List<String> groups) {
    /** Freezes the lists. */
    public FilterSpec {
      periods = periods == null ? List.of() : List.copyOf(periods);
      ageBands = ageBands == null ? List.of() : List.copyOf(ageBands);
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    static FilterSpec of(FlowFilter f) {
      return new FilterSpec(
          f.periods().stream().sorted().toList(),
          f.ageBands().stream().sorted().toList(),
          f.groups().stream().sorted().toList());
    }

    /** The filter. */
    public FlowFilter toFilter() {
      return new FlowFilter(Set.copyOf(periods), Set.copyOf(ageBands), Set.copyOf(groups));
    }
  }

  /**
   * One release as remembered: what was published, never raw counts. Cell states: 0 published, 1
   * suppressed (primary), 2 suppressed (secondary), 3 not published (a zero); total states the
   * same, 3 meaning that kind of total was not published.
   *
   * @param id unique id
   * @param time when it was published (ISO-8601)
   * @param purpose what it was for (e.g. "export to /path", "presentation")
   * @param dataset the dataset key ({@link #datasetKey})
   * @param boundarySet the ward boundaries the table was made on (e.g. "ONS wards 2025")
   * @param filter the sub-table
   * @param policy the policy applied
   * @param wardCodes row labels
   * @param schoolUrns column labels
   * @param cellRow row of each listed cell
   * @param cellCol column of each listed cell
   * @param cellState state of each cell
   * @param cellValue published figure of each cell (0 when hidden)
   * @param wardTotalState state of each ward total
   * @param wardTotalValue published ward totals
   * @param schoolTotalState state of each school total
   * @param schoolTotalValue published school totals
   * @param grandState state of the grand total
   * @param grandValue published grand total
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Release(
      String id,
      String time,
      String purpose,
      String dataset,
      String boundarySet,
      FilterSpec filter,
      DisclosurePolicy policy,
      List<String> wardCodes,
      List<String> schoolUrns,
      int[] cellRow,
      int[] cellCol,
      int[] cellState,
      int[] cellValue,
      int[] wardTotalState,
      int[] wardTotalValue,
      int[] schoolTotalState,
      int[] schoolTotalValue,
      int grandState,
      int grandValue) {

    boolean cellHidden(int i) {
      return cellState[i] == 1 || cellState[i] == 2;
    }

    static boolean totalHidden(int state) {
      return state == 1 || state == 2;
    }

    String label() {
      return "the release of "
          + time
          + " ("
          + (purpose == null || purpose.isBlank() ? "no purpose given" : purpose)
          + "; k = "
          + policy.k()
          + ", filter "
          + filter.toFilter().describe()
          + ")";
    }
  }

  /** A key identifying a dataset across sessions: its file hash, or its title and source. */
  public static String datasetKey(DatasetInfo info) {
    if (!info.sha256().isEmpty()) {
      return "sha256:" + info.sha256();
    }
    return "title:"
        + info.title()
        + "|source:"
        + info.source()
        + "|"
        + new TreeMap<>(info.metadata());
  }

  /** Every release so far, oldest first. */
  public synchronized List<Release> releases() {
    return List.copyOf(releases);
  }

  /**
   * Publishes a sub-table consistently with every earlier release of the same dataset, and
   * remembers it if published.
   *
   * @param table raw table
   * @param filter sub-table
   * @param policy rules (raised to its floor if below)
   * @param boundarySet the ward boundaries the table is on (any stable name, e.g. the layer name)
   * @param purpose what the release is for
   * @return the decision, with the published table unless refused
   */
  public synchronized Decision publish(
      FlowTable table,
      FlowFilter filter,
      DisclosurePolicy policy,
      String boundarySet,
      String purpose) {
    Decision d = decide(table, filter, policy, boundarySet == null ? "" : boundarySet);
    if (d.published()) {
      releases.add(toRelease(d.table(), boundarySet == null ? "" : boundarySet, purpose));
    }
    return d;
  }

  /** Like {@link #publish} but remembers nothing (to preview what a release would be). */
  public synchronized Decision check(
      FlowTable table, FlowFilter filter, DisclosurePolicy policy, String boundarySet) {
    return decide(table, filter, policy, boundarySet == null ? "" : boundarySet);
  }

  /**
   * Remembers a table published elsewhere (it must have come from the disclosure gate).
   *
   * @param t the published table
   * @param boundarySet its ward boundaries
   * @param purpose what it was for
   */
  public synchronized void record(PublishedTable t, String boundarySet, String purpose) {
    releases.add(toRelease(t, boundarySet == null ? "" : boundarySet, purpose));
  }

  private Decision decide(
      FlowTable table, FlowFilter filter, DisclosurePolicy requested, String boundarySet) {
    List<String> notes = new ArrayList<>();
    DisclosurePolicy policy = requested.atLeastFloor();
    if (policy != requested) {
      notes.add(
          "The threshold was raised from "
              + requested.k()
              + " to the policy floor of "
              + policy.k()
              + " for publication.");
    }
    String dataset = datasetKey(table.info());
    List<Release> sameData = new ArrayList<>();
    for (Release r : releases) {
      if (r.dataset().equals(dataset)) {
        sameData.add(r);
      }
    }
    for (Release r : sameData) {
      if (!r.boundarySet().equals(boundarySet)) {
        return refuse(
            "This dataset was already published on other ward boundaries ("
                + describeBoundary(r.boundarySet())
                + ", "
                + r.label()
                + "). Publishing it again on "
                + describeBoundary(boundarySet)
                + " would let someone subtract one table from the other in wards whose boundaries"
                + " changed and find small numbers of children, and Wardflow cannot check that"
                + " combination. Publish on the same boundaries as before.",
            notes);
      }
    }
    PreparedTable prepared = DisclosureGate.prepare(table, filter);
    FilterSpec spec = FilterSpec.of(filter);
    List<Release> sameFilter = new ArrayList<>();
    List<Release> otherFilter = new ArrayList<>();
    for (Release r : sameData) {
      (r.filter().equals(spec) ? sameFilter : otherFilter).add(r);
    }
    Forced forced = consistentWith(prepared, sameFilter);
    PublishedTable unforced = prepared.publish(policy);
    PublishedTable out = forced.isEmpty() ? unforced : prepared.publish(policy, forced);
    if (!sameFilter.isEmpty()) {
      int alreadyPublic = alreadyPublic(out, sameFilter);
      if (alreadyPublic > 0) {
        notes.add(
            alreadyPublic
                + (alreadyPublic == 1 ? " cell suppressed now was" : " cells suppressed now were")
                + " published by an earlier release of this table; suppressing them now does not"
                + " withdraw them.");
      }
      String failure = combinedAudit(prepared, out, sameFilter);
      if (failure != null) {
        return refuse(failure, notes);
      }
    }
    if (!otherFilter.isEmpty()) {
      List<Release> older = new ArrayList<>(otherFilter);
      older.addAll(sameFilter);
      Set<String> before = failureKeys(CrossReleaseCheck.check(table, views(older)), older);
      for (int round = 0; ; round++) {
        List<Release> all = new ArrayList<>(older);
        all.add(toRelease(out, boundarySet, ""));
        List<CrossReleaseCheck.Failure> fails = CrossReleaseCheck.check(table, views(all));
        List<CrossReleaseCheck.Failure> mine = new ArrayList<>();
        for (CrossReleaseCheck.Failure f : fails) {
          if (!before.contains(key(f, all))) {
            mine.add(f);
          }
        }
        if (mine.isEmpty()) {
          break;
        }
        for (CrossReleaseCheck.Failure f : mine) {
          if (f.unverifiable()) {
            return refuse(
                "This table ("
                    + filter.describe()
                    + ") overlaps earlier releases of the same data with other selections ("
                    + describeFilters(otherFilter)
                    + "), and the hidden cells of the releases are linked too widely for Wardflow"
                    + " to check that subtracting one table from another cannot reveal small"
                    + " numbers. Publish with the same selection as before, or raise the"
                    + " threshold so fewer cells are small.",
                notes);
          }
        }
        Forced more = forcedFor(prepared, mine);
        Forced next = forced.union(more);
        if (round >= MAX_CONSISTENCY_ROUNDS || next.equals(forced)) {
          CrossReleaseCheck.Failure f = mine.get(0);
          return refuse(
              "Publishing this table ("
                  + filter.describe()
                  + ") next to earlier releases of the same data ("
                  + describeFilters(otherFilter)
                  + ") would let someone subtract one from the other and work out a small number"
                  + " of children (for example "
                  + where(f)
                  + "), even after suppressing further cells. Publish with the same selection as"
                  + " before, or raise the threshold.",
              notes);
        }
        forced = next;
        out = prepared.publish(policy, forced);
      }
    }
    int extra = out.summary().cellsSuppressed() - unforced.summary().cellsSuppressed();
    int extraTotals =
        out.summary().totalsSuppressedSecondary()
            + out.summary().totalsSuppressedPrimary()
            - unforced.summary().totalsSuppressedSecondary()
            - unforced.summary().totalsSuppressedPrimary();
    if (!forced.isEmpty() && (extra > 0 || extraTotals > 0)) {
      return new Decision(
          Outcome.ADJUSTED,
          out,
          "Published with "
              + Math.max(0, extra)
              + " more cell"
              + (extra == 1 ? "" : "s")
              + (extraTotals > 0 ? " and " + extraTotals + " more total(s)" : "")
              + " suppressed than the policy alone needs, to stay consistent with "
              + sameData.size()
              + " earlier release"
              + (sameData.size() == 1 ? "" : "s")
              + " of this data, so that no hidden figure can be worked out by combining them.",
          notes);
    }
    return new Decision(
        Outcome.PUBLISHED,
        out,
        sameData.isEmpty()
            ? "Published; no earlier release of this data."
            : "Published; consistent with "
                + sameData.size()
                + " earlier release"
                + (sameData.size() == 1 ? "" : "s")
                + " of this data.",
        notes);
  }

  private static Decision refuse(String why, List<String> notes) {
    return new Decision(Outcome.REFUSED, null, why, notes);
  }

  private static String describeBoundary(String b) {
    return b.isEmpty() ? "unnamed boundaries" : "\"" + b + "\"";
  }

  private static String describeFilters(List<Release> rs) {
    Set<String> s = new LinkedHashSet<>();
    for (Release r : rs) {
      s.add(r.filter().toFilter().describe());
    }
    return String.join("; ", s);
  }

  private static String where(CrossReleaseCheck.Failure f) {
    if (!f.schoolUrn().isEmpty() && !f.wardCode().isEmpty()) {
      return "ward " + f.wardCode() + " at school " + f.schoolUrn();
    }
    if (!f.wardCode().isEmpty()) {
      return "the total of ward " + f.wardCode();
    }
    if (!f.schoolUrn().isEmpty()) {
      return "the total of school " + f.schoolUrn();
    }
    return "the grand total";
  }

  // ------------------------------------------------------------------ same filter

  /** Cells and totals hidden in every earlier release of this sub-table, as current ids. */
  private static Forced consistentWith(PreparedTable t, List<Release> same) {
    if (same.isEmpty()) {
      return Forced.NONE;
    }
    Map<String, Integer> rowOf = index(t.wardCodes);
    Map<String, Integer> colOf = index(t.schoolUrns);
    int[] hiddenCount = new int[t.cells];
    int[] rowCount = new int[t.rows];
    int[] colCount = new int[t.cols];
    int grandCount = 0;
    for (Release r : same) {
      for (int i = 0; i < r.cellRow().length; i++) {
        if (!r.cellHidden(i)) {
          continue;
        }
        Integer row = rowOf.get(r.wardCodes().get(r.cellRow()[i]));
        Integer col = colOf.get(r.schoolUrns().get(r.cellCol()[i]));
        if (row != null && col != null) {
          int cell = t.find(row, col);
          if (cell >= 0) {
            hiddenCount[cell]++;
          }
        }
      }
      for (int w = 0; w < r.wardCodes().size(); w++) {
        Integer row = rowOf.get(r.wardCodes().get(w));
        if (row != null && Release.totalHidden(r.wardTotalState()[w])) {
          rowCount[row]++;
        }
      }
      for (int s = 0; s < r.schoolUrns().size(); s++) {
        Integer col = colOf.get(r.schoolUrns().get(s));
        if (col != null && Release.totalHidden(r.schoolTotalState()[s])) {
          colCount[col]++;
        }
      }
      if (Release.totalHidden(r.grandState())) {
        grandCount++;
      }
    }
    int n = same.size();
    return new Forced(
        ids(hiddenCount, n, i -> t.val[i] > 0),
        ids(rowCount, n, i -> true),
        ids(colCount, n, i -> true),
        grandCount == n);
  }

  private static int[] ids(int[] count, int n, java.util.function.IntPredicate ok) {
    int k = 0;
    int[] out = new int[count.length];
    for (int i = 0; i < count.length; i++) {
      if (count[i] == n && ok.test(i)) {
        out[k++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static Map<String, Integer> index(List<String> l) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < l.size(); i++) {
      m.put(l.get(i), i);
    }
    return m;
  }

  private static int alreadyPublic(PublishedTable out, List<Release> same) {
    Set<String> published = new HashSet<>();
    for (Release r : same) {
      for (int i = 0; i < r.cellRow().length; i++) {
        if (r.cellState()[i] == 0) {
          published.add(
              CrossReleaseCheck.key(
                  r.wardCodes().get(r.cellRow()[i]), r.schoolUrns().get(r.cellCol()[i])));
        }
      }
    }
    int n = 0;
    for (int i = 0; i < out.cellCount(); i++) {
      if (out.cell(i).isSuppressed()
          && published.contains(
              CrossReleaseCheck.key(
                  out.wardCodes().get(out.row(i)), out.schoolUrns().get(out.column(i))))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Audits the combination of the new table with the earlier ones of the same sub-table: hidden
   * where hidden in all, at the lowest protection level among them. Null when it passes.
   */
  private static String combinedAudit(PreparedTable t, PublishedTable out, List<Release> same) {
    Map<String, Integer> rowOf = index(t.wardCodes);
    Map<String, Integer> colOf = index(t.schoolUrns);
    boolean[] cellHidden = new boolean[t.cells];
    for (int i = 0; i < t.cells; i++) {
      cellHidden[i] = out.cell(i).isSuppressed();
    }
    boolean[] rowHidden = new boolean[t.rows];
    for (int r = 0; r < t.rows; r++) {
      rowHidden[r] = !out.wardTotal(r).isPublished();
    }
    boolean[] colHidden = new boolean[t.cols];
    for (int c = 0; c < t.cols; c++) {
      colHidden[c] = !out.schoolTotal(c).isPublished();
    }
    boolean grandHidden = !out.grandTotal().isPublished();
    // what is hidden in every release must keep the earliest promises: the lowest protection
    // level among the earlier releases (a new release cannot protect more than earlier ones
    // already revealed)
    int p = 0;
    for (Release r : same) {
      if (r.policy().protectionLevel() > 0) {
        p = p == 0 ? r.policy().protectionLevel() : Math.min(p, r.policy().protectionLevel());
      }
      boolean[] hiddenHere = new boolean[t.cells];
      for (int i = 0; i < r.cellRow().length; i++) {
        Integer row = rowOf.get(r.wardCodes().get(r.cellRow()[i]));
        Integer col = colOf.get(r.schoolUrns().get(r.cellCol()[i]));
        if (row != null && col != null && r.cellHidden(i)) {
          int cell = t.find(row, col);
          if (cell >= 0) {
            hiddenHere[cell] = true;
          }
        }
      }
      for (int i = 0; i < t.cells; i++) {
        cellHidden[i] &= hiddenHere[i];
      }
      boolean[] rowHere = new boolean[t.rows];
      for (int w = 0; w < r.wardCodes().size(); w++) {
        Integer row = rowOf.get(r.wardCodes().get(w));
        if (row != null && r.wardTotalState()[w] != 0) {
          rowHere[row] = true;
        }
      }
      for (int i = 0; i < t.rows; i++) {
        rowHidden[i] &= rowHere[i];
      }
      boolean[] colHere = new boolean[t.cols];
      for (int s = 0; s < r.schoolUrns().size(); s++) {
        Integer col = colOf.get(r.schoolUrns().get(s));
        if (col != null && r.schoolTotalState()[s] != 0) {
          colHere[col] = true;
        }
      }
      for (int i = 0; i < t.cols; i++) {
        colHidden[i] &= colHere[i];
      }
      grandHidden &= r.grandState() != 0;
    }
    int[] first = new int[1];
    int failures =
        PatternAudit.failures(t, cellHidden, rowHidden, colHidden, grandHidden, p, first);
    if (failures == 0) {
      return null;
    }
    String example =
        first[0] >= 0
            ? " (for example ward "
                + t.wardCodes.get(t.cellRow[first[0]])
                + " at school "
                + t.schoolUrns.get(t.col[first[0]])
                + ")"
            : "";
    return "Combined with earlier releases of this table, "
        + failures
        + " hidden figure"
        + (failures == 1 ? "" : "s")
        + " could be worked out to within less than "
        + p
        + example
        + ". This release is refused; publish with the settings used before.";
  }

  // ------------------------------------------------------------------ other filters

  private static List<CrossReleaseCheck.Release> views(List<Release> rs) {
    List<CrossReleaseCheck.Release> out = new ArrayList<>();
    for (Release r : rs) {
      Map<String, Boolean> cells = new HashMap<>();
      for (int i = 0; i < r.cellRow().length; i++) {
        cells.put(
            CrossReleaseCheck.key(
                r.wardCodes().get(r.cellRow()[i]), r.schoolUrns().get(r.cellCol()[i])),
            r.cellHidden(i));
      }
      Map<String, Boolean> wards = new HashMap<>();
      for (int w = 0; w < r.wardCodes().size(); w++) {
        wards.put(r.wardCodes().get(w), r.wardTotalState()[w] != 0);
      }
      Map<String, Boolean> schools = new HashMap<>();
      for (int s = 0; s < r.schoolUrns().size(); s++) {
        schools.put(r.schoolUrns().get(s), r.schoolTotalState()[s] != 0);
      }
      out.add(
          new CrossReleaseCheck.Release(
              r.filter().toFilter(),
              cells,
              wards,
              schools,
              r.grandState() != 0,
              new boolean[] {
                r.policy().publishWardTotals(),
                r.policy().publishSchoolTotals(),
                r.policy().publishGrandTotal()
              },
              r.policy().protectionLevel(),
              r.label()));
    }
    return out;
  }

  private static String key(CrossReleaseCheck.Failure f, List<Release> rs) {
    String who = f.release() < 0 ? "difference" : rs.get(f.release()).id();
    return who + "|" + f.wardCode() + "|" + f.schoolUrn() + "|" + f.kind();
  }

  private static Set<String> failureKeys(List<CrossReleaseCheck.Failure> fs, List<Release> rs) {
    Set<String> s = new HashSet<>();
    for (CrossReleaseCheck.Failure f : fs) {
      s.add(key(f, rs));
    }
    return s;
  }

  /** Cells (or totals) of the new release to hide for the given failures. */
  private static Forced forcedFor(PreparedTable t, List<CrossReleaseCheck.Failure> fails) {
    Map<String, Integer> rowOf = index(t.wardCodes);
    Map<String, Integer> colOf = index(t.schoolUrns);
    List<Integer> cells = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    boolean grand = false;
    for (CrossReleaseCheck.Failure f : fails) {
      Integer row = rowOf.get(f.wardCode());
      Integer col = colOf.get(f.schoolUrn());
      if (row != null && col != null) {
        int cell = t.find(row, col);
        if (cell >= 0 && t.val[cell] > 0) {
          cells.add(cell);
        } else {
          rows.add(row);
          cols.add(col);
        }
      } else if (row != null) {
        rows.add(row);
      } else if (col != null) {
        cols.add(col);
      } else {
        grand = true;
      }
    }
    return new Forced(
        cells.stream().mapToInt(Integer::intValue).toArray(),
        rows.stream().mapToInt(Integer::intValue).toArray(),
        cols.stream().mapToInt(Integer::intValue).toArray(),
        grand);
  }

  // ------------------------------------------------------------------ records and JSON

  private Release toRelease(PublishedTable t, String boundarySet, String purpose) {
    int n = t.cellCount();
    int[] row = new int[n];
    int[] col = new int[n];
    int[] state = new int[n];
    int[] value = new int[n];
    for (int i = 0; i < n; i++) {
      row[i] = t.row(i);
      col[i] = t.column(i);
      state[i] = t.cellStatus(i).ordinal();
      value[i] = t.cellValue(i);
    }
    int rows = t.wardCodes().size();
    int cols = t.schoolUrns().size();
    int[] ws = new int[rows];
    int[] wv = new int[rows];
    for (int r = 0; r < rows; r++) {
      ws[r] = t.wardTotal(r).status().ordinal();
      wv[r] = t.wardTotal(r).value();
    }
    int[] ss = new int[cols];
    int[] sv = new int[cols];
    for (int c = 0; c < cols; c++) {
      ss[c] = t.schoolTotal(c).status().ordinal();
      sv[c] = t.schoolTotal(c).value();
    }
    return new Release(
        UUID.randomUUID().toString(),
        Instant.now(clock).toString(),
        purpose == null ? "" : purpose,
        datasetKey(t.info()),
        boundarySet,
        FilterSpec.of(t.filter()),
        t.policy(),
        t.wardCodes(),
        t.schoolUrns(),
        row,
        col,
        state,
        value,
        ws,
        wv,
        ss,
        sv,
        t.grandTotal().status().ordinal(),
        t.grandTotal().value());
  }

  /** The ledger as JSON. */
  public synchronized String toJson() {
    try {
      return JSON.writeValueAsString(new Stored(1, List.copyOf(releases)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the publication ledger as JSON", e);
    }
  }

  /**
   * Reads a ledger written by {@link #toJson()}.
   *
   * @param json the text
   * @return the ledger
   * @throws IllegalArgumentException with a plain message when the text is not a ledger
   */
  public static PublicationLedger fromJson(String json) {
    Stored s;
    try {
      s = JSON.readValue(json, Stored.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The publication ledger could not be read (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + "): "
              + e.getOriginalMessage(),
          e);
    }
    if (s == null || s.releases() == null) {
      throw new IllegalArgumentException("The publication ledger is empty or not a ledger.");
    }
    PublicationLedger l = new PublicationLedger();
    for (Release r : s.releases()) {
      validate(r);
      l.releases.add(r);
    }
    return l;
  }

  private static void validate(Release r) {
    int n = r.cellRow() == null ? -1 : r.cellRow().length;
    boolean ok =
        r.policy() != null
            && r.filter() != null
            && r.dataset() != null
            && r.boundarySet() != null
            && r.wardCodes() != null
            && r.schoolUrns() != null
            && n >= 0
            && r.cellCol() != null
            && r.cellCol().length == n
            && r.cellState() != null
            && r.cellState().length == n
            && r.cellValue() != null
            && r.cellValue().length == n
            && r.wardTotalState() != null
            && r.wardTotalState().length == r.wardCodes().size()
            && r.schoolTotalState() != null
            && r.schoolTotalState().length == r.schoolUrns().size();
    if (ok) {
      for (int i = 0; i < n && ok; i++) {
        ok =
            r.cellRow()[i] >= 0
                && r.cellRow()[i] < r.wardCodes().size()
                && r.cellCol()[i] >= 0
                && r.cellCol()[i] < r.schoolUrns().size();
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "The publication ledger has an incomplete or inconsistent release (id "
              + r.id()
              + "); it cannot be used to check new releases.");
    }
  }

  /** Writes the ledger to a file (UTF-8 JSON). */
  public void save(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a ledger file.
   *
   * @param file the file
   * @return the ledger
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException naming the file when it is not a ledger
   */
  public static PublicationLedger load(Path file) throws IOException {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The JSON document. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Stored(int version, List<Release> releases) {}
}
