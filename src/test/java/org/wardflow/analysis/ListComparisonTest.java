package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wardflow.analysis.Fixtures.school;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListEntry;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.Phase;
import org.wardflow.model.SchoolLayer;

class ListComparisonTest {
  private static final String[] URNS = {"A", "B", "C", "D", "E", "F", "G", "H"};
  private static final int[] COUNTS = {50, 40, 30, 20, 10, 5, 2, 0};

  private static RankingResult ranking() {
    List<org.wardflow.model.School> s = new ArrayList<>();
    for (String u : URNS) {
      s.add(school(u, "School " + u, Phase.PRIMARY, 300, "X"));
    }
    s.add(school("N", "Nursery N", Phase.NURSERY, 50, "X"));
    SchoolLayer layer = new SchoolLayer("s", s);
    return SchoolRanker.rank(
        RankingInput.of(Fixtures.oneWard(URNS, COUNTS, Fixtures.OPEN), layer),
        RankingOptions.defaults(SchoolMeasure.CYP_COUNT)
            .withFilter(SchoolFilter.phases(Phase.PRIMARY, Phase.SECONDARY)));
  }

  private static VruListEntry entry(int line, String urn, Integer priority, String tier) {
    return new VruListEntry(
        line,
        urn,
        "",
        "",
        "",
        priority == null ? OptionalInt.empty() : OptionalInt.of(priority),
        tier,
        "");
  }

  private static MatchReport list(RankingResult r, VruListEntry... e) {
    VruList l = new VruList(Path.of("list.csv"), DatasetInfo.ofFile("l", "l", ""), List.of(e));
    return ListMatcher.match(l, r.input().schools());
  }

