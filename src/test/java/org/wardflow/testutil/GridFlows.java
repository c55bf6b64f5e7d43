package org.wardflow.testutil;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowTable;
import org.wardflow.model.WardIndicator;
import org.wardflow.ui.BuiltInGeography;

/**
 * A hand-made flow table on the built-in 4 × 3 grid ({@link BuiltInGeography}): twelve wards (codes
 * FX000001…) and six schools (URNs F100001…), with counts chosen so that some ward totals are small
 * (1..4) and others large. The raw counts are known here, so tests can check published figures
 * against them without echoing the code under test.
 */
public final class GridFlows {
  /** Raw counts: row = ward index 0..11, column = school index 0..5. */
  public static final int[][] COUNTS = {
    {12, 3, 0, 0, 0, 0}, // 0: total 15
    {2, 0, 0, 0, 0, 0}, // 1: total 2 (small)
    {0, 0, 20, 10, 0, 0}, // 2: total 30
    {0, 0, 0, 8, 0, 0}, // 3: total 8
    {6, 0, 0, 0, 9, 0}, // 4: total 15
    {0, 1, 0, 0, 0, 0}, // 5: total 1 (small)
    {0, 0, 7, 0, 0, 14}, // 6: total 21
    {0, 0, 0, 11, 0, 6}, // 7: total 17
    {5, 0, 0, 0, 5, 0}, // 8: total 10
    {0, 0, 0, 0, 25, 0}, // 9: total 25
    {0, 3, 0, 0, 0, 40}, // 10: total 43
    {0, 0, 0, 0, 0, 0} // 11: no CYP (absent from the table)
  };

  private GridFlows() {}

  /** The URN of school j (0..5) of the built-in grid. */
  public static String urn(int j) {
    return String.format("F10000%d", j + 1);
  }

  /** The raw total of ward i. */
  public static int wardTotal(int i) {
    int t = 0;
    for (int v : COUNTS[i]) {
      t += v;
    }
    return t;
  }

  /** The raw grand total. */
  public static int grandTotal() {
    int t = 0;
    for (int i = 0; i < COUNTS.length; i++) {
      t += wardTotal(i);
    }
    return t;
  }

  /** The table (FICTIONAL, SYNTHETIC, group "involved in violence"). */
  public static FlowTable table() {
    FlowTable.Builder b =
        FlowTable.builder(new DatasetInfo("Grid CYP (test)", "test", "", true, true, Map.of()));
    for (int i = 0; i < COUNTS.length; i++) {
      for (int j = 0; j < COUNTS[i].length; j++) {
        if (COUNTS[i][j] > 0) {
          b.add(
              BuiltInGeography.wardCode(i),
              urn(j),
              null,
              j == 1 || j == 3 || j == 5 ? "11-18" : "4-10",
              "involved in violence",
              COUNTS[i][j]);
        }
      }
    }
    return b.build();
  }

  /** Children per ward: 1,000 + 100 × i, except ward 3 which has no figure. */
  public static WardIndicator children() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < COUNTS.length; i++) {
      if (i != 3) {
        m.put(BuiltInGeography.wardCode(i), 1000.0 + 100 * i);
      }
    }
    return new WardIndicator(
        "Children aged 0–15 (test)",
        "people",
        new DatasetInfo("Grid children", "test", "", true, false, Map.of()),
        m);
  }
}
