package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.RankingInput;
import org.wardflow.analysis.RankingOptions;
import org.wardflow.analysis.RankingResult;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.analysis.SchoolRanker;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.Geography;

/** Report tables built from published figures: matrix, ranking, totals; shapes checked. */
class ReportTableTest {
  final Geography geo = ExportFixtures.geography();
  final PublishedTable t = ExportFixtures.published();

  @Test
  void matrixOfChosenSchools() {
    List<String> urns = List.of("100003", "100001");
    ReportTable m = ReportTable.matrix(t, geo, urns);
    assertEquals(
        List.of("Ward", "Southfield High", "Northgate Academy", "Ward total"),
        m.columns().stream().map(ReportTable.Column::header).toList());
    assertEquals(t.wardCodes().size(), m.rows().size());
    for (int r = 0; r < t.wardCodes().size(); r++) {
      List<String> row = m.rows().get(r);
      for (int j = 0; j < urns.size(); j++) {
        int col = t.schoolIndex(urns.get(j));
        int cell = t.find(r, col);
        String want = cell < 0 ? "" : t.cell(cell).label(5);
        assertEquals(want, row.get(1 + j), t.wardCodes().get(r) + " → " + urns.get(j));
      }
      assertEquals(t.wardTotal(r).label(5), row.get(3));
    }
    assertTrue(m.rows().stream().anyMatch(r -> r.contains("[c]")));
    assertTrue(m.rows().stream().anyMatch(r -> r.contains("")), "the island sends no one here");
  }

  @Test
  void rankingCarriesItsUncertaintyAndPublishedTotals() {
    RankingResult r =
        SchoolRanker.rank(
            RankingInput.of(t, geo.schools()),
            RankingOptions.defaults(SchoolMeasure.CYP_COUNT).withDraws(200));
    ReportTable rt = ReportTable.ranking(r);
    assertEquals(r.ranked().size(), rt.rows().size());
    for (int i = 0; i < r.ranked().size(); i++) {
      RankedSchool s = r.ranked().get(i);
      List<String> row = rt.rows().get(i);
      assertEquals(s.rankLabel(), row.get(0));
      assertEquals(s.school().name(), row.get(1));
      assertEquals(s.cypTotal().label(5), row.get(3), "the published total, as released");
    }
    assertTrue(rt.notes().get(0).startsWith("Exploratory, not predictive"), rt.notes().toString());
  }

  @Test
  void totalsTables() {
    ReportTable w = ReportTable.wardTotals(t, geo);
    ReportTable s = ReportTable.schoolTotals(t, geo);
    assertEquals(t.wardCodes().size(), w.rows().size());
    assertEquals(t.schoolUrns().size(), s.rows().size());
    // school totals largest first, hidden last
    List<String> shown = s.rows().stream().map(r -> r.get(3)).toList();
    for (int i = 1; i < shown.size(); i++) {
      if (!shown.get(i).equals("[c]")) {
        assertTrue(
            !shown.get(i - 1).equals("[c]")
                && Integer.parseInt(shown.get(i - 1)) >= Integer.parseInt(shown.get(i)),
            shown.toString());
      }
    }
  }

  @Test
  void rowsMustFitTheColumns() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ReportTable(
                    "x",
                    List.of(ReportTable.Column.text("a", 1)),
                    List.of(List.of("1", "2")),
                    List.of()));
    assertTrue(e.getMessage().contains("row 1 has 2 cells for 1 columns"), e.getMessage());
  }
}
