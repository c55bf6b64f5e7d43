package org.wardflow.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.wardflow.model.FlowDimension;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/**
 * Checks releases of one raw table under <em>different filters</em> together, by linear programming
 * (Commons Math {@link SimplexSolver}).
 *
 * <p>The unknowns are <em>atom cells</em>: for each ward × school, the records that exactly the
 * same set of releases' filters select (e.g. with releases "all years" and "2024", the atoms are
 * "2024" and "other years"). Every release cell or total is a sum of atom cells. Constraints: each
 * published cell and total of each release equals its exact count (the strongest reader — rounding
 * ignored), each suppressed cell is at least 1, every atom cell at least 0. Protected: every
 * suppressed cell and every hidden total of 1..k−1 of each release (at that release's protection
 * level), and every atom cell of 1..p−1 (p the lowest protection level) — so that subtracting one
 * release from another cannot reveal a small group (e.g. "all years" 7 and "2024" 5 published
 * reveal 2 in other years).
 *
 * <p>Atoms fixed by a single equation are propagated first; the rest splits into connected
 * components, each solved by two LPs per protected quantity. A component with more than {@value
 * #LP_LIMIT} unknowns is not solved: its protected quantities count as unverifiable.
 */
final class CrossReleaseCheck {
  static final int LP_LIMIT = 120;

  /** One release as the check sees it: filter, pattern by codes, protection level. */
  record Release(
      FlowFilter filter,
      Map<String, Boolean> cellHidden,
      Map<String, Boolean> wardTotalHidden,
      Map<String, Boolean> schoolTotalHidden,
      boolean grandHidden,
      boolean[] totalsPublishedKinds,
      int protectionLevel,
      String label) {}

  /** A protected quantity that can be worked out too closely (or could not be checked). */
  record Failure(
      int release, String wardCode, String schoolUrn, String kind, boolean unverifiable) {}

  private CrossReleaseCheck() {}

  static String key(String ward, String school) {
    return ward + "\u0000" + school;
  }

