package org.wardflow.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.ListComparison;
import org.wardflow.analysis.ListComparison.Agreement;
import org.wardflow.analysis.ListMatch;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.disclosure.CellStatus;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Phase;
import org.wardflow.render.WardFills;

/** The comparison's view model without a toolkit, on the demo city. */
class ComparisonViewModelTest {
  private static ComparisonInputs demo;

  @BeforeAll
  static void load() {
    demo = ComparisonInputs.demo();
  }

  private static ComparisonViewModel model() {
    ComparisonViewModel vm = new ComparisonViewModel(demo.geography());
    vm.indicators().setAll(demo.indicators());
    vm.allPupilsProperty().set(demo.allPupils().getValue());
    vm.cypProperty().set(demo.cyp().getValue());
    vm.loadList(demo.list());
    vm.rankNow();
    return vm;
  }

  @Test
  void agreementCategoriesFollowTheTopKAndTheList() {
    ComparisonViewModel vm = model();
    ListComparison c = vm.getComparison();
    assertNotNull(c);
    Set<String> top = new HashSet<>(vm.topKUrns());
    Set<String> list = new HashSet<>(vm.listUrns());
    assertEquals(ComparisonViewModel.DEFAULT_K, top.size());
    assertFalse(list.isEmpty());
    Set<String> union = new HashSet<>(top);
    union.addAll(list);
    for (String u : union) {
      Agreement expected =
          top.contains(u) && list.contains(u)
              ? Agreement.BOTH
              : top.contains(u) ? Agreement.ANALYSIS_ONLY : Agreement.LIST_ONLY;
      assertEquals(expected, vm.agreementOf(u).orElseThrow(), u);
    }
    // a school in neither group has no category
    String outsider =
        demo.geography().schools().schools().stream()
            .map(s -> s.urn())
            .filter(u -> !union.contains(u))
            .findFirst()
            .orElseThrow();
    assertTrue(vm.agreementOf(outsider).isEmpty());
    // the demo list was built to overlap only partly with the top schools
    long both = union.stream().filter(u -> top.contains(u) && list.contains(u)).count();
    assertTrue(both > 0 && both < list.size(), "partial overlap, was " + both);
    assertEquals(both, c.overlap());
  }

  @Test
  void changingKRecomparesWithoutReranking() {
    ComparisonViewModel vm = model();
    var ranking = vm.rankingProperty().get();
    int overlap10 = vm.getComparison().overlap();
    vm.kProperty().set(3);
    assertEquals(3, vm.getComparison().k());
    assertEquals(3, vm.topKUrns().size());
    assertTrue(vm.getComparison().overlap() <= overlap10);
    assertEquals(
        ranking.topK(3).stream().map(RankedSchool::urn).toList(), vm.topKUrns(), "rank order");
    assertTrue(ranking == vm.rankingProperty().get(), "k alone does not re-rank");
    long analysisRows =
        vm.rows().stream().filter(r -> r.agreement() != Agreement.LIST_ONLY).count();
    assertEquals(3, analysisRows);
    vm.kProperty().set(25);
    assertEquals(25, vm.topKUrns().size());
    assertTrue(vm.getComparison().overlap() >= overlap10);
    vm.kProperty().set(100_000);
    assertEquals(ranking.size(), vm.getComparison().k(), "k is capped at the number ranked");
  }

  @Test
  void changingTheMeasureRequestsANewRanking() {
    ComparisonViewModel vm = model();
    var before = vm.rankingRequestProperty().get();
    vm.measureProperty().set(SchoolMeasure.RATE_PER_100_PUPILS);
    var after = vm.rankingRequestProperty().get();
    assertNotEquals(before.generation(), after.generation());
    assertEquals(SchoolMeasure.RATE_PER_100_PUPILS, after.options().measure());
    assertTrue(vm.busyProperty().get());
    assertFalse(vm.accept(before, before.run()), "a superseded result is ignored");
    vm.rankNow();
    assertFalse(vm.busyProperty().get());
    assertEquals(SchoolMeasure.RATE_PER_100_PUPILS, vm.rankingProperty().get().measure());
    vm.smoothingProperty().set(true);
    assertTrue(vm.rankingRequestProperty().get().options().smoothing());
    vm.measureProperty().set(SchoolMeasure.EXPOSURE_INDEX);
    assertFalse(vm.rankingRequestProperty().get().options().smoothing(), "rates only");
    assertNotNull(vm.indicatorProperty().get(), "an indicator is chosen for the exposure index");
    vm.rankNow();
    assertEquals(SchoolMeasure.EXPOSURE_INDEX, vm.rankingProperty().get().measure());
  }

