package org.wardflow.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectService;
import org.wardflow.model.FlowFilter;
import org.wardflow.render.Layer;

class ProjectCodecTest {
  @TempDir Path dir;

  @Test
  void storyboardPolicyAndLedgerSurviveAProjectFile() throws Exception {
    DisclosurePolicy odd = new DisclosurePolicy(7, 10, false, true, false, true, 6);
    Storyboard b =
        Storyboard.EMPTY
            .add(
                StoryStep.of("Overview", odd)
                    .withNotes("line one\nline two")
                    .withExtent(new Envelope(400000, 410000, 280000, 290000))
                    .withLayers(List.of(Layer.WARDS, Layer.FLOWS))
                    .withSelection("E05000001", "")
                    .withClassification("JENKS", 6, "YlOrRd")
                    .withMeasure("cyp_per_1000"))
            .add(StoryStep.of("Second", DisclosurePolicy.DEFAULT.withK(2)));
    DemoData demo = DemoData.load();
    PublicationLedger ledger = new PublicationLedger();
    ledger.publish(demo.flows().cyp(), FlowFilter.ALL, DisclosurePolicy.DEFAULT, "demo", "test");

    ProjectFile p =
        ProjectFile.empty()
            .withPolicy(ProjectCodec.toSettings(odd))
            .withStoryboard(ProjectCodec.toRecords(b))
            .withLedger(ProjectCodec.toJson(ledger));
    ProjectService svc = new ProjectService("test");
    Path f = dir.resolve("p.wardflow");
    svc.save(f, p);
    ProjectFile back = svc.read(f);

    assertThat(ProjectCodec.toPolicy(back.policy())).isEqualTo(odd);
    Storyboard b2 = ProjectCodec.toStoryboard(back.storyboard());
    assertThat(b2.size()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      StoryStep x = b.get(i);
      StoryStep y = b2.get(i);
      assertThat(y.withTitle(x.title())).isNotNull();
      assertThat(
              new StoryStep(
                  x.id(),
                  y.title(),
                  y.notes(),
                  y.extent(),
                  y.layers(),
                  y.selectedWard(),
                  y.selectedSchool(),
                  y.measure(),
                  y.classification(),
                  y.classes(),
                  y.palette(),
                  y.policy()))
          .isEqualTo(x);
    }
    PublicationLedger ledger2 = ProjectCodec.toLedger(back.ledger());
    assertThat(ledger2.releases()).hasSize(1);
    assertThat(ledger2.toJson()).isEqualTo(ledger.toJson());
    assertThat(ProjectCodec.toLedger(null).releases()).isEmpty();
  }
}
