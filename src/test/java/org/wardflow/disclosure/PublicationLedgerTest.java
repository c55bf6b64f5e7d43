package org.wardflow.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

class PublicationLedgerTest {
  private static final DisclosurePolicy K5 = DisclosurePolicy.DEFAULT;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);

  private static FlowTable table(int[][] a, String title) {
    FlowTable.Builder b =
        FlowTable.builder(new DatasetInfo(title, "ledger test", "", false, true, Map.of()));
    for (int r = 0; r < a.length; r++) {
      for (int c = 0; c < a[r].length; c++) {
        if (a[r][c] > 0) {
          b.add("W" + r, "S" + c, a[r][c]);
        }
      }
    }
    return b.build();
  }

  /** Two periods: 2024 counts and 2023 counts per cell. */
  private static FlowTable twoPeriods(int[][] y2024, int[][] y2023, String title) {
    FlowTable.Builder b =
        FlowTable.builder(new DatasetInfo(title, "ledger test", "", false, true, Map.of()));
    for (int r = 0; r < y2024.length; r++) {
      for (int c = 0; c < y2024[r].length; c++) {
        if (y2024[r][c] > 0) {
          b.add("W" + r, "S" + c, "2024", null, null, y2024[r][c]);
        }
        if (y2023[r][c] > 0) {
          b.add("W" + r, "S" + c, "2023", null, null, y2023[r][c]);
        }
      }
    }
    return b.build();
  }

  private static final int[][] SMALL_TABLE = {{2, 20, 31, 9}, {15, 3, 44, 12}, {26, 18, 1, 30}};

  @Test
  void aLaterLowerThresholdKeepsEverythingSuppressedBefore() {
    FlowTable t = table(SMALL_TABLE, "lower k later");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    PublishedTable first =
        ledger.publish(t, FlowFilter.ALL, K5.withK(8), "wards 2025", "a").table();
    PublicationLedger.Decision second =
        ledger.publish(t, FlowFilter.ALL, K5.withFloor(0).withK(3), "wards 2025", "b");
    assertTrue(second.published());
    for (int i = 0; i < first.cellCount(); i++) {
      if (first.cell(i).isSuppressed()) {
        assertTrue(second.table().cell(i).isSuppressed(), "cell " + i + " stays suppressed");
      }
    }
    PublishedTable alone = DisclosureGate.publish(t, FlowFilter.ALL, K5.withFloor(0).withK(3));
    assertTrue(
        second.table().summary().cellsSuppressed() > alone.summary().cellsSuppressed(),
        "k = 3 alone would hide fewer");
    assertEquals(PublicationLedger.Outcome.ADJUSTED, second.outcome());
    assertTrue(
        second.explanation().contains("consistent with 1 earlier release"), second.explanation());
    assertEquals(2, ledger.releases().size());
  }

  @Test
  void aLaterHigherThresholdSaysWhatIsAlreadyPublic() {
    FlowTable t = table(SMALL_TABLE, "higher k later");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    ledger.publish(t, FlowFilter.ALL, K5.withFloor(0).withK(3), "wards", "a");
    PublicationLedger.Decision d = ledger.publish(t, FlowFilter.ALL, K5.withK(10), "wards", "b");
    assertTrue(d.published());
    assertTrue(
        d.notes().stream().anyMatch(n -> n.contains("published by an earlier release")),
        d.notes().toString());
  }

  @Test
  void belowTheFloorIsRaised() {
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    PublicationLedger.Decision d =
        ledger.publish(table(SMALL_TABLE, "floor"), FlowFilter.ALL, K5.withK(2), "wards", "x");
    assertEquals(5, d.table().policy().k());
    assertEquals(
        List.of("The threshold was raised from 2 to the policy floor of 5 for publication."),
        d.notes());
  }

  @Test
  void otherBoundariesAreRefusedWithAReason() {
    FlowTable t = table(SMALL_TABLE, "boundaries");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    ledger.publish(t, FlowFilter.ALL, K5, "ONS wards 2025", "export");
    PublicationLedger.Decision d =
        ledger.publish(t, FlowFilter.ALL, K5, "ONS wards 2013", "export");
    assertEquals(PublicationLedger.Outcome.REFUSED, d.outcome());
    assertNull(d.table());
    assertTrue(d.explanation().contains("\"ONS wards 2025\""), d.explanation());
    assertTrue(d.explanation().contains("subtract one table from the other"), d.explanation());
    assertEquals(1, ledger.releases().size(), "a refused release is not remembered");
  }

  @Test
  void anotherDatasetIsIndependent() {
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    ledger.publish(table(SMALL_TABLE, "one"), FlowFilter.ALL, K5, "wards", "a");
    PublicationLedger.Decision d =
        ledger.publish(table(SMALL_TABLE, "two"), FlowFilter.ALL, K5, "other wards", "b");
    assertEquals(PublicationLedger.Outcome.PUBLISHED, d.outcome());
    assertEquals("Published; no earlier release of this data.", d.explanation());
  }

  @Test
  void subtractingAPeriodFromAllYearsCannotRevealASmallGroup() {
    // W1 at S1: 5 in 2024 and 2 in 2023. "All years" shows 7, "2024" would show 5: 7 − 5 = 2.
    int[][] y2024 = {{30, 22, 41}, {25, 5, 33}, {28, 36, 24}};
    int[][] y2023 = {{27, 19, 35}, {21, 2, 29}, {26, 31, 20}};
    FlowTable t = twoPeriods(y2024, y2023, "periods");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    PublicationLedger.Decision all = ledger.publish(t, FlowFilter.ALL, K5, "wards", "all years");
    assertEquals(7, all.table().get("W1", "S1").value());
    FlowFilter only2024 = new FlowFilter(Set.of("2024"), Set.of(), Set.of());
    PublishedTable naive = DisclosureGate.publish(t, only2024, K5);
    assertEquals(5, naive.get("W1", "S1").value(), "on its own, 5 is publishable");
    PublicationLedger.Decision d = ledger.publish(t, only2024, K5, "wards", "2024");
    assertEquals(PublicationLedger.Outcome.ADJUSTED, d.outcome(), d.explanation());
    assertTrue(d.table().get("W1", "S1").isSuppressed(), "5 is hidden so 7 − 5 cannot be taken");
    assertTrue(d.table().audit().passed());
    // checked together again: nothing can be worked out
    List<PublicationLedger.Release> rs = ledger.releases();
    assertEquals(2, rs.size());
  }

  @Test
  void anEntangledCombinationIsRefused() {
    int n = 12;
    int[][] y2024 = new int[n][n];
    int[][] y2023 = new int[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        y2024[r][c] = 2;
        y2023[r][c] = 1;
      }
    }
    FlowTable t = twoPeriods(y2024, y2023, "entangled");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    ledger.publish(t, FlowFilter.ALL, K5, "wards", "all years");
    PublicationLedger.Decision d =
        ledger.publish(t, new FlowFilter(Set.of("2024"), Set.of(), Set.of()), K5, "wards", "2024");
    assertEquals(PublicationLedger.Outcome.REFUSED, d.outcome());
    assertTrue(d.explanation().contains("linked too widely"), d.explanation());
  }

  @Test
  void jsonRoundTripKeepsTheGuardWorking(@TempDir Path dir) throws Exception {
    FlowTable t = table(SMALL_TABLE, "json");
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    PublishedTable first = ledger.publish(t, FlowFilter.ALL, K5.withK(8), "wards", "first").table();
    Path file = dir.resolve("ledger.json");
    ledger.save(file);
    String json = Files.readString(file);
    assertTrue(json.contains("\"boundarySet\" : \"wards\""), json);
    assertTrue(json.contains("\"time\" : \"2025-06-01T10:00:00Z\""));
    PublicationLedger back = PublicationLedger.load(file);
    assertEquals(1, back.releases().size());
    PublicationLedger.Release r0 = ledger.releases().get(0);
    PublicationLedger.Release r1 = back.releases().get(0);
    assertEquals(r0.policy(), r1.policy());
    assertEquals(r0.filter(), r1.filter());
    assertTrue(java.util.Arrays.equals(r0.cellState(), r1.cellState()));
    assertTrue(java.util.Arrays.equals(r0.cellValue(), r1.cellValue()));
    PublicationLedger.Decision again =
        back.publish(t, FlowFilter.ALL, K5.withFloor(0).withK(3), "wards", "second");
    for (int i = 0; i < first.cellCount(); i++) {
      if (first.cell(i).isSuppressed()) {
        assertTrue(again.table().cell(i).isSuppressed());
      }
    }
  }

  @Test
  void aDamagedLedgerFileIsReportedPlainly(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, "{ \"version\": 1, \"releases\": [ { \"id\": ");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublicationLedger.load(bad));
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("publication ledger could not be read"), e.getMessage());
    Path inconsistent = dir.resolve("inconsistent.json");
    Files.writeString(
        inconsistent,
        "{\"version\":1,\"releases\":[{\"id\":\"x\",\"dataset\":\"d\",\"boundarySet\":\"b\","
            + "\"filter\":{},\"policy\":{\"k\":5,\"roundingBase\":0,\"publishZeros\":true,"
            + "\"publishWardTotals\":true,\"publishSchoolTotals\":true,\"publishGrandTotal\":true,"
            + "\"floor\":5},\"wardCodes\":[\"W0\"],\"schoolUrns\":[\"S0\"],\"cellRow\":[3],"
            + "\"cellCol\":[0],\"cellState\":[0],\"cellValue\":[9],\"wardTotalState\":[0],"
            + "\"wardTotalValue\":[9],\"schoolTotalState\":[0],\"schoolTotalValue\":[9]}]}");
    IllegalArgumentException e2 =
        assertThrows(IllegalArgumentException.class, () -> PublicationLedger.load(inconsistent));
    assertTrue(e2.getMessage().contains("inconsistent release (id x)"), e2.getMessage());
  }

  @Test
  void checkPreviewsWithoutRemembering() {
    PublicationLedger ledger = new PublicationLedger(CLOCK);
    PublicationLedger.Decision d =
        ledger.check(table(SMALL_TABLE, "preview"), FlowFilter.ALL, K5, "wards");
    assertTrue(d.published());
    assertTrue(ledger.releases().isEmpty());
    ledger.record(d.table(), "wards", "shown in presentation mode");
    assertEquals("shown in presentation mode", ledger.releases().get(0).purpose());
    assertFalse(ledger.toJson().isEmpty());
  }
}
