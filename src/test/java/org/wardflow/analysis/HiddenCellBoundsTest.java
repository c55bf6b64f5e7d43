package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wardflow.analysis.Fixtures.primary;
import static org.wardflow.analysis.Fixtures.pub;
import static org.wardflow.analysis.Fixtures.secondary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;

class HiddenCellBoundsTest {
  private static int cellOf(PublishedTable t, String ward, String urn) {
    int r = t.wardIndex(ward);
    int c = t.schoolIndex(urn);
    for (int i = t.rowStart(r); i < t.rowEnd(r); i++) {
      if (t.column(i) == c) {
        return i;
      }
    }
    throw new AssertionError("no cell " + ward + "/" + urn);
  }

  @Test
  void aLoneHiddenCellIsFixedByItsPublishedRowTotal() {
    PublishedTable t =
        Fixtures.publish(
            Fixtures.table().add("W1", "A", 12).add("W1", "B", 3).add("W1", "C", 7),
            DisclosurePolicy.DEFAULT);
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    int cell = cellOf(t, "W1", "B");
    assertEquals(3, b.lower(cell)); // 22 − 12 − 7
    assertEquals(3, b.upper(cell));
    assertEquals(12, b.lower(cellOf(t, "W1", "A")));
    assertEquals(12, b.upper(cellOf(t, "W1", "A")));
  }

  @Test
  void twoPrimaryCellsShareWhatTheTotalLeaves() {
    DisclosurePolicy noSchoolTotals = new DisclosurePolicy(5, 0, true, true, false, true, 5);
    PublishedTable t =
        Fixtures.publish(
            Fixtures.table().add("W1", "A", 12).add("W1", "B", 2).add("W1", "C", 3),
            noSchoolTotals);
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    // B + C = 17 − 12 = 5 with each in 1..4
    assertEquals(1, b.lower(cellOf(t, "W1", "B")));
    assertEquals(4, b.upper(cellOf(t, "W1", "B")));
    assertEquals(2.5, b.midpoint(cellOf(t, "W1", "C")), 1e-12);
  }

  @Test
  void secondaryCellIsBoundedByTheRowTotal() {
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, true, false, true, 5);
    PublishedTable t =
        Fixtures.handMade(
            p,
            List.of("W1"),
            List.of("A", "B", "C"),
            new PublishedValue[][] {{pub(10), primary(), secondary()}},
            new PublishedValue[] {pub(20)},
            new PublishedValue[] {
              Fixtures.notPublished(), Fixtures.notPublished(), Fixtures.notPublished()
            });
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    // B + C = 10, B in 1..4 → C in 6..9
    assertEquals(1, b.lower(1));
    assertEquals(4, b.upper(1));
    assertEquals(6, b.lower(2));
    assertEquals(9, b.upper(2));
  }

  @Test
  void secondaryCellWithoutTotalsFallsBackAndSaysSo() {
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, false, false, false, 5);
    PublishedTable t =
        Fixtures.handMade(
            p,
            List.of("W1"),
            List.of("A", "B"),
            new PublishedValue[][] {{pub(10), secondary()}},
            new PublishedValue[] {Fixtures.notPublished()},
            new PublishedValue[] {Fixtures.notPublished(), Fixtures.notPublished()});
    HiddenCellBounds b = HiddenCellBounds.fromPolicy(t);
    assertEquals(0, b.lower(1));
    assertEquals(10, b.upper(1)); // max(k − 1, largest published count in row/column)
    assertTrue(b.source().contains("1 cells with no usable total"), b.source());
  }

  @Test
  void roundedFiguresStandForTheValuesThatRoundToThem() {
    DisclosurePolicy p = DisclosurePolicy.DEFAULT.withRounding(5);
    assertBounds(8, 12, PolicyCellBounds.bounds(pub(10), p));
    assertBounds(5, 7, PolicyCellBounds.bounds(pub(5), p)); // released ⇒ at least k = 5
    assertBounds(0, 0, PolicyCellBounds.bounds(pub(0), p)); // 1..2 would have been suppressed
    assertBounds(
        15, 24, PolicyCellBounds.bounds(pub(20), DisclosurePolicy.DEFAULT.withRounding(10)));
    assertBounds(1, 4, PolicyCellBounds.bounds(primary(), p));
  }

  private static void assertBounds(long lo, long hi, long[] b) {
    assertEquals(lo, b[0], "lower");
    assertEquals(hi, b[1], "upper");
  }
}
