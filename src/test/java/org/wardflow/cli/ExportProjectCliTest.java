package org.wardflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.export.story.ProjectCodec;
import org.wardflow.export.story.StoryStep;
import org.wardflow.export.story.Storyboard;
import org.wardflow.io.demo.DemoData;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectService;
import org.wardflow.testutil.SharedData;

/**
 * {@code export --project}: a project saved with a two-step storyboard is exported in-process to
 * PDF, SVG and PNG with a manifest beside every file; the PDF's text carries the caveat, the
 * protective marking and the step titles; a step below the floor is raised; bad projects and
 * missing inputs exit 2 with a message naming the file.
 */
class ExportProjectCliTest {
  @TempDir Path tmp;

  private static final String MARKING = "OFFICIAL-SENSITIVE TEST MARKING";

  private Path demoProject(Path dir) throws IOException {
    Envelope all = DemoData.load().geography().wards().extent();
    Envelope west =
        new Envelope(
            all.getMinX(), all.getMinX() + all.getWidth() / 2, all.getMinY(), all.getMaxY());
    Storyboard b =
        Storyboard.EMPTY
            .add(StoryStep.of("Where CYP live", DisclosurePolicy.DEFAULT))
            .add(
                StoryStep.of("Western schools", DisclosurePolicy.DEFAULT.withK(3))
                    .withExtent(west)
                    .withClassification("JENKS", 4, "Blues"));
    ProjectFile p =
        ProjectFile.empty()
            .withTitle("Quillbridge committee", MARKING)
            .withLayers(List.of(SourceRef.demo()))
            .withPolicy(ProjectCodec.toSettings(DisclosurePolicy.DEFAULT))
            .withStoryboard(ProjectCodec.toRecords(b))
            .withLedger(ProjectCodec.toJson(new PublicationLedger()));
    Path f = dir.resolve("committee.wardflow");
    new ProjectService("test").save(f, p);
    return f;
  }

  private static String pdfText(Path f) throws IOException {
    try (PDDocument d = Loader.loadPDF(f.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void allStepsOfADemoProjectBecomeVectorPdfsWithManifests() throws Exception {
    Path project = demoProject(tmp);
    byte[] before = Files.readAllBytes(project);
    Path out = tmp.resolve("out");
    CliRun r =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--all",
            "--format",
            "pdf",
            "--out",
            out.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    Path one = out.resolve("step-01-where-cyp-live.pdf");
    Path two = out.resolve("step-02-western-schools.pdf");
    assertTrue(Files.isRegularFile(one), r.describe());
    assertTrue(Files.isRegularFile(two), r.describe());
    String t1 = pdfText(one);
    String t2 = pdfText(two);
    assertTrue(t1.contains("Where CYP live"), t1);
    assertTrue(t2.contains("Western schools"), t2);
    for (String t : List.of(t1, t2)) {
      assertTrue(t.contains(MARKING), "marking on the page: " + t);
      assertTrue(t.toLowerCase().contains("exploratory, not predictive"), "caveat: " + t);
      assertTrue(t.contains("SYNTHETIC"), "synthetic label: " + t);
      assertTrue(t.contains("Quillbridge committee"), "project title in the subtitle: " + t);
    }
    // step 2 asked for k = 3: exported at the floor of 5, and said so
    assertTrue(r.err().contains("raised from k = 3"), r.describe());
    assertTrue(t2.contains("5"), t2);
    for (Path f : List.of(one, two)) {
      Path manifest = f.resolveSibling(f.getFileName() + ".manifest.json");
      assertTrue(Files.isRegularFile(manifest), "manifest beside " + f);
      JsonNode m = ProjectService.json().readTree(manifest.toFile());
      assertTrue(m.toString().contains("committee.wardflow"), "the project's hash is recorded");
      assertTrue(m.toString().contains("\"k\""), m.toString());
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count(), "two maps, two manifests, nothing else");
    }
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(project)), "the project is only read");
  }

  @Test
  void oneStepAsPngAtAChosenDpiAndAsSvg() throws Exception {
    Path project = demoProject(tmp);
    Path out = tmp.resolve("png");
    CliRun r =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--step",
            "2",
            "--format",
            "png",
            "--dpi",
            "72",
            "--out",
            out.toString());
    assertEquals(Cli.OK, r.code(), r.describe());
    Path png = out.resolve("step-02-western-schools.png");
    BufferedImage img = ImageIO.read(png.toFile());
    // A4 landscape at 72 dpi: 842 x 595 points
    assertEquals(842, img.getWidth(), 1);
    assertEquals(595, img.getHeight(), 1);
    assertFalse(Files.exists(out.resolve("step-01-where-cyp-live.png")), "only step 2");
    assertTrue(Files.isRegularFile(out.resolve("step-02-western-schools.png.manifest.json")));

