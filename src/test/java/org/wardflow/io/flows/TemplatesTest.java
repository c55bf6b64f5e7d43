package org.wardflow.io.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wardflow.io.ImportReport.Severity;
import org.wardflow.io.ImportResult;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;

/** The templates under resources/ load cleanly against the built-in demo city. */
class TemplatesTest {
  @Test
  void aggregatedTemplateLoadsWithoutWarnings() throws Exception {
    Geography g = DemoData.load().geography();
    Path f = Path.of("resources/flows_aggregated_template.csv");
    assertEquals(FlowCsvShape.AGGREGATED, FlowCsvReader.detectShape(f, FlowImportOptions.DEFAULT));
    ImportResult<FlowTable> r =
        FlowCsvReader.read(f, g.wards(), g.schools(), FlowImportOptions.DEFAULT);
    assertEquals(Severity.INFO, r.report().worst(), r.report().format());
    assertEquals(27, r.value().matrix(FlowFilter.ALL).total());
  }

  @Test
  void recordLevelTemplateLoadsWithoutWarnings() throws Exception {
    Geography g = DemoData.load().geography();
    Path f = Path.of("resources/flows_record_level_template.csv");
    assertEquals(
        FlowCsvShape.RECORD_LEVEL, FlowCsvReader.detectShape(f, FlowImportOptions.DEFAULT));
    ImportResult<FlowTable> r =
        FlowCsvReader.read(f, g.wards(), g.schools(), FlowImportOptions.DEFAULT);
    assertEquals(Severity.INFO, r.report().worst(), r.report().format());
    assertEquals(3, r.report().countOf("rows kept"));
    assertTrue(
        r.value()
            .wardCodes()
            .containsAll(java.util.List.of("X05000001", "X05000002", "X05000003")));
  }
}