  /**
   * Runs the check.
   *
   * @param table the raw table all releases come from
   * @param releases the releases (at most 30)
   * @return failures (empty when the combination is safe)
   */
  static List<Failure> check(FlowTable table, List<Release> releases) {
    int m = releases.size();
    if (m > 30) {
      throw new IllegalArgumentException("too many releases to combine: " + m);
    }
    List<String> wards = table.wardCodes();
    List<String> schools = table.schoolUrns();
    // atom cells from records
    Map<Long, Integer> atomCellIndex = new HashMap<>();
    List<long[]> atomCells = new ArrayList<>(); // {row, col, mask, trueValue}
    Map<String, Integer> wardIdx = index(wards);
    Map<String, Integer> schoolIdx = index(schools);
    for (int rec = 0; rec < table.recordCount(); rec++) {
      String p = table.dimensionOf(rec, FlowDimension.PERIOD);
      String a = table.dimensionOf(rec, FlowDimension.AGE_BAND);
      String g = table.dimensionOf(rec, FlowDimension.GROUP);
      int mask = 0;
      for (int i = 0; i < m; i++) {
        if (releases.get(i).filter().accepts(p, a, g)) {
          mask |= 1 << i;
        }
      }
      if (mask == 0) {
        continue;
      }
      int r = wardIdx.get(table.wardOf(rec));
      int c = schoolIdx.get(table.schoolOf(rec));
      long key = (((long) r * schools.size() + c) << 31) | mask;
      Integer at = atomCellIndex.get(key);
      if (at == null) {
        atomCellIndex.put(key, atomCells.size());
        atomCells.add(new long[] {r, c, mask, table.count(rec)});
      } else {
        atomCells.get(at)[3] += table.count(rec);
      }
    }
    int nv = atomCells.size();
    // group atom cells by (row, col)
    Map<Long, List<Integer>> byCell = new HashMap<>();
    for (int v = 0; v < nv; v++) {
      long[] ac = atomCells.get(v);
      byCell.computeIfAbsent(ac[0] * schools.size() + ac[1], x -> new ArrayList<>()).add(v);
    }
    List<Constraint> equalities = new ArrayList<>();
    List<Constraint> atLeastOne = new ArrayList<>();
    List<Quantity> protectedQ = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Release rel = releases.get(i);
      int bit = 1 << i;
      Map<Integer, List<Integer>> rowVars = new HashMap<>();
      Map<Integer, List<Integer>> colVars = new HashMap<>();
      List<Integer> allVars = new ArrayList<>();
      long[] rowTrue = new long[wards.size()];
      long[] colTrue = new long[schools.size()];
      long allTrue = 0;
      for (Map.Entry<Long, List<Integer>> en : byCell.entrySet()) {
        int r = (int) (en.getKey() / schools.size());
        int c = (int) (en.getKey() % schools.size());
        List<Integer> vars = new ArrayList<>();
        long truth = 0;
        for (int v : en.getValue()) {
          if ((atomCells.get(v)[2] & bit) != 0) {
            vars.add(v);
            truth += atomCells.get(v)[3];
          }
        }
        if (vars.isEmpty()) {
          continue;
        }
        rowVars.computeIfAbsent(r, x -> new ArrayList<>()).addAll(vars);
        colVars.computeIfAbsent(c, x -> new ArrayList<>()).addAll(vars);
        allVars.addAll(vars);
        rowTrue[r] += truth;
        colTrue[c] += truth;
        allTrue += truth;
        Boolean hidden = rel.cellHidden().get(key(wards.get(r), schools.get(c)));
        int[] arr = toArray(vars);
        if (hidden != null && hidden && truth > 0) {
          atLeastOne.add(new Constraint(arr, 1));
          protectedQ.add(
              new Quantity(arr, rel.protectionLevel(), i, wards.get(r), schools.get(c), "cell"));
        } else {
          equalities.add(new Constraint(arr, truth));
        }
      }
      for (Map.Entry<Integer, List<Integer>> en : rowVars.entrySet()) {
        String code = wards.get(en.getKey());
        lineConstraint(
            equalities,
            protectedQ,
            en.getValue(),
            rowTrue[en.getKey()],
            rel.totalsPublishedKinds()[0] && !rel.wardTotalHidden().getOrDefault(code, false),
            rel,
            i,
            code,
            "",
            "ward total");
      }
      for (Map.Entry<Integer, List<Integer>> en : colVars.entrySet()) {
        String urn = schools.get(en.getKey());
        lineConstraint(
            equalities,
            protectedQ,
            en.getValue(),
            colTrue[en.getKey()],
            rel.totalsPublishedKinds()[1] && !rel.schoolTotalHidden().getOrDefault(urn, false),
            rel,
            i,
            "",
            urn,
            "school total");
      }
      lineConstraint(
          equalities,
          protectedQ,
          allVars,
          allTrue,
          rel.totalsPublishedKinds()[2] && !rel.grandHidden(),
          rel,
          i,
          "",
          "",
          "grand total");
    }
    int pMin = Integer.MAX_VALUE;
    for (Release r : releases) {
      if (r.protectionLevel() > 0) {
        pMin = Math.min(pMin, r.protectionLevel());
      }
    }
    if (pMin != Integer.MAX_VALUE) {
      for (int v = 0; v < nv; v++) {
        long[] ac = atomCells.get(v);
        if (ac[3] >= 1 && ac[3] < pMin && Integer.bitCount((int) ac[2]) < m) {
          // an atom selected by every release is a release cell already; others are groups that
          // only differencing can isolate
          protectedQ.add(
              new Quantity(
                  new int[] {v},
                  pMin,
                  -1,
                  wards.get((int) ac[0]),
                  schools.get((int) ac[1]),
                  "difference"));
        }
      }
    }
    return solve(nv, atomCells, equalities, atLeastOne, protectedQ);
  }

  private static void lineConstraint(
      List<Constraint> equalities,
      List<Quantity> protectedQ,
      List<Integer> vars,
      long truth,
      boolean published,
      Release rel,
      int release,
      String ward,
      String school,
      String kind) {
    int[] arr = toArray(vars);
    if (published) {
      equalities.add(new Constraint(arr, truth));
    } else if (truth >= 1 && truth < rel.protectionLevel()) {
      protectedQ.add(new Quantity(arr, rel.protectionLevel(), release, ward, school, kind));
    }
  }

  private static Map<String, Integer> index(List<String> list) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      m.put(list.get(i), i);
    }
    return m;
  }

  private static int[] toArray(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private record Constraint(int[] vars, long rhs) {}

  private record Quantity(
      int[] vars, int level, int release, String ward, String school, String kind) {}

  private static List<Failure> solve(
      int nv,
      List<long[]> atomCells,
      List<Constraint> eq,
      List<Constraint> geq1,
      List<Quantity> prot) {
    // unit propagation: an equality with one unknown fixes it; one whose unknowns must all be 0
    long[] fixed = new long[nv];
    boolean[] known = new boolean[nv];
    List<List<Integer>> eqOf = new ArrayList<>(nv);
    for (int v = 0; v < nv; v++) {
      eqOf.add(new ArrayList<>());
    }
    int[] unknownCount = new int[eq.size()];
    long[] rest = new long[eq.size()];
    for (int j = 0; j < eq.size(); j++) {
      unknownCount[j] = eq.get(j).vars().length;
      rest[j] = eq.get(j).rhs();
      for (int v : eq.get(j).vars()) {
        eqOf.get(v).add(j);
      }
    }
    ArrayDequeInt queue = new ArrayDequeInt();
    for (int j = 0; j < eq.size(); j++) {
      queue.add(j);
    }
    while (!queue.isEmpty()) {
      int j = queue.poll();
      if (unknownCount[j] == 0) {
        continue;
      }
      if (unknownCount[j] == 1 || rest[j] == 0) {
        for (int v : eq.get(j).vars()) {
          if (!known[v]) {
            long value = unknownCount[j] == 1 ? rest[j] : 0;
            known[v] = true;
            fixed[v] = value;
            for (int j2 : eqOf.get(v)) {
              unknownCount[j2]--;
              rest[j2] -= value;
              queue.add(j2);
            }
          }
        }
      }
    }
    // components of the remaining unknowns
    int[] parent = new int[nv];
    for (int v = 0; v < nv; v++) {
      parent[v] = v;
    }
    List<Constraint> all = new ArrayList<>(eq);
    all.addAll(geq1);
    for (Constraint c : all) {
      int first = -1;
      for (int v : c.vars()) {
        if (!known[v]) {
          if (first < 0) {
            first = v;
          } else {
            union(parent, first, v);
          }
        }
      }
    }
    Map<Integer, List<Integer>> compVars = new HashMap<>();
    for (int v = 0; v < nv; v++) {
      if (!known[v]) {
        compVars.computeIfAbsent(find(parent, v), x -> new ArrayList<>()).add(v);
      }
    }
    Map<Integer, LpComponent> lps = new HashMap<>();
    List<Failure> failures = new ArrayList<>();
    for (Quantity q : prot) {
      int root = -1;
      for (int v : q.vars()) {
        if (!known[v]) {
          root = find(parent, v);
          break;
        }
      }
      boolean fail;
      boolean unverifiable = false;
      if (root < 0) {
        fail = true; // fully determined
      } else {
        List<Integer> vars = compVars.get(root);
        if (vars.size() > LP_LIMIT) {
          fail = true;
          unverifiable = true;
        } else {
          LpComponent lp =
              lps.computeIfAbsent(root, r -> new LpComponent(vars, eq, geq1, known, fixed));
          double[] range = lp.range(q.vars(), known, fixed);
          fail = range == null || range[1] - range[0] < q.level() - 1e-6;
        }
      }
      if (fail) {
        failures.add(new Failure(q.release(), q.ward(), q.school(), q.kind(), unverifiable));
      }
    }
    return failures;
  }

  /** One component's LP: its unknowns, constraints restricted to them, and a solver. */
  private static final class LpComponent {
    private final Map<Integer, Integer> col = new HashMap<>();
    private final List<LinearConstraint> constraints = new ArrayList<>();

    LpComponent(
        List<Integer> vars,
        List<Constraint> eq,
        List<Constraint> geq1,
        boolean[] known,
        long[] fixed) {
      for (int v : vars) {
        col.put(v, col.size());
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      add(eq, Relationship.EQ, known, fixed, seen);
      add(geq1, Relationship.GEQ, known, fixed, seen);
      // an explicit x >= 0 row for every unknown: Commons Math 3.6.1's simplex can return wrong
      // optima for unknowns that appear in no bound row of their own
      for (int j = 0; j < col.size(); j++) {
        double[] a = new double[col.size()];
        a[j] = 1;
        constraints.add(new LinearConstraint(a, Relationship.GEQ, 0));
      }
    }

    private void add(
        List<Constraint> list,
        Relationship rel,
        boolean[] known,
        long[] fixed,
        java.util.Set<String> seen) {
      int n = col.size();
      for (Constraint c : list) {
        double[] a = null;
        double rhs = c.rhs();
        boolean mine = false;
        boolean other = false;
        for (int v : c.vars()) {
          if (known[v]) {
            rhs -= fixed[v];
            continue;
          }
          Integer j = col.get(v);
          if (j == null) {
            other = true;
            break;
          }
          if (a == null) {
            a = new double[n];
          }
          a[j] += 1;
          mine = true;
        }
        if (!mine || other || (rel == Relationship.GEQ && rhs <= 0)) {
          continue;
        }
        if (seen.add(rel + Arrays.toString(a) + rhs)) {
          constraints.add(new LinearConstraint(a, rel, rhs));
        }
      }
    }

    /** {min, max} of the sum of the given atoms (known ones added), or null if infeasible. */
    double[] range(int[] vars, boolean[] known, long[] fixed) {
      int n = col.size();
      double[] obj = new double[n];
      double constant = 0;
      for (int v : vars) {
        if (known[v]) {
          constant += fixed[v];
        } else {
          obj[col.get(v)] += 1;
        }
      }
      try {
        double min = optimize(obj, GoalType.MINIMIZE);
        double max = optimize(obj, GoalType.MAXIMIZE);
        return new double[] {min + constant, max + constant};
      } catch (NoFeasibleSolutionException e) {
        return null;
      }
    }

    private double optimize(double[] obj, GoalType goal) {
      try {
        PointValuePair p =
            new SimplexSolver(1e-9, 10, 1e-12)
                .optimize(
                    new MaxIter(200_000),
                    new LinearObjectiveFunction(obj, 0),
                    new LinearConstraintSet(constraints),
                    goal,
                    new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND);
        return p.getValue();
      } catch (UnboundedSolutionException e) {
        return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
      }
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[ra] = rb;
    }
  }

  /** A growable int queue. */
  private static final class ArrayDequeInt {
    private int[] a = new int[64];
    private int head;
    private int tail;

    void add(int x) {
      if (tail == a.length) {
        if (head > 0) {
          System.arraycopy(a, head, a, 0, tail - head);
          tail -= head;
          head = 0;
        }
        if (tail == a.length) {
          a = Arrays.copyOf(a, a.length * 2);
        }
      }
      a[tail++] = x;
    }

    int poll() {
      return a[head++];
    }

    boolean isEmpty() {
      return head == tail;
    }
  }
}
