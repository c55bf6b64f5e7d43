package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wardflow.model.FlowFilter;

/** Edge cases of the gate and the published table, each checked against worked-out answers. */
class PublishedTableTest {
  private static final DisclosurePolicy K5 = DisclosurePolicy.DEFAULT;

  @Test
  void aSingleSmallCellHidesItsTotalsToo() {
    PublishedTable t = Tables.prepared(new int[][] {{3}}).publish(K5);
    assertEquals(CellStatus.SUPPRESSED_PRIMARY, t.cell(0).status());
    assertFalse(t.wardTotal(0).isPublished());
    assertFalse(t.schoolTotal(0).isPublished());
    assertFalse(t.grandTotal().isPublished());
    assertEquals(new Interval(1, Interval.UNBOUNDED), t.hiddenInterval(0));
    assertEquals(1, t.summary().cellsSuppressedPrimary());
    assertEquals(3, t.summary().totalsSuppressedPrimary());
  }

  @Test
  void aSmallCellBesideALargeOneInARowIsProtectedByTheLargeOne() {
    // one row: 2 and 20; row total 22 published: 2 alone would be recoverable as 22 − 20
    DisclosurePolicy rowOnly = K5.withTotals(true, false, false);
    PublishedTable t = Tables.prepared(new int[][] {{2, 20}}).publish(rowOnly);
    assertEquals(CellStatus.SUPPRESSED_PRIMARY, t.cell(0).status());
    assertEquals(CellStatus.SUPPRESSED_SECONDARY, t.cell(1).status());
    // 1 <= x <= 21 and x + y = 22
    assertEquals(new Interval(1, 21), t.hiddenInterval(0));
    assertEquals(new Interval(1, 21), t.hiddenInterval(1));
    assertEquals(22, t.wardTotal(0).value());
  }

  @Test
  void aSmallTotalIsProtectedThroughItsColumn() {
    // rows: {1, 2} (ward total 3 < 5) and {30, 40}; all totals published where allowed
    PublishedTable t = Tables.prepared(new int[][] {{1, 2}, {30, 40}}).publish(K5);
    assertFalse(t.wardTotal(0).isPublished(), "ward total 3 is itself small");
    assertTrue(t.wardTotalInterval(0).width() >= 5, "and cannot be worked out from the columns");
    for (int i = 0; i < t.cellCount(); i++) {
      if (t.cell(i).isSuppressed()) {
        assertTrue(t.hiddenInterval(i).width() >= 5);
      }
    }
  }

  @Test
  void noSuppressionWhenKIsZeroOrOne() {
    int[][] a = {{1, 2}, {3, 40}};
    for (int k : new int[] {0, 1}) {
      PublishedTable t = Tables.prepared(a).publish(K5.withK(k));
      for (int i = 0; i < t.cellCount(); i++) {
        assertTrue(t.cell(i).isPublished());
      }
      assertEquals(AuditReport.Status.NOT_NEEDED, t.audit().status());
      assertEquals(46, t.grandTotal().value());
    }
  }

  @Test
  void allCellsBelowKAreAllHidden() {
    PublishedTable t = Tables.prepared(new int[][] {{1, 2, 3}, {4, 1, 2}}).publish(K5);
    for (int i = 0; i < t.cellCount(); i++) {
      assertEquals(CellStatus.SUPPRESSED_PRIMARY, t.cell(i).status());
      assertTrue(t.hiddenInterval(i).width() >= 5);
    }
    assertEquals(6, t.summary().cellsSuppressedPrimary());
    assertEquals("about 15", t.summary().peopleHidden()); // 13 people, rounded to 5
  }