    CliRun svg =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--step",
            "1",
            "--format",
            "svg",
            "--out",
            out.toString());
    assertEquals(Cli.OK, svg.code(), svg.describe());
    String text = Files.readString(out.resolve("step-01-where-cyp-live.svg"));
    assertTrue(text.contains("<path") && text.contains("Where CYP live"), "vector with text");
  }

  @Test
  void badProjectsExit2WithAMessageNamingTheFile() throws Exception {
    Path missing = tmp.resolve("no-such.wardflow");
    CliRun r =
        CliRun.of(
            "export",
            "--project",
            missing.toString(),
            "--all",
            "--format",
            "pdf",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(Cli.ERRORS, r.code(), r.describe());
    assertTrue(r.err().contains("no-such.wardflow"), r.describe());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.describe());

    Path garbage = tmp.resolve("garbage.wardflow");
    Files.writeString(garbage, "{ not json");
    CliRun g =
        CliRun.of(
            "export",
            "--project",
            garbage.toString(),
            "--all",
            "--format",
            "pdf",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(Cli.ERRORS, g.code(), g.describe());
    assertTrue(g.err().contains("garbage.wardflow") && g.err().contains("line 1"), g.describe());

    Path project = demoProject(tmp);
    CliRun tooFar =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--step",
            "3",
            "--format",
            "pdf",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(Cli.ERRORS, tooFar.code(), tooFar.describe());
    assertTrue(tooFar.err().contains("has 2 steps"), tooFar.describe());

    CliRun usage =
        CliRun.of("export", "--project", project.toString(), "--format", "pdf", "--out", "x");
    assertEquals(Cli.USAGE, usage.code(), "neither --step nor --all: " + usage.describe());
  }

  @Test
  void aMissingInputIsNamedAndNothingIsWritten() throws Exception {
    Path gone = tmp.resolve("moved-away.geojson");
    ProjectFile p =
        ProjectFile.empty()
            .withLayers(
                List.of(
                    new SourceRef("wards", SourceRef.WARDS, gone.toString(), "", "ab", Map.of()),
                    new SourceRef(
                        "schools", SourceRef.SCHOOLS, gone.toString(), "", "ab", Map.of())))
            .withStoryboard(
                ProjectCodec.toRecords(
                    Storyboard.EMPTY.add(StoryStep.of("One", DisclosurePolicy.DEFAULT))));
    Path f = tmp.resolve("broken.wardflow");
    new ProjectService("test").save(f, p);
    Path out = tmp.resolve("none");
    CliRun r =
        CliRun.of(
            "export",
            "--project",
            f.toString(),
            "--all",
            "--format",
            "pdf",
            "--out",
            out.toString());
    assertEquals(Cli.ERRORS, r.code(), r.describe());
    assertTrue(r.err().contains("moved-away.geojson") && r.err().contains("missing"), r.describe());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    CliRun r = CliRun.of("export", "--help");
    assertEquals(Cli.OK, r.code());
    assertTrue(r.out().contains("--project") && r.out().contains("--all"), r.out());
    assertTrue(r.out().contains("Exit code"), r.out());
    assertTrue(CliRun.of("--help").out().contains("export"));
  }

  @Test
  void aProjectOverRealFilesIsReadFromItsRecordedPaths() throws Exception {
    Path wards = SharedData.file("wm_wards_2025_bgc_wgs84.geojson");
    Path schools = SharedData.file("wm_gias_open_establishments_20250524.csv");
    Path population = SharedData.file("wm_ward25_census2021_usual_residents_age6_DERIVED.csv");
    Path synth = tmp.resolve("synth");
    CliRun s =
        CliRun.of(
            "synth",
            "--wards",
            wards.toString(),
            "--schools",
            schools.toString(),
            "--population",
            population.toString(),
            "--out",
            synth.toString());
    assertTrue(s.code() <= Cli.WARNINGS, s.describe());
    Path proj = tmp.resolve("wm.wardflow");
    ProjectFile p =
        ProjectFile.empty()
            .withTitle("West Midlands (SYNTHETIC flows)", "")
            .withLayers(
                List.of(
                    ProjectService.sourceOf(proj, "wards", SourceRef.WARDS, wards, Map.of()),
                    ProjectService.sourceOf(proj, "schools", SourceRef.SCHOOLS, schools, Map.of())))
            .withFlowTables(
                List.of(
                    ProjectService.sourceOf(
                        proj,
                        "flows-cyp",
                        SourceRef.FLOWS,
                        synth.resolve("cyp_flows.csv"),
                        Map.of())))
            .withStoryboard(
                ProjectCodec.toRecords(
                    Storyboard.EMPTY.add(StoryStep.of("All wards", DisclosurePolicy.DEFAULT))));
    new ProjectService("test").save(proj, p);
    Path out = tmp.resolve("wm-out");
    CliRun r =
        CliRun.of(
            "export",
            "--project",
            proj.toString(),
            "--all",
            "--format",
            "pdf",
            "--out",
            out.toString());
    // GIAS has a school at 0,0: a warning from the reader, so 1
    assertTrue(r.code() == Cli.OK || r.code() == Cli.WARNINGS, r.describe());
    String t = pdfText(out.resolve("step-01-all-wards.pdf"));
    assertTrue(t.contains("All wards") && t.contains("OFFICIAL-SENSITIVE"), t);
    assertTrue(t.contains("SYNTHETIC"), t);
  }
}
