package org.wardflow.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Geography;
import org.wardflow.testutil.GridFlows;
import org.wardflow.ui.BuiltInGeography;
import org.wardflow.ui.style.ChoroplethBuilder;
import org.wardflow.ui.style.ChoroplethMeasure;
import org.wardflow.ui.style.ChoroplethSettings;

/** Summary figures for the selection: published values only, hidden ones last by name. */
class SelectionSummaryTest {
  private final Geography geo = BuiltInGeography.create();

  private SelectionSummary summary(DisclosurePolicy p, SelectionSummary.Kind kind, String id) {
    PublishedTable t = DisclosureGate.publish(GridFlows.table(), FlowFilter.ALL, p);
    var c =
        ChoroplethBuilder.build(
            geo,
            t,
            GridFlows.children(),
            ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.COUNT),
            null,
            "");
    return SelectionSummary.of(geo, t, c, GridFlows.children(), kind, id, 12);
  }

  @Test
  void aWardListsTheSchoolsItsCypAttendWithRowShares() {
    SelectionSummary s =
        summary(
            DisclosurePolicy.DEFAULT.withK(0),
            SelectionSummary.Kind.WARD,
            BuiltInGeography.wardCode(2));
    assertEquals(BuiltInGeography.wardName(2), s.title());
    assertEquals("30", s.facts().get(0).value());
    assertEquals("CYP living here", s.facts().get(0).key());
    List<SelectionSummary.Row> rows = s.rows();
    assertEquals(2, rows.size());
    assertEquals(GridFlows.urn(2), rows.get(0).id(), "largest first");
    assertEquals("20", rows.get(0).value());
    assertEquals("67%", rows.get(0).share(), "20 of 30");
    assertEquals("33%", rows.get(1).share());
  }

  @Test
  void hiddenFiguresComeLastInNameOrderWithoutShares() {
    SelectionSummary s =
        summary(DisclosurePolicy.DEFAULT, SelectionSummary.Kind.WARD, BuiltInGeography.wardCode(0));
    List<SelectionSummary.Row> rows = s.rows();
    boolean seenHidden = false;
    String lastHiddenName = "";
    for (SelectionSummary.Row r : rows) {
      if (r.hidden()) {
        seenHidden = true;
        assertEquals("[c]", r.value());
        assertEquals("–", r.share());
        assertTrue(r.name().compareTo(lastHiddenName) >= 0, "hidden rows by name");
        lastHiddenName = r.name();
      } else {
        assertFalse(seenHidden, "published rows before hidden ones");
        assertFalse(r.value().equals("3"), "the small cell (3) is never shown");
      }
    }
    assertTrue(seenHidden, "ward 0 has a small cell (3) that must be hidden");
  }

  @Test
  void aSchoolListsTheWardsItsCypLiveIn() {
    SelectionSummary s =
        summary(DisclosurePolicy.DEFAULT.withK(0), SelectionSummary.Kind.SCHOOL, GridFlows.urn(5));
    assertEquals("CYP attending", s.facts().get(0).key());
    assertEquals("60", s.facts().get(0).value());
    assertEquals(3, s.rows().size());
    assertEquals(BuiltInGeography.wardName(10), s.rows().get(0).name());
    assertEquals("67%", s.rows().get(0).share(), "40 of 60");
  }

  @Test
  void theOverviewRanksWardsByTheMappedValue() {
    SelectionSummary s =
        summary(DisclosurePolicy.DEFAULT.withK(0), SelectionSummary.Kind.OVERVIEW, "");
    assertEquals(String.valueOf(GridFlows.grandTotal()), s.facts().get(0).value());
    assertEquals(BuiltInGeography.wardName(10), s.rows().get(0).name());
    assertEquals("43", s.rows().get(0).value());
  }
}
