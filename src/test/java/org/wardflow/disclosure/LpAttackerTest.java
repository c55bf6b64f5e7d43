package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The attacker's LP, checked against brute-force enumeration of every integer table consistent with
 * a publication (the two agree because two-way table constraints are totally unimodular). Guards
 * against solver defects — Commons Math 3.6.1 needs an explicit bound row per unknown.
 */
class LpAttackerTest {

  @Test
  void lpBoundsEqualEnumeratedBoundsOnTinyPublications() {
    Random rnd = new Random(99);
    int compared = 0;
    for (int trial = 0; trial < 600; trial++) {
      int rows = 1 + rnd.nextInt(3);
      int cols = 1 + rnd.nextInt(3);
      int n = rows * cols;
      int[] value = new int[n];
      boolean[] hidden = new boolean[n];
      int hiddenCount = 0;
      for (int i = 0; i < n; i++) {
        value[i] = rnd.nextInt(7);
        hidden[i] = rnd.nextInt(3) == 0 && hiddenCount < 3;
        hiddenCount += hidden[i] ? 1 : 0;
      }
      int lb = rnd.nextInt(2);
      for (int i = 0; i < n; i++) {
        if (hidden[i] && value[i] < lb) {
          value[i] = lb;
        }
      }
      Integer[] rt = new Integer[rows];
      Integer[] ct = new Integer[cols];
      int g = 0;
      int[] rs = new int[rows];
      int[] cs = new int[cols];
      int[] cellRow = new int[n];
      int[] cellCol = new int[n];
      boolean[] pub = new boolean[n];
      for (int i = 0; i < n; i++) {
        cellRow[i] = i / cols;
        cellCol[i] = i % cols;
        pub[i] = !hidden[i];
        rs[i / cols] += value[i];
        cs[i % cols] += value[i];
        g += value[i];
      }
      for (int r = 0; r < rows; r++) {
        rt[r] = rnd.nextBoolean() ? rs[r] : null;
      }
      for (int c = 0; c < cols; c++) {
        ct[c] = rnd.nextBoolean() ? cs[c] : null;
      }
      Integer grand = rnd.nextBoolean() ? g : null;
      int[] shown = new int[n];
      for (int i = 0; i < n; i++) {
        shown[i] = pub[i] ? value[i] : 0;
      }
      LpAttacker.View v =
          new LpAttacker.View(
              rows, cols, cellRow, cellCol, pub, new boolean[n], shown, rt, ct, grand, 0, 0);
      LpAttacker.Bounds[] lp = LpAttacker.attack(List.of(v), lb, false);
      // enumerate hidden assignments in [lb, 20] (every line sum here is at most 6 × 3 = 18)
      int[] idx = new int[hiddenCount];
      int h = 0;
      for (int i = 0; i < n; i++) {
        if (hidden[i]) {
          idx[h++] = i;
        }
      }
      long[] min = new long[n];
      long[] max = new long[n];
      java.util.Arrays.fill(min, Long.MAX_VALUE);
      java.util.Arrays.fill(max, Long.MIN_VALUE);
      int[] x = new int[hiddenCount];
      enumerate(0, x, idx, lb, v, value, min, max);
      for (int j = 0; j < hiddenCount; j++) {
        int i = idx[j];
        long up = max[i] >= 20 ? Long.MAX_VALUE : max[i];
        assertEquals(min[i], lp[i].lower(), "lower, trial " + trial);
        if (up != Long.MAX_VALUE || lp[i].upper() < 20) {
          assertEquals(up, lp[i].upper(), "upper, trial " + trial);
        }
        compared++;
      }
    }
    assertEquals(true, compared > 200, "compared " + compared);
  }

  private static void enumerate(
      int j, int[] x, int[] idx, int lb, LpAttacker.View v, int[] value, long[] min, long[] max) {
    if (j == x.length) {
      int[] full = value.clone();
      for (int q = 0; q < x.length; q++) {
        full[idx[q]] = x[q];
      }
      if (consistent(full, v)) {
        for (int q = 0; q < x.length; q++) {
          min[idx[q]] = Math.min(min[idx[q]], x[q]);
          max[idx[q]] = Math.max(max[idx[q]], x[q]);
        }
      }
      return;
    }
    for (int a = lb; a <= 20; a++) {
      x[j] = a;
      enumerate(j + 1, x, idx, lb, v, value, min, max);
    }
  }

  private static boolean consistent(int[] full, LpAttacker.View v) {
    int[] rs = new int[v.rows()];
    int[] cs = new int[v.cols()];
    int g = 0;
    for (int i = 0; i < full.length; i++) {
      rs[v.cellRow()[i]] += full[i];
      cs[v.cellCol()[i]] += full[i];
      g += full[i];
    }
    for (int r = 0; r < v.rows(); r++) {
      if (v.rowTotal()[r] != null && v.rowTotal()[r] != rs[r]) {
        return false;
      }
    }
    for (int c = 0; c < v.cols(); c++) {
      if (v.colTotal()[c] != null && v.colTotal()[c] != cs[c]) {
        return false;
      }
    }
    return v.grand() == null || v.grand() == g;
  }
}
