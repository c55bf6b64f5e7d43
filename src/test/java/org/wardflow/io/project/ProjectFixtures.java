package org.wardflow.io.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wardflow.io.project.ProjectFile.Extent;
import org.wardflow.io.project.ProjectFile.FlowSettings;
import org.wardflow.io.project.ProjectFile.PolicySettings;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectFile.StepRecord;
import org.wardflow.io.project.ProjectFile.StyleSettings;

/** Projects for tests. */
final class ProjectFixtures {
  private ProjectFixtures() {}

  static ProjectFile full(List<SourceRef> layers, List<SourceRef> flows, SourceRef vru) {
    ObjectNode ledger = JsonNodeFactory.instance.objectNode();
    ledger.putArray("releases").addObject().put("id", "r1").put("purpose", "committee");
    StyleSettings style =
        new StyleSettings(
            "cyp_per_1000", "JENKS", 6, "YlOrRd", true, new FlowSettings(5, 50, true, false, true));
    List<StepRecord> steps =
        List.of(
            new StepRecord(
                "Overview",
                "Where the children and young people live",
                new Extent(400000, 280000, 420000, 300000),
                List.of("WARDS", "FLOWS", "SCHOOLS"),
                "E05000001",
                "",
                style,
                new PolicySettings(10, 5, false, true, false, true, 5)),
            new StepRecord(
                "School focus",
                "",
                null,
                List.of("WARDS"),
                "",
                "140604",
                StyleSettings.DEFAULT,
                PolicySettings.DEFAULT));
    return ProjectFile.empty()
        .withTitle("Quillbridge review", "OFFICIAL-SENSITIVE")
        .withLayers(layers)
        .withFlowTables(flows)
        .withVruList(vru)
        .withPolicy(new PolicySettings(7, 10, true, false, true, false, 6))
        .withStyle(style)
        .withStoryboard(steps)
        .withLedger(ledger);
  }

  static ProjectFile large(int steps, String tag) {
    List<StepRecord> list = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      list.add(
          new StepRecord(
              tag + " step " + i,
              "notes ".repeat(20),
              new Extent(i, i, i + 1000, i + 1000),
              List.of("WARDS", "FLOWS"),
              "",
              "",
              StyleSettings.DEFAULT,
              PolicySettings.DEFAULT));
    }
    SourceRef w =
        new SourceRef("wards", SourceRef.WARDS, "/nonexistent/w.geojson", "", "ab", Map.of());
    return ProjectFile.empty()
        .withTitle(tag, "OFFICIAL")
        .withLayers(List.of(w))
        .withStoryboard(list);
  }
}
