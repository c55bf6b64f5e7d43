package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowDimension;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/** Row and column totals, summing of duplicates and dimension filters of an imported table. */
class FlowTableAlgebraTest {
  @TempDir Path dir;

  private FlowTable table() throws Exception {
    // a hand-made table: wards SW, SE, NW × schools 100001, 100002 by period and group
    String csv =
        "ward_code,school_urn,count,period,age_band,group\n"
            + "E05000001,100001,4,2023,11-15,violence\n"
            + "E05000001,100001,6,2024,11-15,violence\n"
            + "E05000001,100002,1,2024,16-17,violence\n"
            + "E05000002,100002,9,2024,11-15,all pupils\n"
            + "E05000002,100002,2,2024,11-15,all pupils\n" // duplicate of the previous key
            + "E05000003,100001,5,2023,16-17,violence\n"
            + "E05000003,100002,3,2023,11-15,all pupils\n";
    return FlowCsvReader.readAggregated(
            TinyGeography.write(dir, "t.csv", csv),
            TinyGeography.wards(),
            TinyGeography.schools(),
            FlowImportOptions.DEFAULT)
        .value();
  }

  @Test
  void totalsOfTheWholeTable() throws Exception {
    CountMatrix m = table().matrix(FlowFilter.ALL);
    // rows in first-seen order: SW, SE, NW; columns 100001, 100002
    assertEquals(java.util.List.of("E05000001", "E05000002", "E05000003"), m.wardCodes());
    assertArrayEquals(new long[] {11, 11, 8}, m.rowTotals());
    assertArrayEquals(new long[] {15, 15}, m.columnTotals());
    assertEquals(30, m.total());
    assertEquals(11, m.get(1, 1), "duplicate key summed: 9 + 2");
    assertEquals(0, m.get(1, 0), "structural zero");
    assertEquals(-1, m.find(1, 0));
  }

  @Test
  void filtersByEachDimension() throws Exception {
    FlowTable t = table();
    assertEquals(6, t.recordCount(), "seven rows, one duplicate key");
    assertEquals(Set.of("2023", "2024"), Set.copyOf(t.dimensionValues(FlowDimension.PERIOD)));
    CountMatrix y2024 = t.matrix(new FlowFilter(Set.of("2024"), null, null));
    assertArrayEquals(new long[] {7, 11, 0}, y2024.rowTotals());
    CountMatrix older = t.matrix(new FlowFilter(null, Set.of("16-17"), null));
    assertArrayEquals(new long[] {5, 1}, older.columnTotals());
    CountMatrix violence2023 = t.matrix(new FlowFilter(Set.of("2023"), null, Set.of("violence")));
    assertEquals(9, violence2023.total());
    CountMatrix both = t.matrix(new FlowFilter(Set.of("2023", "2024"), null, Set.of("all pupils")));
    assertEquals(14, both.total());
    assertEquals(
        t.matrix(FlowFilter.ALL).total(),
        t.matrix(new FlowFilter(null, null, Set.of("violence"))).total()
            + t.matrix(new FlowFilter(null, null, Set.of("all pupils"))).total(),
        "groups partition the table");
  }
}