  @Test
  void zerosArePublishedOrHiddenButNeverUsedAsComplements() {
    int[][] a = {{2, 0, 30}, {0, 25, 40}};
    PublishedTable shown =
        PreparedTable.of(Tables.INFO, FlowFilter.ALL, Tables.matrix(a, true)).publish(K5);
    PublishedTable hidden =
        PreparedTable.of(Tables.INFO, FlowFilter.ALL, Tables.matrix(a, true))
            .publish(K5.withZeros(false));
    for (PublishedTable t : new PublishedTable[] {shown, hidden}) {
      int zero = t.find(0, 1);
      assertFalse(t.cell(zero).isSuppressed(), "a zero is never a complement");
      assertEquals(Interval.exactly(0), t.hiddenInterval(zero));
    }
    assertEquals(PublishedValue.ZERO, shown.cell(shown.find(0, 1)));
    assertEquals(CellStatus.NOT_PUBLISHED, hidden.cell(hidden.find(0, 1)).status());
    assertEquals("–", hidden.cell(hidden.find(0, 1)).label(5));
  }

  @Test
  void unpublishedKindsOfTotalsAreMarkedNotPublished() {
    PublishedTable t =
        Tables.prepared(new int[][] {{12, 30}, {7, 9}}).publish(K5.withTotals(false, true, false));
    assertEquals(CellStatus.NOT_PUBLISHED, t.wardTotal(0).status());
    assertEquals(CellStatus.NOT_PUBLISHED, t.grandTotal().status());
    assertEquals(19, t.schoolTotal(0).value());
    assertEquals(new Interval(42, 42), t.wardTotalInterval(0), "all its cells are published");
  }

  @Test
  void roundedFiguresAndIndependentlyRoundedTotals() {
    // cells 12 and 13 round to 10 and 15; their total 25 rounds to 25, not 10 + 15
    PublishedTable t = Tables.prepared(new int[][] {{12, 13}}).publish(K5.withRounding(5));
    assertEquals(10, t.cell(0).value());
    assertEquals(15, t.cell(1).value());
    assertEquals(25, t.wardTotal(0).value());
    assertEquals(new Interval(8, 12), t.cellInterval(0));
  }

  @Test
  void summaryDescribesWhatWasDone() {
    PublishedTable t =
        Tables.prepared(new int[][] {{2, 20, 31}, {15, 3, 44}, {26, 18, 37}}).publish(K5);
    PublicationSummary s = t.summary();
    assertEquals(2, s.cellsSuppressedPrimary());
    assertTrue(s.cellsSuppressedSecondary() >= 2);
    assertEquals(9 - s.cellsSuppressed(), s.cellsPublished());
    assertTrue(
        s.describe().startsWith(s.cellsSuppressed() + " cells suppressed (2 primary, "),
        s.describe());
    assertTrue(s.describe().endsWith("each uncertain by at least 5"), s.describe());
    assertTrue(s.peopleHidden().startsWith("about ") || s.peopleHidden().equals("fewer than 10"));
  }

  @Test
  void peopleHiddenIsRoundedAndNeverExactWhenSmall() {
    assertEquals("none", PublicationSummary.roundPeople(0, 0)[1]);
    assertEquals("fewer than 10", PublicationSummary.roundPeople(7, 0)[1]);
    assertEquals("about 40", PublicationSummary.roundPeople(41, 0)[1]);
    assertEquals("about 45", PublicationSummary.roundPeople(43, 5)[1]);
    assertEquals("about 40", PublicationSummary.roundPeople(43, 10)[1]);
  }

