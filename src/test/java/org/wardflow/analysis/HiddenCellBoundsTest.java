package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wardflow.analysis.Fixtures.notPublished;
import static org.wardflow.analysis.Fixtures.primary;
import static org.wardflow.analysis.Fixtures.pub;
import static org.wardflow.analysis.Fixtures.secondary;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.FlowTable;

class HiddenCellBoundsTest {
  private static final DisclosurePolicy K5 = new DisclosurePolicy(5, 0, true, true, true, true, 5);

  /** A one-row grid of cells (one per column) with the given row and column totals. */
  private static PolicyCellBounds oneRow(
      DisclosurePolicy p, PublishedValue rowTotal, PublishedValue colTotal, PublishedValue... c) {
    int[] cols = new int[c.length];
    PublishedValue[] colTotals = new PublishedValue[c.length];
    for (int i = 0; i < c.length; i++) {
      cols[i] = i;
      colTotals[i] = colTotal;
    }
    return PolicyCellBounds.compute(
        new PolicyCellBounds.Grid(
            new int[] {0, c.length}, cols, c, new PublishedValue[] {rowTotal}, colTotals),
        p);
  }

  @Test
  void aLoneHiddenCellIsFixedByItsPublishedRowTotal() {
    // 12 + [hidden] + 7 = 22
    PolicyCellBounds b = oneRow(K5, pub(22), notPublished(), pub(12), primary(), pub(7));
    assertEquals(3, b.lower(1));
    assertEquals(3, b.upper(1));
    assertEquals(12, b.lower(0));
    assertEquals(12, b.upper(0));
  }

  @Test
  void twoPrimaryCellsShareWhatTheTotalLeaves() {
    // B + C = 17 − 12 = 5 with each in 1..4
    PolicyCellBounds b = oneRow(K5, pub(17), notPublished(), pub(12), primary(), primary());
    assertEquals(1, b.lower(1));
    assertEquals(4, b.upper(1));
    assertEquals(2.5, b.midpoint(2), 1e-12);
  }

  @Test
  void primaryAndSecondaryCellsAreBoundedAlikeByTheRowTotal() {
    // B + C = 10: a reader cannot tell which was the small count, so each is in 1..9 either way
    PolicyCellBounds b = oneRow(K5, pub(20), notPublished(), pub(10), primary(), secondary());
    PolicyCellBounds swapped = oneRow(K5, pub(20), notPublished(), pub(10), secondary(), primary());
    for (int cell = 1; cell <= 2; cell++) {
      assertEquals(1, b.lower(cell));
      assertEquals(9, b.upper(cell));
      assertEquals(b.lower(cell), swapped.lower(cell));
      assertEquals(b.upper(cell), swapped.upper(cell));
    }
  }

  @Test
  void columnTotalsNarrowToo() {
    // two rows, one column: 8 + [hidden] = column total 10, no row totals
    PolicyCellBounds b =
        PolicyCellBounds.compute(
            new PolicyCellBounds.Grid(
                new int[] {0, 1, 2},
                new int[] {0, 0},
                new PublishedValue[] {pub(8), secondary()},
                new PublishedValue[] {notPublished(), notPublished()},
                new PublishedValue[] {pub(10)}),
            K5);
    assertEquals(2, b.lower(1));
    assertEquals(2, b.upper(1));
  }

  @Test
  void hiddenCellThatNoTotalBoundsIsASmallCountAndSaysSo() {
    // complements are only chosen in lines with a published total: this one is a small count
    PolicyCellBounds b = oneRow(K5, notPublished(), notPublished(), pub(10), secondary());
    assertEquals(1, b.lower(1));
    assertEquals(4, b.upper(1));
    assertTrue(b.source().contains("1 cell that no published total bounds"), b.source());
  }

  @Test
  void roundedFiguresStandForTheValuesThatRoundToThem() {
    DisclosurePolicy p = DisclosurePolicy.DEFAULT.withRounding(5);
    assertBounds(8, 12, PolicyCellBounds.bounds(pub(10), p));
    assertBounds(5, 7, PolicyCellBounds.bounds(pub(5), p)); // released ⇒ at least k = 5
    assertBounds(0, 0, PolicyCellBounds.bounds(pub(0), p)); // 1..2 would have been suppressed
    assertBounds(
        15, 24, PolicyCellBounds.bounds(pub(20), DisclosurePolicy.DEFAULT.withRounding(10)));
    // hidden: at least 1, and nothing about the status narrows it further
    assertEquals(1, PolicyCellBounds.bounds(primary(), p)[0]);
    assertEquals(
        PolicyCellBounds.bounds(primary(), p)[1], PolicyCellBounds.bounds(secondary(), p)[1]);
  }

  /**
   * Whatever the gate hides (primary only, or secondary suppression as well), the bounds from the
   * policy always contain the true count, and published cells are exact.
   */
  @Test
  void boundsFromTheGateAlwaysContainTheTruth() {
    Random r = new Random(9);
    DisclosurePolicy[] policies = {
      K5,
      new DisclosurePolicy(5, 0, true, false, false, false, 5),
      new DisclosurePolicy(5, 0, true, true, false, true, 5),
      new DisclosurePolicy(3, 0, false, false, true, false, 3),
      new DisclosurePolicy(5, 5, true, true, true, true, 5)
    };
    for (int trial = 0; trial < 60; trial++) {
      DisclosurePolicy policy = policies[trial % policies.length];
      int wards = 2 + r.nextInt(5);
      int schools = 2 + r.nextInt(5);
      int[][] truth = new int[wards][schools];
      FlowTable.Builder b = Fixtures.table();
      for (int w = 0; w < wards; w++) {
        for (int s = 0; s < schools; s++) {
          truth[w][s] = r.nextInt(3) == 0 ? 0 : r.nextInt(15);
          if (truth[w][s] > 0) {
            b.add("W" + w, "S" + s, truth[w][s]);
          }
        }
      }
      if (b.size() == 0) {
        continue;
      }
      PublishedTable t = Fixtures.publish(b, policy);
      HiddenCellBounds hb = HiddenCellBounds.fromPolicy(t);
      for (int row = 0; row < t.wardCodes().size(); row++) {
        int w = Integer.parseInt(t.wardCodes().get(row).substring(1));
        for (int i = t.rowStart(row); i < t.rowEnd(row); i++) {
          int s = Integer.parseInt(t.schoolUrns().get(t.column(i)).substring(1));
          int v = truth[w][s];
          assertTrue(
              hb.lower(i) <= v && v <= hb.upper(i),
              "cell " + w + "/" + s + " = " + v + " outside " + hb.lower(i) + ".." + hb.upper(i));
          if (t.cell(i).isPublished() && policy.roundingBase() == 0) {
            assertEquals(v, hb.lower(i));
            assertEquals(v, hb.upper(i));
          }
        }
      }
    }
  }

  private static void assertBounds(long lo, long hi, long[] b) {
    assertEquals(lo, b[0], "lower");
    assertEquals(hi, b[1], "upper");
  }
}