  @Test
  void thePhaseFilterRanksAndShowsOnlyThatPhase() {
    ComparisonViewModel vm = model();
    vm.phaseProperty().set(Phase.SECONDARY);
    vm.rankNow();
    assertTrue(
        vm.rankingProperty().get().ranked().stream()
            .allMatch(r -> r.school().phase() == Phase.SECONDARY));
    assertTrue(vm.rows().stream().allMatch(r -> r.school().phase() == Phase.SECONDARY));
    long listOutside =
        vm.listUrns().stream()
            .map(u -> demo.geography().schools().byUrn(u).orElseThrow())
            .filter(s -> s.phase() != Phase.SECONDARY)
            .count();
    assertTrue(listOutside > 0, "the demo list has primaries and a PRU");
    assertFalse(vm.hiddenRowsNoteProperty().get().isEmpty());
  }

  @Test
  void rejectingAMatchTakesTheSchoolOffTheList() {
    ComparisonViewModel vm = model();
    ListMatch first = vm.matchReportProperty().get().accepted().get(0);
    String urn = first.school().urn();
    assertTrue(vm.listUrns().contains(urn));
    vm.decide(first, false);
    assertFalse(vm.listUrns().contains(urn));
    ListMatch rejected = vm.matchReportProperty().get().atLine(first.entry().line()).orElseThrow();
    vm.decide(rejected, true);
    assertTrue(vm.listUrns().contains(urn));
  }

  @Test
  void selectingASchoolFillsTheWardsItsCypComeFrom() {
    ComparisonViewModel vm = model();
    PublishedTable t = demo.cyp().getValue();
    // the best-ranked school with at least one published (non-zero) ward cell
    String urn =
        vm.rankingProperty().get().ranked().stream()
            .map(RankedSchool::urn)
            .filter(u -> hasPublishedCell(t, u))
            .findFirst()
            .orElseThrow();
    vm.selectSchool(urn);
    assertEquals(urn, vm.selectedUrn());
    WardFills f = vm.overlayProperty().get().sourceFills();
    int col = t.schoolIndex(urn);
    Set<String> published = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    for (int r = 0; r < t.wardCodes().size(); r++) {
      int cell = t.find(r, col);
      if (cell < 0) {
        continue;
      }
      PublishedValue v = t.cell(cell);
      if (v.isPublished() && v.value() > 0) {
        published.add(t.wardCodes().get(r));
      } else if (!v.isPublished() && v.status() != CellStatus.NOT_PUBLISHED) {
        hidden.add(t.wardCodes().get(r));
      }
    }
    assertFalse(published.isEmpty());
    assertFalse(hidden.isEmpty(), "the demo hides most cells at k = 5");
    assertEquals(published, f.argb().keySet(), "published cells only, by ward");
    assertEquals(hidden, f.suppressed(), "hidden cells hatched, never given a colour");
    assertFalse(vm.sourceLegend().isEmpty());
    // larger counts never get a paler class (Blues darkens with the class)
    List<String> wards = List.copyOf(published);
    for (String a : wards) {
      for (String b : wards) {
        int va = t.get(a, urn).value();
        int vb = t.get(b, urn).value();
        if (va > vb) {
          assertTrue(
              luminance(f.argb().get(a)) <= luminance(f.argb().get(b)),
              a + " (" + va + ") vs " + b + " (" + vb + ")");
        }
      }
    }
    vm.selectSchool(null);
    assertEquals(WardFills.NONE, vm.overlayProperty().get().sourceFills());
    assertTrue(vm.sourceLegend().isEmpty());
  }

  private static boolean hasPublishedCell(PublishedTable t, String urn) {
    int col = t.schoolIndex(urn);
    for (int r = 0; r < t.wardCodes().size(); r++) {
      int cell = t.find(r, col);
      if (cell >= 0 && t.cell(cell).isPublished() && t.cell(cell).value() > 0) {
        return true;
      }
    }
    return false;
  }

  private static double luminance(int argb) {
    return 0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff);
  }

  @Test
  void agreementColoursAreDistinctAndFromAColourBlindSafeScheme() {
    assertTrue(AgreementColours.QUALITATIVE.colorBlindSafe(3));
    Set<Integer> c = new HashSet<>();
    for (Agreement a : Agreement.values()) {
      c.add(AgreementColours.of(a));
    }
    c.add(AgreementColours.OTHER);
    assertEquals(4, c.size());
  }
}
