package org.wardflow.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.Phase;
import org.wardflow.ui.map.MapTarget;

/** The matrix view model without a toolkit: published values only, shares, filters, sort, link. */
class MatrixViewModelTest {
  private static final Set<String> SMALL = Set.of("1", "2", "3", "4");

  private final ObjectProperty<PublishedTable> table =
      new SimpleObjectProperty<>(ViewFixtures.published());
  private final ObjectProperty<Geography> geography =
      new SimpleObjectProperty<>(ViewFixtures.geography());
  private final ObjectProperty<MapTarget> selection = new SimpleObjectProperty<>();
  private final MatrixViewModel vm = new MatrixViewModel(table, geography, selection);

  private MatrixEntity row(String id) {
    return vm.rows().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private MatrixEntity column(String id) {
    return vm.getColumns().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void countsAreThePublishedFiguresAndSmallCountsAreNeverShown() {
    PublishedTable t = table.get();
    int hiddenSeen = 0;
    for (MatrixEntity r : vm.rows()) {
      for (MatrixEntity c : vm.getColumns()) {
        MatrixCell cell = vm.getData().cell(r, c);
        int raw = ViewFixtures.raw(r.id(), c.id());
        PublishedValue pv = t.get(r.id(), c.id());
        assertFalse(SMALL.contains(cell.text()), r.id() + "/" + c.id() + " shows " + cell.text());
        if (raw >= 1 && raw <= 4) {
          assertEquals("[c]", cell.text(), "small count at " + r.id() + "/" + c.id());
          assertEquals(MatrixCell.Kind.HIDDEN, cell.kind());
        }
        if (pv.isPublished()) {
          assertEquals(raw, (int) cell.value(), "published figure at " + r.id() + "/" + c.id());
          assertEquals(Integer.toString(raw), cell.text());
        } else {
          hiddenSeen++;
          assertTrue(cell.isMarker());
          assertEquals(-1, cell.sortKey());
        }
      }
    }
    assertTrue(hiddenSeen >= 5, "primary and secondary suppressions: " + hiddenSeen);
    assertEquals("[c]", row("W6").total().label(5), "a ward total of 2 is hidden");
  }

  @Test
  void columnsAreTheSchoolsWithPublishedCypLargestFirst() {
    List<String> ids = vm.getColumns().stream().map(MatrixEntity::id).toList();
    assertFalse(ids.contains("100006"), "a school whose published total is 0 is left out");
    assertEquals(5, ids.size());
    double prev = Double.MAX_VALUE;
    for (MatrixEntity c : vm.getColumns()) {
      double v = c.total().isPublished() ? c.total().value() : -1;
      assertTrue(v <= prev, "columns ordered by published total");
      prev = v;
    }
    assertEquals(6, vm.rows().size(), "every ward is a row, even with a hidden total");
    assertEquals("Hilltop Academy", column("100001").name());
    assertEquals(Phase.PRIMARY, column("100003").phase());
  }

  @Test
  void rowSharesOfAFullyPublishedWardAddUpToOne() {
    vm.modeProperty().set(MatrixMode.ROW_SHARES);
    int fullRows = 0;
    for (MatrixEntity r : vm.rows()) {
      List<MatrixCell> cells = new ArrayList<>();
      for (MatrixEntity c : vm.getColumns()) {
        cells.add(vm.getData().cell(r, c));
      }
      if (r.total().isPublished() && cells.stream().allMatch(MatrixCell::hasValue)) {
        fullRows++;
        double sum = cells.stream().mapToDouble(MatrixCell::value).sum();
        assertEquals(1.0, sum, 1e-9, "P(school | " + r.name() + ") sums to 1");
      }
      for (int i = 0; i < cells.size(); i++) {
        MatrixEntity c = vm.getColumns().get(i);
        MatrixCell cell = cells.get(i);
        if (cell.kind() == MatrixCell.Kind.VALUE) {
          int count = table.get().get(r.id(), c.id()).value();
          assertEquals(count / (double) r.total().value(), cell.value(), 1e-12);
          assertTrue(cell.text().endsWith("%"), cell.text());
        }
      }
    }
    assertTrue(fullRows >= 1, "the fixture has a fully published row (Eastwick): " + fullRows);
  }

  @Test
  void aShareWithAHiddenNumeratorOrDenominatorIsHidden() {
    vm.modeProperty().set(MatrixMode.ROW_SHARES);
    MatrixEntity fenby = row("W6");
    for (MatrixEntity c : vm.getColumns()) {
      assertEquals(
          MatrixCell.Kind.HIDDEN,
          vm.getData().cell(fenby, c).kind(),
          "Fenby's total is hidden, so even its zero cells have no share");
    }
    MatrixEntity ashcombe = row("W1");
    assertEquals(MatrixCell.Kind.HIDDEN, vm.getData().cell(ashcombe, column("100002")).kind());
    assertTrue(vm.footerProperty().get().contains("numerator or denominator is hidden"));
  }

  @Test
  void columnSharesOfAFullyPublishedSchoolAddUpToOne() {
    vm.modeProperty().set(MatrixMode.COLUMN_SHARES);
    int full = 0;
    for (MatrixEntity c : vm.getColumns()) {
      double sum = 0;
      boolean all = c.total().isPublished();
      for (MatrixEntity r : vm.rows()) {
        MatrixCell cell = vm.getData().cell(r, c);
        all &= cell.hasValue();
        sum += cell.value();
      }
      if (all) {
        full++;
        assertEquals(1.0, sum, 1e-9, "P(ward | " + c.name() + ")");
      }
    }
    assertTrue(full >= 1);
  }

  @Test
  void sortingByAColumnOrdersRowsByItsFiguresWithHiddenTogether() {
    vm.sortProperty().set(MatrixViewModel.Sort.byColumn("100004", false));
    MatrixEntity col = column("100004");
    List<Double> keys = vm.rows().stream().map(r -> vm.getData().cell(r, col).sortKey()).toList();
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(keys.get(i - 1) >= keys.get(i), "descending: " + keys);
    }
    assertEquals("W1", vm.rows().get(0).id(), "Ashcombe's 9 is the largest published figure");
    assertEquals("W5", vm.rows().get(1).id(), "then Eastwick's 5");
    vm.sortProperty().set(MatrixViewModel.Sort.by(MatrixViewModel.SortTarget.ROW_NAME, false));
    assertEquals("Fenby", vm.rows().get(0).name());
    assertTrue(vm.sortTextProperty().get().contains("Z–A"));
    vm.sortProperty().set(null);
    assertEquals("W1", vm.rows().get(0).id(), "table order restored");
  }

  @Test
  void filtersNarrowRowsAndColumns() {
    vm.wardFilterProperty().set("  BROOK ");
    assertEquals(List.of("W2"), vm.rows().stream().map(MatrixEntity::id).toList());
    vm.wardFilterProperty().set("");
    vm.phaseProperty().set(Phase.PRIMARY);
    assertTrue(vm.getColumns().stream().allMatch(c -> c.phase() == Phase.PRIMARY));
    assertEquals(2, vm.getColumns().size());
    vm.phaseProperty().set(null);
    vm.schoolFilterProperty().set("high");
    assertEquals(List.of("100004"), vm.getColumns().stream().map(MatrixEntity::id).toList());
    vm.schoolFilterProperty().set("");
    vm.minWardTotalProperty().set(35);
    for (MatrixEntity r : vm.rows()) {
      assertTrue(!r.total().isPublished() || r.total().value() >= 35, r.toString());
    }
    assertTrue(
        vm.rows().stream().anyMatch(r -> r.id().equals("W6")),
        "a hidden total is kept by the minimum filter");
    assertEquals(4, vm.rows().size(), "Brookfield 36, Dunmere 65 and the two hidden totals");
    assertTrue(vm.summaryProperty().get().startsWith(vm.rows().size() + " of 6 wards"));
  }

  @Test
  void transposingSwapsAxesButNotFigures() {
    MatrixEntity w = row("W4");
    MatrixEntity s = column("100005");
    MatrixCell before = vm.getData().cell(w, s);
    vm.transposedProperty().set(true);
    assertTrue(vm.rows().stream().noneMatch(MatrixEntity::isWard));
    assertTrue(vm.getColumns().stream().allMatch(MatrixEntity::isWard));
    MatrixEntity s2 = row("100005");
    MatrixEntity w2 = column("W4");
    assertEquals(before, vm.getData().cell(s2, w2));
    assertEquals("30", before.text());
  }

  @Test
  void selectionIsSharedBothWays() {
    vm.selectRow(1);
    assertEquals(new MapTarget(MapTarget.Kind.WARD, "W2", "Brookfield"), selection.get());
    assertEquals(1, vm.highlightedRowProperty().get());
    vm.sortProperty().set(MatrixViewModel.Sort.by(MatrixViewModel.SortTarget.ROW_NAME, false));
    assertEquals("W2", vm.rows().get(vm.highlightedRowProperty().get()).id(), "follows the sort");

    vm.windowSizeProperty().set(2);
    selection.set(new MapTarget(MapTarget.Kind.SCHOOL, "100003", "Oak Primary"));
    assertEquals(-1, vm.highlightedRowProperty().get());
    int col = vm.highlightedColumnProperty().get();
    assertEquals("100003", vm.getColumns().get(col).id());
    int off = vm.columnOffsetProperty().get();
    assertTrue(col >= off && col < off + 2, "scrolled into the window");
    assertEquals("100003", vm.windowColumn(col - off).id());

    selection.set(new MapTarget(MapTarget.Kind.SCHOOL, "100006", "Quiet Lane Infants"));
    assertTrue(vm.selectionNoteProperty().get().contains("no published CYP"));
    vm.wardFilterProperty().set("zzz");
    selection.set(new MapTarget(MapTarget.Kind.WARD, "W1", "Ashcombe"));
    assertTrue(vm.selectionNoteProperty().get().contains("left out by the filters"));
    vm.wardFilterProperty().set("");
    assertEquals("", vm.selectionNoteProperty().get());
    assertEquals("W1", vm.rows().get(vm.highlightedRowProperty().get()).id());
  }

  @Test
  void theWindowOfColumnsIsClamped() {
    vm.windowSizeProperty().set(3);
    vm.columnOffsetProperty().set(99);
    assertEquals(2, vm.columnOffsetProperty().get(), "5 columns, 3 shown");
    assertNull(vm.windowColumn(3));
    vm.scrollColumns(-10);
    assertEquals(0, vm.columnOffsetProperty().get());
    vm.windowSizeProperty().set(10);
    assertEquals(0, vm.maxColumnOffset());
  }

  @Test
  void aNewTableIsPickedUp() {
    int before = vm.revisionProperty().get();
    table.set(ViewFixtures.published(DisclosurePolicy.DEFAULT.withK(0)));
    assertNotEquals(before, vm.revisionProperty().get());
    assertEquals("3", vm.getData().cell(row("W1"), column("100002")).text(), "k = 0 publishes 3");
    table.set(null);
    assertEquals(0, vm.rows().size());
    assertEquals("No flow table loaded.", vm.summaryProperty().get());
  }

  @Test
  void exportWritesWhatIsShownWithItsContext() throws IOException {
    vm.modeProperty().set(MatrixMode.ROW_SHARES);
    vm.protectiveMarkingProperty().set("OFFICIAL-SENSITIVE");
    StringWriter w = new StringWriter();
    vm.writeCsv(w);
    String text = w.toString();
    assertTrue(text.startsWith("# OFFICIAL-SENSITIVE\n"), text);
    assertTrue(text.contains("Exploratory, not predictive"));
    assertTrue(text.contains("Data: FICTIONAL · SYNTHETIC"));
    assertTrue(text.contains("Mode: share_of_ward_total"));
    assertTrue(text.contains(DisclosurePolicy.DEFAULT.statement()));
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(text),
            CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      List<String> header = p.getHeaderNames();
      assertEquals("ward_code", header.get(0));
      assertEquals(3 + vm.getColumns().size(), header.size());
      assertEquals(
          "Hilltop Academy (100001)", header.get(3 + vm.getColumns().indexOf(column("100001"))));
      List<CSVRecord> recs = p.getRecords();
      assertEquals(vm.rows().size(), recs.size());
      for (CSVRecord r : recs) {
        MatrixEntity row = row(r.get(0));
        for (int i = 0; i < vm.getColumns().size(); i++) {
          MatrixCell cell = vm.getData().cell(row, vm.getColumns().get(i));
          String v = r.get(3 + i);
          if (cell.isMarker()) {
            assertEquals(cell.text(), v);
          } else {
            assertEquals(cell.value(), Double.parseDouble(v), 5e-5);
          }
        }
      }
    }
    vm.modeProperty().set(MatrixMode.COUNTS);
    StringWriter counts = new StringWriter();
    vm.writeCsv(counts);
    for (String line : counts.toString().split("\n")) {
      if (line.startsWith("#") || line.startsWith("ward_code")) {
        continue;
      }
      for (String field : line.split(",")) {
        assertFalse(SMALL.contains(field), "no small count in " + line);
      }
    }
  }
}
