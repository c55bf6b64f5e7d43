package org.wardflow.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Geography;
import org.wardflow.render.LegendClass;
import org.wardflow.testutil.GridFlows;
import org.wardflow.ui.BuiltInGeography;

/** The choropleth measures, computed from published figures, against hand-made raw counts. */
class ChoroplethBuilderTest {
  private final Geography geo = BuiltInGeography.create();

  private static PublishedTable publish(DisclosurePolicy p) {
    return DisclosureGate.publish(GridFlows.table(), FlowFilter.ALL, p);
  }

  private static final DisclosurePolicy OPEN = DisclosurePolicy.DEFAULT.withK(0);

  private Choropleth build(PublishedTable t, ChoroplethSettings s, String school) {
    return ChoroplethBuilder.build(geo, t, GridFlows.children(), s, school, "School");
  }

  @Test
  void countIsThePublishedWardTotal() {
    Choropleth c =
        build(publish(OPEN), ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.COUNT), null);
    for (int i = 0; i < 12; i++) {
      WardValue v = c.valueOf(BuiltInGeography.wardCode(i));
      assertEquals(WardValue.Kind.VALUE, v.kind(), "ward " + i);
      assertEquals(GridFlows.wardTotal(i), v.value(), 1e-9, "ward " + i);
    }
    assertEquals("43", c.valueOf(BuiltInGeography.wardCode(10)).text());
    assertEquals("CYP living in ward", c.title());
  }

  @Test
  void rateIsPerThousandChildrenAndWardsWithoutChildrenHaveNoData() {
    Choropleth c = build(publish(OPEN), ChoroplethSettings.DEFAULT, null);
    WardValue w2 = c.valueOf(BuiltInGeography.wardCode(2));
    assertEquals(30 * 1000.0 / 1200.0, w2.value(), 1e-9);
    assertEquals("25.0 per 1,000 children", w2.text());
    WardValue w3 = c.valueOf(BuiltInGeography.wardCode(3));
    assertEquals(WardValue.Kind.NO_DATA, w3.kind());
    assertTrue(w3.text().contains("no child population"), w3.text());
    assertTrue(c.fills().noData().contains(BuiltInGeography.wardCode(3)));
    assertTrue(c.notes().stream().anyMatch(n -> n.contains("1 ward has no child population")));
  }

  @Test
  void shareIsOfThePublishedGrandTotalAndNeedsIt() {
    ChoroplethSettings share = ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.SHARE);
    Choropleth c = build(publish(OPEN), share, null);
    double grand = GridFlows.grandTotal();
    assertEquals(43 * 100.0 / grand, c.valueOf(BuiltInGeography.wardCode(10)).value(), 1e-9);
    double sum = 0;
    for (WardValue v : c.values().values()) {
      sum += v.value();
    }
    assertEquals(100, sum, 1e-9, "shares of all wards add up to 100%");

    Choropleth noGrand = build(publish(OPEN.withTotals(true, true, false)), share, null);
    assertEquals(12, noGrand.count(WardValue.Kind.NO_DATA));
    assertNull(noGrand.classification());
    assertTrue(noGrand.notes().get(0).contains("grand total is not published"));
  }

  @Test
  void suppressedWardTotalsAreHatchedAndNeverValued() {
    PublishedTable t = publish(DisclosurePolicy.DEFAULT);
    for (ChoroplethMeasure m : ChoroplethMeasure.values()) {
      Choropleth c = build(t, ChoroplethSettings.DEFAULT.withMeasure(m), null);
      for (int small : new int[] {1, 5}) {
        String code = BuiltInGeography.wardCode(small);
        WardValue v = c.valueOf(code);
        assertEquals(WardValue.Kind.SUPPRESSED, v.kind(), m + " ward " + small);
        assertEquals("[c]", v.text());
        assertTrue(Double.isNaN(v.value()));
        assertTrue(c.fills().suppressed().contains(code));
        assertFalse(c.fills().argb().containsKey(code), "no colour for a hidden figure");
      }
      for (WardValue v : c.values().values()) {
        boolean hidden = t.wardTotal(v.code()).isSuppressed();
        assertEquals(hidden, v.kind() == WardValue.Kind.SUPPRESSED, v.code());
      }
    }
  }

  @Test
  void unpublishedWardTotalsGiveNoDataWithANote() {
    Choropleth c =
        build(
            publish(OPEN.withTotals(false, true, true)),
            ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.COUNT),
            null);
    assertEquals(12, c.count(WardValue.Kind.NO_DATA));
    assertTrue(c.notes().stream().anyMatch(n -> n.contains("Ward totals are not published")));
  }

  @Test
  void aSelectedSchoolMapsWhereItsCypLive() {
    String urn = GridFlows.urn(5);
    Choropleth c =
        build(publish(OPEN), ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.COUNT), urn);
    for (int i = 0; i < 12; i++) {
      assertEquals(GridFlows.COUNTS[i][5], c.valueOf(BuiltInGeography.wardCode(i)).value(), 1e-9);
    }
    assertEquals(urn, c.schoolUrn());
    assertTrue(c.title().endsWith("School"), c.title());
    Choropleth share =
        build(publish(OPEN), ChoroplethSettings.DEFAULT.withMeasure(ChoroplethMeasure.SHARE), urn);
    assertEquals(
        40 * 100.0 / 60,
        share.valueOf(BuiltInGeography.wardCode(10)).value(),
        1e-9,
        "column share: of the school's 60 CYP, 40 live in ward 10");
  }

  @Test
  void legendClassesCountTheValuedWardsAndUseThePalette() {
    ChoroplethSettings s =
        ChoroplethSettings.DEFAULT
            .withMeasure(ChoroplethMeasure.COUNT)
            .withMethod(ClassificationMethod.QUANTILE)
            .withClasses(4)
            .withPalette("Blues");
    Choropleth c = build(publish(OPEN), s, null);
    List<LegendClass> legend = c.legendClasses();
    assertNotNull(c.classification());
    assertEquals(c.classification().classCount(), legend.size());
    assertEquals(c.count(WardValue.Kind.VALUE), legend.stream().mapToInt(LegendClass::count).sum());
    int[] blues = ColorBrewer.get("Blues").colors(legend.size());
    for (int i = 0; i < legend.size(); i++) {
      assertEquals(blues[i], legend.get(i).argb());
    }
    // each valued ward is filled with its class colour
    for (WardValue v : c.values().values()) {
      assertEquals(blues[v.cls()], c.fills().argb().get(v.code()));
    }
  }

  @Test
  void manualBreaksAreUsedAndBadOnesFallBackWithANote() {
    ChoroplethSettings s =
        ChoroplethSettings.DEFAULT
            .withMeasure(ChoroplethMeasure.COUNT)
            .withMethod(ClassificationMethod.MANUAL)
            .withManualBreaks(List.of(0.0, 10.0, 20.0, 50.0));
    Choropleth c = build(publish(OPEN), s, null);
    assertEquals(3, c.legendClasses().size());
    assertEquals(0, c.valueOf(BuiltInGeography.wardCode(3)).cls(), "8 is in 0–10");
    assertEquals(2, c.valueOf(BuiltInGeography.wardCode(10)).cls(), "43 is in 20–50");
    Choropleth bad = build(publish(OPEN), s.withManualBreaks(List.of(5.0)), null);
    assertTrue(bad.notes().stream().anyMatch(n -> n.contains("at least two manual breaks")));
    assertNotNull(bad.classification());
  }

  @Test
  void noTableMeansNoChoropleth() {
    assertEquals(Choropleth.NONE, build(null, ChoroplethSettings.DEFAULT, null));
  }

  @Test
  void breaksAreParsedFromFreeText() {
    assertEquals(List.of(0.0, 5.5, 10.0, 20.0), StyleViewModel.parseBreaks("0, 5.5;10  20, x"));
    assertEquals(List.of(), StyleViewModel.parseBreaks(""));
  }
}