  @Test
  void anUnchangedComponentIsNotSolvedAgain() {
    // two blocks that share no ward and no school: forcing a cell of the second block hidden
    // leaves the first block's component exactly as it was
    int[][] a = new int[6][6];
    int[][] block = {{2, 14, 21}, {17, 3, 26}, {22, 19, 1}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        a[r][c] = block[r][c];
        a[r + 3][c + 3] = block[r][c] + 10;
      }
    }
    DisclosurePolicy rowsAndColumns = K5.withTotals(true, true, false);
    PreparedTable pt = Tables.prepared(a);
    PublishedTable first = pt.publish(rowsAndColumns);
    int hiddenInFirstBlock = 0;
    for (int i = 0; i < first.cellCount(); i++) {
      if (first.cell(i).isSuppressed() && first.row(i) < 3) {
        hiddenInFirstBlock++;
      }
    }
    assertTrue(hiddenInFirstBlock >= 3);
    int secondBlockCell = pt.find(4, 4); // 13: published in the first run
    assertTrue(first.cell(secondBlockCell).isPublished());
    PublishedTable forced =
        pt.publish(
            rowsAndColumns, new Forced(new int[] {secondBlockCell}, new int[0], new int[0], false));
    assertTrue(forced.cell(secondBlockCell).isSuppressed());
    assertTrue(
        forced.audit().reusedFromCache() >= hiddenInFirstBlock,
        "first block reused: " + forced.audit());
    for (int i = 0; i < first.cellCount(); i++) {
      if (first.row(i) < 3) {
        assertEquals(first.cell(i), forced.cell(i));
      }
    }
  }

  @Test
  void thePublicAuditListsEveryProtectedFigureNarrowestFirst() {
    PublishedTable t = Tables.prepared(new int[][] {{1, 2}, {30, 40}}).publish(K5);
    java.util.List<Audit.Finding> f = Audit.findings(t);
    long cells = 0;
    for (int i = 0; i < t.cellCount(); i++) {
      cells += t.cell(i).isSuppressed() ? 1 : 0;
    }
    assertTrue(
        f.stream().anyMatch(x -> x.kind().equals("ward total") && x.wardCode().equals("W0")));
    assertEquals(cells, f.stream().filter(x -> x.kind().equals("cell")).count());
    for (int i = 1; i < f.size(); i++) {
      assertTrue(f.get(i - 1).interval().width() <= f.get(i).interval().width());
    }
    assertTrue(f.stream().allMatch(Audit.Finding::passes));
    assertEquals(AuditReport.Status.PASSED, Audit.check(t).status());
    assertEquals(
        AuditReport.Status.NOT_NEEDED,
        Audit.check(Tables.prepared(new int[][] {{9}}).publish(K5)).status());
  }

  @Test
  void thePublicAuditCatchesAPatternThatIsTooThin() {
    // a hand-made, unsafe publication: 2 hidden alone in a row whose total is published
    PreparedTable pt = Tables.prepared(new int[][] {{2, 20}});
    PublishedTable unsafe =
        new PublishedTable(
            pt.info,
            K5.withTotals(true, false, false),
            pt.filter,
            pt.wardCodes,
            pt.schoolUrns,
            pt.rowStart,
            pt.col,
            pt.cellRow,
            new byte[] {(byte) CellStatus.SUPPRESSED_PRIMARY.ordinal(), 0},
            new int[] {0, 20},
            new PublishedValue[] {PublishedValue.published(22)},
            new PublishedValue[] {
              PublishedValue.hidden(CellStatus.NOT_PUBLISHED),
              PublishedValue.hidden(CellStatus.NOT_PUBLISHED)
            },
            PublishedValue.hidden(CellStatus.NOT_PUBLISHED),
            null);
    assertEquals(Interval.exactly(2), unsafe.hiddenInterval(0));
    AuditReport r = Audit.check(unsafe);
    assertEquals(AuditReport.Status.FAILED, r.status());
    assertEquals(1, r.failures());
    assertTrue(r.describe().startsWith("Audit FAILED: 1 of 1"), r.describe());
  }

  @Test
  void lookupsByCode() {
    PublishedTable t = Tables.prepared(new int[][] {{12, 0}, {0, 30}}).publish(K5);
    assertEquals(12, t.get("W0", "100000").value());
    assertEquals(PublishedValue.ZERO, t.get("W0", "100001"), "structural zero");
    assertEquals(PublishedValue.ZERO, t.get("nowhere", "100000"));
    assertEquals(30, t.wardTotal("W1").value());
    assertEquals(12, t.schoolTotal("100000").value());
    assertEquals(-1, t.wardIndex("nowhere"));
  }
}
