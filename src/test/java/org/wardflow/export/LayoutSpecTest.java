package org.wardflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.DatasetInfo;

/** Sheet sizes, layout validation, labels and the attribution texts. */
class LayoutSpecTest {
  @Test
  void paperSizes() {
    assertEquals(PaperSize.A4, PaperSize.parse(" a4 "));
    assertEquals(PaperSize.A3, PaperSize.parse("A3"));
    PaperSize c = PaperSize.parse("250x180");
    assertEquals(180, c.shortMm());
    assertEquals(250, c.widthMm(Orientation.LANDSCAPE));
    assertEquals(250, c.heightMm(Orientation.PORTRAIT));
    assertEquals(297 * 72 / 25.4, PaperSize.A4.widthPt(Orientation.LANDSCAPE), 1e-9);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PaperSize.parse("letter"));
    assertTrue(e.getMessage().contains("A4, A3 or WIDTHxHEIGHT"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PaperSize.custom(20, 300));
  }

  @Test
  void exportsRefuseAPolicyBelowItsFloor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LayoutSpec.builder().policy(DisclosurePolicy.DEFAULT.withK(3)).build());
    assertTrue(e.getMessage().contains("below the floor of 5"), e.getMessage());
    assertEquals(
        10, LayoutSpec.builder().policy(DisclosurePolicy.DEFAULT.withK(10)).build().policy().k());
  }

  @Test
  void marginsAndSymbolScaleAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> LayoutSpec.builder().marginMm(1).build());
    assertThrows(IllegalArgumentException.class, () -> LayoutSpec.builder().marginMm(60).build());
    assertThrows(
        IllegalArgumentException.class, () -> LayoutSpec.builder().symbolScale(10).build());
  }

  @Test
  void labelComesFromTheDatasets() {
    DatasetInfo fictional = new DatasetInfo("city", "", "", true, false, java.util.Map.of());
    DatasetInfo synthetic = new DatasetInfo("flows", "", "", false, true, java.util.Map.of());
    DatasetInfo observed = DatasetInfo.ofFile("flows", "f.csv", "");
    assertEquals(
        "SYNTHETIC", LayoutSpec.builder().datasets(observed, synthetic).build().dataLabel());
    assertEquals(
        "FICTIONAL · SYNTHETIC",
        LayoutSpec.builder().datasets(fictional, synthetic).build().dataLabel());
    assertEquals("", LayoutSpec.builder().datasets(observed).build().dataLabel());
    LayoutSpec s = LayoutSpec.builder().marking("OFFICIAL").build();
    assertEquals("OFFICIAL", s.caveat().marking());
    assertEquals("Exploratory, not predictive", s.caveat().message());
    assertEquals("OFFICIAL-SENSITIVE", LayoutSpec.builder().build().marking(), "the default");
  }

  @Test
  void attributionsMatchTheShippedAttributionFile() throws IOException {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/org/wardflow/licenses/DATA-ATTRIBUTIONS.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
    for (String s :
        List.of(
            Attributions.ONS,
            Attributions.DFE_GIAS,
            Attributions.POLICE_UK,
            Attributions.ordnanceSurvey(2025).replace("2025", "[year]"))) {
      assertTrue(text.contains(s), "DATA-ATTRIBUTIONS.txt has: " + s);
    }
    assertTrue(text.contains(Attributions.OGL_URL));
    List<String> real = Attributions.forGeography(ExportFixtures.geography());
    assertEquals(2, real.size());
    assertTrue(real.get(0).contains("database right 2025"), "year from WD25CD: " + real);
  }
}
