package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;

/**
 * The incremental audit (one prepared table republished at changing k, its component cache kept)
 * gives exactly the pattern of a full audit on a fresh table, and that pattern passes an exact
 * audit that uses neither the cache nor the rectangle test ({@link PatternAudit}).
 */
class IncrementalAuditTest {
  private static final int[] KS = {5, 6, 3, 7, 5, 6, 10, 5, 4, 6};

  @Property(tries = 60)
  void incrementalEqualsFullAfterKChanges(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int rows) {
    Random rnd = new Random(seed);
    int cols = 2 + rnd.nextInt(40);
    int[][] a = Tables.random(rnd, rows, cols, 0.15 + 0.7 * rnd.nextDouble(), 0.5, 5);
    CountMatrix m = Tables.matrix(a, false);
    checkSequence(m, rnd.nextBoolean());
  }

  /**
   * Sparse, wide rows: many hidden cells per row, so the rectangle test builds each row's overlap
   * lists, and the same components come back when k returns to an earlier value.
   */
  @Test
  void largerSparseTableReusesComponentsAndMatchesFullAudit() {
    Random rnd = new Random(42);
    int[][] a = new int[60][];
    for (int r = 0; r < a.length; r++) {
      a[r] = new int[300];
      for (int c = 0; c < 300; c++) {
        // a ward sends children to schools near it (a band), most counts small
        int d = Math.floorMod(c - 5 * r, 300);
        if (d < 40 && rnd.nextDouble() < 0.7) {
          a[r][c] = rnd.nextDouble() < 0.55 ? 1 + rnd.nextInt(6) : 5 + rnd.nextInt(30);
        }
      }
    }
    int reused = checkSequence(Tables.matrix(a, false), false);
    assertTrue(reused > 0, "returning to an earlier k reuses audited components");
  }

  /** Returns how many protected quantities the incremental runs took from the cache. */
  private static int checkSequence(CountMatrix m, boolean roundToo) {
    PreparedTable incremental = PreparedTable.of(Tables.INFO, FlowFilter.ALL, m);
    incremental.setPatternCaching(false); // every step runs the suppressor and its audit
    int reused = 0;
    for (int step = 0; step < KS.length; step++) {
      DisclosurePolicy policy = DisclosurePolicy.DEFAULT.withK(KS[step]);
      if (roundToo && step % 3 == 2) {
        policy = policy.withRounding(5);
      }
      PublishedTable inc = incremental.publish(policy);
      PreparedTable freshTable = PreparedTable.of(Tables.INFO, FlowFilter.ALL, m);
      PublishedTable full = freshTable.publish(policy);
      assertTrue(inc.audit().passed(), "incremental audit passed at k = " + KS[step]);
      reused += inc.audit().reusedFromCache();
      assertEquals(0, full.audit().reusedFromCache(), "a fresh table has nothing cached");
      assertArrayEquals(states(full), states(inc), "same pattern at step " + step);
      assertEquals(
          full.audit().protectedQuantities(),
          inc.audit().protectedQuantities(),
          "same protected quantities at step " + step);
      assertEquals(0, exactFailures(freshTable, inc), "exact audit of the incremental pattern");
    }
    return reused;
  }

  private static CellStatus[] states(PublishedTable t) {
    int rows = t.wardCodes().size();
    int cols = t.schoolUrns().size();
    CellStatus[] out = new CellStatus[t.cellCount() + rows + cols + 1];
    for (int i = 0; i < t.cellCount(); i++) {
      out[i] = t.cellStatus(i);
    }
    for (int r = 0; r < rows; r++) {
      out[t.cellCount() + r] = t.wardTotal(r).status();
    }
    for (int c = 0; c < cols; c++) {
      out[t.cellCount() + rows + c] = t.schoolTotal(c).status();
    }
    out[out.length - 1] = t.grandTotal().status();
    return out;
  }

  private static int exactFailures(PreparedTable prepared, PublishedTable t) {
    int rows = t.wardCodes().size();
    int cols = t.schoolUrns().size();
    boolean[] cell = new boolean[t.cellCount()];
    for (int i = 0; i < cell.length; i++) {
      CellStatus s = t.cellStatus(i);
      cell[i] = s == CellStatus.SUPPRESSED_PRIMARY || s == CellStatus.SUPPRESSED_SECONDARY;
    }
    boolean[] row = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      row[r] = t.wardTotal(r).status().hidden();
    }
    boolean[] col = new boolean[cols];
    for (int c = 0; c < cols; c++) {
      col[c] = t.schoolTotal(c).status().hidden();
    }
    return PatternAudit.failures(
        prepared, cell, row, col, t.grandTotal().status().hidden(), t.protectionLevel(), null);
  }
}
