package org.wardflow.ui.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.testutil.GridFlows;
import org.wardflow.ui.BuiltInGeography;

/** Republishing: every change goes through the gate, off the UI thread, latest wins. */
class DisclosureViewModelTest {

  private static final class Manual implements Executor {
    final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
      queue.add(r);
    }

    void drain() {
      while (!queue.isEmpty()) {
        queue.poll().run();
      }
    }
  }

  /** No published cell or total lies in 1..k−1. */
  private static void assertNoSmallFigures(PublishedTable t) {
    int k = t.policy().k();
    t.forEachCell(
        (r, c, v) -> {
          if (v.isPublished()) {
            assertFalse(v.value() >= 1 && v.value() < k, "published cell " + v.value());
          }
        });
    for (int r = 0; r < t.wardCodes().size(); r++) {
      var v = t.wardTotal(r);
      assertFalse(v.isPublished() && v.value() >= 1 && v.value() < k, "ward total " + v);
    }
  }

  @Test
  void aTableIsPublishedAtOnceAndAgainWhenThePolicyChanges() {
    DisclosureViewModel vm = new DisclosureViewModel(Runnable::run, Runnable::run);
    assertNull(vm.getPublished());
    vm.tableProperty().set(GridFlows.table());
    PublishedTable five = vm.getPublished();
    assertNotNull(five);
    assertEquals(5, five.policy().k());
    assertNoSmallFigures(five);
    assertTrue(five.wardTotal(BuiltInGeography.wardCode(1)).isSuppressed(), "total 2 hidden");
    assertTrue(five.audit().passed());

    vm.setPolicy(vm.getPolicy().withK(0));
    PublishedTable open = vm.getPublished();
    assertNotSame(five, open);
    assertEquals(2, open.wardTotal(BuiltInGeography.wardCode(1)).value(), "k = 0 hides nothing");
    assertEquals(0, open.summary().cellsSuppressed());

    vm.setPolicy(vm.getPolicy().withK(10).withRounding(5));
    PublishedTable ten = vm.getPublished();
    assertNoSmallFigures(ten);
    ten.forEachCell(
        (r, c, v) -> {
          if (v.isPublished()) {
            assertEquals(0, v.value() % 5, "rounded to 5: " + v.value());
          }
        });
    assertFalse(vm.publishingProperty().get());
  }

  @Test
  void quickChangesSkipIntermediatePoliciesAndShowOnlyTheLast() {
    Manual bg = new Manual();
    DisclosureViewModel vm = new DisclosureViewModel(bg, Runnable::run);
    List<Integer> shownK = new ArrayList<>();
    vm.publicationProperty()
        .addListener(
            (obs, o, p) -> {
              if (p.cyp() != null) {
                shownK.add(p.cyp().policy().k());
              }
            });
    vm.tableProperty().set(GridFlows.table()); // k = 5, starts running
    for (int k = 6; k <= 12; k++) {
      vm.setPolicy(vm.getPolicy().withK(k)); // the slider moving
    }
    assertTrue(vm.publishingProperty().get(), "publishing while the slider moves");
    bg.drain();
    assertEquals(List.of(12), shownK, "only the last policy is shown");
    assertEquals(2, vm.runs(), "the first run, then the last policy; the others skipped");
    assertFalse(vm.publishingProperty().get());
    assertEquals(12, vm.getPublished().policy().k());
  }

  @Test
  void theFlowTableIsPublishedUnderTheSamePolicy() {
    DisclosureViewModel vm = new DisclosureViewModel(Runnable::run, Runnable::run);
    FlowTable cyp = GridFlows.table();
    vm.tableProperty().set(cyp);
    assertSame(vm.getPublished(), vm.publicationProperty().get().flows(), "same table: same");
    FlowTable other = GridFlows.table();
    vm.flowTableProperty().set(other);
    var p = vm.publicationProperty().get();
    assertNotSame(p.cyp(), p.flows());
    assertEquals(p.cyp().policy(), p.flows().policy());
    vm.setPolicy(DisclosurePolicy.DEFAULT.withK(7));
    assertEquals(7, vm.publicationProperty().get().flows().policy().k());
  }

  @Test
  void aFilterPublishesTheSubTable() {
    DisclosureViewModel vm = new DisclosureViewModel(Runnable::run, Runnable::run);
    vm.setPolicy(DisclosurePolicy.DEFAULT.withK(0));
    vm.tableProperty().set(GridFlows.table());
    int all = vm.getPublished().grandTotal().value();
    vm.filterProperty().set(new FlowFilter(null, java.util.Set.of("11-18"), null));
    int older = vm.getPublished().grandTotal().value();
    int expected = 0;
    for (int[] row : GridFlows.COUNTS) {
      expected += row[1] + row[3] + row[5];
    }
    assertEquals(GridFlows.grandTotal(), all);
    assertEquals(expected, older);
  }

  @Test
  void feedbackTextsStateCountsNotValues() {
    DisclosureViewModel vm = new DisclosureViewModel(Runnable::run, Runnable::run);
    vm.tableProperty().set(GridFlows.table());
    var s = vm.getPublished().summary();
    String cells = DisclosureViewModel.cellsText(s);
    assertTrue(cells.contains(s.cellsSuppressedPrimary() + " primary"), cells);
    assertTrue(cells.contains(s.cellsSuppressedSecondary() + " secondary"), cells);
    assertTrue(DisclosureViewModel.peopleText(s).startsWith("People hidden: "));
    assertTrue(DisclosureViewModel.affectedText(s).contains("wards"));
    assertTrue(DisclosureViewModel.auditText(s.audit()).startsWith("Audit passed"));
  }

  @Test
  void auditRowsListHiddenFiguresWithRangesNeverCounts() {
    DisclosureViewModel vm = new DisclosureViewModel(Runnable::run, Runnable::run);
    vm.tableProperty().set(GridFlows.table());
    PublishedTable t = vm.getPublished();
    List<AuditRow> rows = AuditRow.of(t, BuiltInGeography.create());
    long hiddenCells = 0;
    for (int i = 0; i < t.cellCount(); i++) {
      CellStatus st = t.cellStatus(i);
      if (st == CellStatus.SUPPRESSED_PRIMARY || st == CellStatus.SUPPRESSED_SECONDARY) {
        hiddenCells++;
      }
    }
    assertEquals(hiddenCells, rows.stream().filter(r -> r.kind().equals("Cell")).count());
    for (AuditRow r : rows) {
      assertEquals("[c]", r.published());
      assertTrue(r.protectedEnough(), r + " is narrower than k although the audit passed");
    }
    assertTrue(
        rows.stream().anyMatch(r -> r.kind().equals("Ward total") && r.ward().contains("Brindle")),
        "the small total of Brindle Park (2) is listed");
  }
}
