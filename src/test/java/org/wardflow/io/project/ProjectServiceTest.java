package org.wardflow.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardflow.io.flows.Sha256;
import org.wardflow.io.project.ProjectFile.SourceRef;
import org.wardflow.io.project.ProjectLoadReport.Status;

class ProjectServiceTest {
  private static final Instant T0 = Instant.parse("2025-05-01T10:15:30Z");
  private final ProjectService svc = new ProjectService(Clock.fixed(T0, ZoneOffset.UTC), "1.2.3");

  @TempDir Path dir;

  private Path input(String name, String content) throws IOException {
    Path p = dir.resolve("data").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private ProjectFile sample(Path project) throws IOException {
    Path wards = input("wards.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Path flows = input("flows.csv", "ward_code,urn,count\nE05000001,140604,7\n");
    Path vru = input("vru.csv", "urn\n140604\n");
    return ProjectFixtures.full(
        List.of(
            ProjectService.sourceOf(
                project, "wards", SourceRef.WARDS, wards, Map.of("code_field", "WD25CD"))),
        List.of(
            ProjectService.sourceOf(
                project, "flows-1", SourceRef.FLOWS, flows, Map.of("shape", "aggregated"))),
        ProjectService.sourceOf(project, "vru", SourceRef.VRU_LIST, vru, Map.of()));
  }

  @Test
  void roundTripKeepsEverythingAndStampsVersionAndTime() throws IOException {
    Path file = dir.resolve("review.wardflow");
    ProjectFile p = sample(file);
    ProjectFile written = svc.save(file, p);
    ProjectService.Opened opened = svc.open(file);

    assertThat(opened.project()).isEqualTo(written);
    assertThat(opened.project().formatVersion()).isEqualTo(ProjectFile.CURRENT_VERSION);
    assertThat(opened.project().savedAt()).isEqualTo(T0.toString());
    assertThat(opened.project().appVersion()).isEqualTo("1.2.3");
    assertThat(opened.project().storyboard()).hasSize(2);
    assertThat(opened.project().storyboard().get(0).policy().k()).isEqualTo(10);
    assertThat(opened.project().ledger().path("releases").get(0).path("purpose").asText())
        .isEqualTo("committee");
    assertThat(opened.report().allUsable()).isTrue();
    assertThat(opened.report().checks()).hasSize(3);
    String json = Files.readString(file);
    assertThat(json).contains("\"format_version\" : 1", "\"sha256\"", "\"flow_tables\"");
    assertThat(opened.recovered()).isFalse();
  }

  @Test
  void inputFilesAreNeverModified() throws IOException {
    Path file = dir.resolve("p.wardflow");
    ProjectFile p = sample(file);
    Map<Path, String> before = new java.util.HashMap<>();
    for (SourceRef s : p.sources()) {
      before.put(Path.of(s.path()), Sha256.of(Path.of(s.path())));
    }
    svc.save(file, p);
    svc.open(file);
    svc.saveAutosave(file, p);
    for (var e : before.entrySet()) {
      assertThat(Sha256.of(e.getKey())).isEqualTo(e.getValue());
    }
  }

  @Test
  void aChangedSourceIsReportedWithBothHashes() throws IOException {
    Path file = dir.resolve("p.wardflow");
    svc.save(file, sample(file));
    Files.writeString(dir.resolve("data/flows.csv"), "ward_code,urn,count\nE05000001,140604,9\n");

    ProjectService.Opened opened = svc.open(file);

    assertThat(opened.report().allUsable()).isFalse();
    var check = opened.report().check("flows-1");
    assertThat(check.status()).isEqualTo(Status.CHANGED);
    assertThat(check.message()).contains("flows.csv", "changed since it was imported");
    assertThat(check.actualSha256()).isNotEqualTo(check.source().sha256());
    assertThat(opened.report().check("wards").status()).isEqualTo(Status.OK);
    assertThat(opened.report().problems()).hasSize(1);
  }

  @Test
  void aMissingSourceIsReportedAndCanBeRelocated() throws IOException {
    Path file = dir.resolve("p.wardflow");
    svc.save(file, sample(file));
    Path elsewhere = dir.resolve("moved/vru-list.csv");
    Files.createDirectories(elsewhere.getParent());
    Files.move(dir.resolve("data/vru.csv"), elsewhere);

    ProjectService.Opened opened = svc.open(file);
    assertThat(opened.report().check("vru").status()).isEqualTo(Status.MISSING);
    assertThat(opened.report().summary()).contains("vru.csv", "missing");

    ProjectService.Relocation r = svc.relocate(file, opened.project(), "vru", elsewhere);
    assertThat(r.contentChanged()).isFalse();
    assertThat(r.project().vruList().path()).isEqualTo(elsewhere.toAbsolutePath().toString());
    assertThat(r.project().vruList().relativePath()).isEqualTo("moved/vru-list.csv");
    svc.save(file, r.project());
    assertThat(svc.open(file).report().allUsable()).isTrue();
  }

  @Test
  void relocatingToAFileWithOtherContentSaysSo() throws IOException {
    Path file = dir.resolve("p.wardflow");
    ProjectFile p = sample(file);
    Path other = input("flows-v2.csv", "ward_code,urn,count\nE05000002,140604,12\n");
    ProjectService.Relocation r = svc.relocate(file, p, "flows-1", other);
    assertThat(r.contentChanged()).isTrue();
    assertThat(r.message()).contains("differs");
    assertThat(r.project().flowTables().get(0).sha256()).isEqualTo(Sha256.of(other));
    assertThat(r.project().flowTables().get(0).mapping()).containsEntry("shape", "aggregated");
    assertThatThrownBy(() -> svc.relocate(file, p, "nope", other))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void inputsMovedTogetherWithTheProjectAreFoundByRelativePath() throws IOException {
    Path file = dir.resolve("p.wardflow");
    svc.save(file, sample(file));
    Path newHome = Files.createDirectories(dir.resolve("copy"));
    Files.move(dir.resolve("data"), newHome.resolve("data"));
    Files.move(file, newHome.resolve("p.wardflow"));

    ProjectService.Opened opened = svc.open(newHome.resolve("p.wardflow"));

    assertThat(opened.report().checks()).allMatch(c -> c.status() == Status.MOVED);
    assertThat(opened.report().allUsable()).isTrue();
    assertThat(opened.project().layers().get(0).path()).startsWith(newHome.toString());
  }

  @Test
  void aWriteFailingHalfWayLeavesTheOldFileValid() throws IOException {
    Path file = dir.resolve("p.wardflow");
    ProjectFile old = svc.save(file, sample(file));
    byte[] big = ProjectService.toBytes(ProjectFixtures.large(3000, "new"));
    assertThat(big.length).isGreaterThan(3 << 16);

    assertThatThrownBy(
            () ->
                ProjectService.writeAtomically(
                    file,
                    big,
                    n -> {
                      if (n > big.length / 2) {
                        throw new UncheckedIOException(new IOException("disk full"));
                      }
                    }))
        .hasMessageContaining("disk full");

    assertThat(svc.read(file)).isEqualTo(old);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void killingTheProcessMidSaveLeavesAValidFile() throws Exception {
    Path file = dir.resolve("big.wardflow");
    ProjectFile initial = svc.save(file, ProjectFixtures.large(10, "initial"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> titles = new ArrayList<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      Process proc =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  ProjectSaveLoop.class.getName(),
                  file.toString(),
                  "20000")
              .redirectErrorStream(true)
              .start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("saving");
        Thread.sleep(150 + 170L * attempt);
        proc.destroyForcibly();
        assertThat(proc.waitFor(20, TimeUnit.SECONDS)).isTrue();
      }
      ProjectFile after = svc.read(file);
      assertThat(after.title()).isIn(titlesSoFar(initial, 1000));
      titles.add(after.title());
    }
    assertThat(titles).hasSize(3);
  }

  private static List<String> titlesSoFar(ProjectFile initial, int rounds) {
    List<String> t = new ArrayList<>();
    t.add(initial.title());
    for (int i = 1; i <= rounds; i++) {
      t.add("round " + i);
    }
    return t;
  }

  @Test
  void aNewerAutosaveIsOfferedAndOpensUnderTheProjectPath() throws Exception {
    Path file = dir.resolve("p.wardflow");
    ProjectFile p = sample(file);
    svc.save(file, p);
    assertThat(svc.recovery(file)).isEmpty();

    try (Autosaver auto =
        new Autosaver(svc, Duration.ofMinutes(5), Duration.ofMillis(20), m -> {})) {
      auto.changed(file, p.withTitle("edited after save", "OFFICIAL"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (auto.writes() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(auto.writes()).isEqualTo(1);
    }
    Path side = ProjectService.autosaveFile(file);
    assertThat(side.getFileName().toString()).isEqualTo("p.wardflow.autosave");
    Files.setLastModifiedTime(
        side, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));

    var offer = svc.recovery(file);
    assertThat(offer).isPresent();
    ProjectService.Opened rec = svc.openAutosave(file);
    assertThat(rec.recovered()).isTrue();
    assertThat(rec.file()).isEqualTo(file);
    assertThat(rec.project().title()).isEqualTo("edited after save");
    assertThat(svc.read(file).title()).isEqualTo("Quillbridge review");

    svc.save(file, rec.project());
    assertThat(Files.exists(side)).isFalse();
    assertThat(svc.recovery(file)).isEmpty();
  }

  @Test
  void anOlderAutosaveIsNotOffered() throws Exception {
    Path file = dir.resolve("p.wardflow");
    ProjectFile p = sample(file);
    svc.saveAutosave(file, p);
    svc.save(dir.resolve("other.wardflow"), p);
    Files.copy(dir.resolve("other.wardflow"), file);
    Path side = ProjectService.autosaveFile(file);
    Files.setLastModifiedTime(
        side, FileTime.from(Files.getLastModifiedTime(file).toInstant().minusSeconds(60)));
    assertThat(svc.recovery(file)).isEmpty();
  }

  @Test
  void autosaveDebouncesBurstsOfChanges() throws Exception {
    Path file = dir.resolve("p.wardflow");
    ProjectFile p = ProjectFile.empty();
    try (Autosaver auto =
        new Autosaver(svc, Duration.ofMinutes(5), Duration.ofMillis(300), m -> {})) {
      for (int i = 0; i < 20; i++) {
        auto.changed(file, p.withTitle("v" + i, ""));
      }
      assertThat(auto.dirty()).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (auto.writes() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(400);
      assertThat(auto.writes()).isEqualTo(1);
      assertThat(auto.dirty()).isFalse();
    }
    assertThat(svc.read(ProjectService.autosaveFile(file)).title()).isEqualTo("v19");
  }

  @Test
  void badFilesGetOneClearParagraph() throws IOException {
    Path notJson = dir.resolve("broken.wardflow");
    Files.writeString(notJson, "{\n  \"format_version\": 1,\n  \"title\": \n}");
    assertThatThrownBy(() -> svc.read(notJson))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining("broken.wardflow")
        .hasMessageContaining("line 4");

    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"type\":\"FeatureCollection\"}");
    assertThatThrownBy(() -> svc.read(other)).hasMessageContaining("not a Wardflow project");

    Path newer = dir.resolve("newer.wardflow");
    Files.writeString(newer, "{\"format_version\": 99, \"app_version\": \"9.0\"}");
    assertThatThrownBy(() -> svc.read(newer))
        .hasMessageContaining("format version 99")
        .hasMessageContaining("9.0");

    assertThatThrownBy(() -> svc.read(dir.resolve("absent.wardflow")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void unknownFieldsFromAMinorRevisionAreIgnored() throws IOException {
    Path f = dir.resolve("future.wardflow");
    Files.writeString(
        f, "{\"format_version\": 1, \"title\": \"T\", \"some_future_field\": {\"a\": 1}}");
    assertThat(svc.read(f).title()).isEqualTo("T");
    assertThat(svc.read(f).policy()).isEqualTo(ProjectFile.PolicySettings.DEFAULT);
  }

  @Test
  void recentProjectsKeepsNewestFirstWithoutDuplicates() throws IOException {
    RecentProjects recent = new RecentProjects(dir.resolve("prefs/recent.json"));
    assertThat(recent.list()).isEmpty();
    for (int i = 0; i < 12; i++) {
      recent.add(dir.resolve("p" + i + ".wardflow"));
    }
    recent.add(dir.resolve("p5.wardflow"));
    List<Path> l = recent.list();
    assertThat(l).hasSize(RecentProjects.MAX);
    assertThat(l.get(0)).isEqualTo(dir.resolve("p5.wardflow").toAbsolutePath());
    assertThat(l).doesNotHaveDuplicates();
    recent.remove(dir.resolve("p5.wardflow"));
    assertThat(recent.list()).doesNotContain(dir.resolve("p5.wardflow").toAbsolutePath());
    Files.writeString(dir.resolve("prefs/recent.json"), "garbage");
    assertThat(recent.list()).isEmpty();
  }
}
