package org.wardflow.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.Interval;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Phase;
import org.wardflow.model.School;
import org.wardflow.model.SchoolLayer;

/**
 * Hidden school totals, estimated and drawn from hidden cells, must stay within what the
 * publication allows: each within its school total's feasible interval, and all of them together
 * adding up to the published grand total. Summing each hidden cell's own interval midpoint (or
 * draw) does not: every interval is feasible alone, not all at once.
 */
class HiddenSchoolTotalsTest {
  private static final int SCHOOLS = 40;

  /** Many small cells: most are suppressed at k = 5, like the demo's CYP table. */
  private static PublishedTable sparse(long seed, DisclosurePolicy p) {
    Random r = new Random(seed);
    FlowTable.Builder b = Fixtures.table();
    for (int s = 0; s < SCHOOLS; s++) {
      int home = r.nextInt(12);
      int wards = s % 4 == 0 ? 2 : 5; // every fourth school small: total 2..8
      for (int j = 0; j < wards; j++) {
        int c =
            wards == 2 ? 1 + r.nextInt(4) : r.nextInt(10) < 7 ? 1 + r.nextInt(4) : 3 + r.nextInt(9);
        b.add("W" + ((home + j) % 12), "S" + s, c);
      }
    }
    return Fixtures.publish(b, p);
  }

  private static SchoolLayer layer() {
    List<School> list = new ArrayList<>();
    for (int s = 0; s < SCHOOLS; s++) {
      list.add(Fixtures.school("S" + s, "School " + s, Phase.PRIMARY, 300, "X"));
    }
    return new SchoolLayer("schools", list);
  }

  private static final DisclosurePolicy[] POLICIES = {
    DisclosurePolicy.DEFAULT, // school totals of 1..4 hidden
    new DisclosurePolicy(5, 0, true, true, false, true, 5), // no school totals at all
    new DisclosurePolicy(10, 0, true, true, true, true, 5),
  };

  @Test
  void estimatedSchoolTotalsAddUpToTheGrandTotalAndStayFeasible() {
    for (DisclosurePolicy p : POLICIES) {
      for (long seed = 1; seed <= 3; seed++) {
        PublishedTable t = sparse(seed, p);
        assertTrue(t.grandTotal().isPublished());
        RankingResult r =
            SchoolRanker.rank(
                RankingInput.of(t, layer()), RankingOptions.defaults(SchoolMeasure.CYP_COUNT));
        assertEquals(SCHOOLS, r.size());
        double sum = 0;
        int estimated = 0;
        for (RankedSchool s : r.ranked()) {
          sum += s.cypEstimate();
          Interval iv = t.schoolTotalInterval(t.schoolIndex(s.urn()));
          assertTrue(
              iv.lower() - 1e-9 <= s.cypEstimate() && s.cypEstimate() <= iv.upper() + 1e-9,
              s.urn() + " ≈ " + s.cypEstimate() + " outside " + iv.format() + " under " + p);
          if (s.estimated()) {
            estimated++;
          }
        }
        assertTrue(estimated > 0, "the fixture must hide some school totals under " + p);
        assertEquals(
            t.grandTotal().value(),
            sum,
            1e-6,
            "estimated and published school totals must add up to the grand total under " + p);
      }
    }
  }

  @Test
  void everyDrawAddsUpToTheGrandTotalWithEachSchoolFeasible() {
    for (DisclosurePolicy p : POLICIES) {
      PublishedTable t = sparse(7, p);
      SchoolTotals st = SchoolTotals.of(t, PublishedColumns.of(t), HiddenCellBounds.fromPolicy(t));
      assertTrue(st.constrainedByGrandTotal());
      SplittableRandom rng = new SplittableRandom(3);
      int[] y = new int[st.size()];
      double[] work = new double[st.size()];
      double[] mean = new double[st.size()];
      int draws = 2000;
      for (int d = 0; d < draws; d++) {
        st.draw(rng, y, work);
        long sum = 0;
        for (int c = 0; c < y.length; c++) {
          Interval iv = t.schoolTotalInterval(c);
          assertTrue(iv.contains(y[c]), "draw " + y[c] + " outside " + iv.format());
          sum += y[c];
          mean[c] += y[c] / (double) draws;
        }
        assertEquals(t.grandTotal().value(), sum, "draw " + d + " under " + p);
      }
      // the point estimate is a fair summary of the draws (within a couple of CYP)
      for (int c = 0; c < y.length; c++) {
        assertEquals(st.point(c), mean[c], 2.0, "school " + c + " under " + p);
      }
    }
  }

  @Test
  void withoutAPublishedGrandTotalEachHiddenTotalStaysWithinItsOwnBounds() {
    DisclosurePolicy p = new DisclosurePolicy(5, 0, true, true, true, false, 5);
    PublishedTable t = sparse(11, p);
    SchoolTotals st = SchoolTotals.of(t, PublishedColumns.of(t), HiddenCellBounds.fromPolicy(t));
    SplittableRandom rng = new SplittableRandom(5);
    int[] y = new int[st.size()];
    double[] work = new double[st.size()];
    for (int d = 0; d < 500; d++) {
      st.draw(rng, y, work);
      for (int c = 0; c < y.length; c++) {
        assertTrue(st.lower(c) <= y[c] && y[c] <= st.upper(c));
        assertTrue(t.schoolTotalInterval(c).contains(y[c]));
      }
    }
  }
}