  @Test
  void statisticsByHand() {
    RankingResult r = ranking();
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7, 8), r.ranked().stream().map(RankedSchool::rank).toList());
    MatchReport m =
        list(
            r,
            entry(2, "C", 1, ""),
            entry(3, "A", 2, ""),
            entry(4, "F", 3, ""),
            entry(5, "H", 4, ""),
            entry(6, "N", 5, ""),
            entry(7, "777777", 6, ""));
    ListComparison c = ListComparison.compare(r, m, 3);
    assertEquals(2, c.overlap()); // A, C
    assertEquals(0.5, c.jaccard(), 1e-12); // {A, C} / {A, B, C, F}
    // list order 1..4 vs analysis ranks 3, 1, 6, 8: ρ = 1 − 6·2/(4·15) = 0.8; τ = (5 − 1)/6
    assertEquals(4, c.commonCount());
    assertEquals(0.8, c.spearman(), 1e-12);
    assertEquals(4.0 / 6, c.kendall(), 1e-12);
    // RBO at depth 3: X = 0, 1, 2 → 0.1111 × (0.405 + 0.486) + (2/3)·0.729 = 0.585
    assertEquals(0.891 / 9 + 0.486, c.rbo(), 1e-9);

    assertEquals(
        List.of("B"), c.candidatesNotOnList().stream().map(x -> x.school().urn()).toList());
    assertEquals(
        Set.of("F", "H"),
        Set.copyOf(c.onListLittleEvidence().stream().map(x -> x.school().urn()).toList()));
    ListComparison.Row h =
        c.onListLittleEvidence().stream()
            .filter(x -> x.school().urn().equals("H"))
            .findFirst()
            .orElseThrow();
    assertTrue(h.reason().startsWith("measure is 0"), h.reason());
    ListComparison.Row f =
        c.onListLittleEvidence().stream()
            .filter(x -> x.school().urn().equals("F"))
            .findFirst()
            .orElseThrow();
    assertTrue(f.reason().contains("lies outside the top 3"), f.reason());
    assertTrue(f.reason().contains("5 CYP attend"), f.reason());
    assertEquals(List.of("N"), c.onListNotRanked().stream().map(x -> x.school().urn()).toList());
    assertTrue(c.onListNotRanked().get(0).reason().contains("phase Nursery"));

    ListComparison.Row b = c.candidatesNotOnList().get(0);
    assertEquals(ListComparison.Agreement.ANALYSIS_ONLY, b.agreement());
    assertTrue(b.reason().contains("40 CYP attend"), b.reason());
    assertTrue(b.reason().contains("rank 2 ("), b.reason());
    assertTrue(b.reason().contains("CYP from 1 ward"), b.reason());
    assertEquals(
        ListComparison.Agreement.BOTH,
        c.rows().stream()
            .filter(x -> x.school().urn().equals("C"))
            .findFirst()
            .orElseThrow()
            .agreement());
    assertEquals(
        "priority 1",
        c.rows().stream()
            .filter(x -> x.school().urn().equals("C"))
            .findFirst()
            .orElseThrow()
            .listOrder());

    // series: k = 1..8; k = 3 equals the headline figures
    assertEquals(8, c.series().size());
    ListComparison.AtK k3 = c.series().get(2);
    assertEquals(3, k3.k());
    assertEquals(c.overlap(), k3.overlap());
    assertEquals(c.jaccard(), k3.jaccard(), 1e-12);
    assertEquals(c.rbo(), k3.rbo(), 1e-12);
    assertEquals(1, c.series().get(0).overlap()); // A_1 = {A}, and A is on the list
    // readings
    String sp = c.statistics().get(2).reading();
    assertTrue(sp.startsWith("0.80: strong agreement"), sp);
    assertTrue(sp.contains("could easily be chance"), sp);
    assertTrue(c.statistics().get(3).reading().contains("fairly strong agreement"));
    assertTrue(c.caveat().contains("not predictive"));
  }

  @Test
  void tiersGiveTiedRanksCheckedAgainstCommonsMath() {
    RankingResult r = ranking();
    MatchReport m =
        list(
            r,
            entry(2, "C", null, "1"),
            entry(3, "A", null, "1"),
            entry(4, "F", null, "2"),
            entry(5, "H", null, "2"));
    ListComparison c = ListComparison.compare(r, m, 3);
    // by hand with average ranks: x ranks (1.5, 1.5, 3.5, 3.5), y ranks (2, 1, 3, 4): ρ = 4/√20
    assertEquals(4 / Math.sqrt(20), c.spearman(), 1e-12);
    // τ_b = (4 − 0)/√((6 − 2)(6 − 0))
    assertEquals(4 / Math.sqrt(24), c.kendall(), 1e-12);
    double[] x = {1, 1, 2, 2};
    double[] y = {3, 1, 6, 8};
    assertEquals(new SpearmansCorrelation().correlation(x, y), c.spearman(), 1e-12);
    assertEquals(new KendallsCorrelation().correlation(x, y), c.kendall(), 1e-12);
    assertEquals(
        "tier 1",
        c.rows().stream()
            .filter(z -> z.school().urn().equals("C"))
            .findFirst()
            .orElseThrow()
            .listOrder());
  }

  @Test
  void unorderedListHasNoRankStatistics() {
    RankingResult r = ranking();
    MatchReport m =
        list(
            r,
            entry(2, "C", null, ""),
            entry(3, "A", null, ""),
            entry(4, "F", null, ""),
            entry(5, "H", null, ""),
            entry(6, "N", null, ""));
    ListComparison c = ListComparison.compare(r, m, 3);
    assertEquals(2, c.overlap());
    assertEquals(2.0 / 6, c.jaccard(), 1e-12); // whole list: {A, C} / {A, B, C, F, H, N}
    assertTrue(Double.isNaN(c.spearman()) && Double.isNaN(c.kendall()) && Double.isNaN(c.rbo()));
    assertTrue(
        c.statistics().get(2).reading().startsWith("Not available: the list has no priority"));
    assertTrue(c.statistics().get(4).reading().startsWith("Not available"));
  }

  @Test
  void plainLanguageBands() {
    assertTrue(PlainLanguage.correlation(0.45, 30, "").startsWith("0.45: moderate agreement"));
    assertTrue(PlainLanguage.correlation(-0.6, 30, "").contains("fairly strong disagreement"));
    assertTrue(PlainLanguage.correlation(0.05, 30, "").contains("no real agreement"));
    assertTrue(PlainLanguage.rbo(0.05, 0.9, "").contains("almost no agreement"));
    assertEquals(
        "3 of the analysis's top 10 are on the list of 12; Jaccard 0.16 (some overlap).",
        PlainLanguage.overlap(3, 10, 0.157, 12));
  }
}
