package org.wardflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, usage errors and unusable inputs: exit codes and one-paragraph messages, no traces. */
class CliUsageTest {
  private static final String GPKG = "maps/demo.gpkg";
  private static final String CYP = "maps/demo_cyp_flows.csv";
  private static final String LIST = "maps/demo_vru_list.csv";

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "synth", "publish", "rank", "version"})
  void everyCommandHasHelpThatExitsZero(String command) {
    for (String flag : List.of("--help", "-h")) {
      CliRun r = CliRun.of(command, flag);
      assertEquals(Cli.OK, r.code(), r.describe());
      assertTrue(r.out().startsWith("Usage: wardflow " + command), r.describe());
      assertTrue(r.err().isEmpty(), r.describe());
    }
    CliRun h = CliRun.of("help", command);
    assertEquals(Cli.OK, h.code());
    assertTrue(h.out().startsWith("Usage: wardflow " + command), h.describe());
  }

  @Test
  void topLevelHelpListsEveryCommandAndTheExitCodes() {
    CliRun r = CliRun.of("--help");
    assertEquals(Cli.OK, r.code());
    for (String c : List.of("validate", "render", "synth", "publish", "rank", "version")) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + c + " ")), c + "\n" + r.out());
    }
    for (String code : List.of("0 ", "1 ", "2 ", "64", "70")) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + code)), code + "\n" + r.out());
    }
    assertTrue(r.out().contains("SYNTHETIC"), "help says synth writes SYNTHETIC inputs");
  }

  @Test
  void commandsAreRecognisedByTheLauncher() {
    for (String c : List.of("render", "synth", "publish", "rank", "validate", "--version")) {
      assertTrue(Cli.isCommand(c), c);
    }
    assertFalse(Cli.isCommand("maps/demo.gpkg"));
  }

  static List<List<String>> badArguments() {
    return List.of(
        List.of("render", "--demo", "--bogus"),
        List.of("render", "--demo", "--size", "12"),
        List.of("render", "--demo", "--size", "0x100"),
        List.of("render", "--demo", "--k", "3"),
        List.of("render", "--demo", "--k", "25"),
        List.of("render", "--demo", "--round", "7"),
        List.of("render", "--demo", "--measure", "density"),
        List.of("render", "--demo", "--repeat", "many"),
        List.of("render", "--demo", "--palette", "Rainbow"),
        List.of("render", "--demo", "--wards", GPKG),
        List.of("render", "--demo", "--out", "map.jpg"),
        List.of("render", "--wards", GPKG),
        List.of("render", "--wards", GPKG, "--schools", GPKG, "--top", "10"),
        List.of("synth", "--wards", GPKG, "--schools", GPKG),
        List.of("synth", "--wards", GPKG, "--schools", GPKG, "--beta-primary", "x", "--out", "d"),
        List.of("synth", "--wards", GPKG, "--schools", GPKG, "--seed", "1.5", "--out", "d"),
        List.of("publish", "--wards", GPKG, "--schools", GPKG, "--flows", CYP),
        List.of("publish", "--wards", GPKG, "--schools", GPKG, "--flows", CYP, "--k"),
        List.of("rank", "--wards", GPKG, "--schools", GPKG, "--flows", CYP, "--out", "d"),
        List.of(
            "rank",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            CYP,
            "--list",
            LIST,
            "--measure",
            "exposure",
            "--out",
            "d"),
        List.of("validate"),
        List.of("frobnicate"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("badArguments")
  void badArgumentsExit64WithAMessage(List<String> args) {
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(Cli.USAGE, r.code(), r.describe());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("wardflow"), r.describe());
    assertTrue(first.length() > 25, "a message saying what is wrong: " + first);
    assertNoTrace(r);
    assertFalse(Files.exists(Path.of("d")), "nothing written on a usage error");
  }

  @Test
  void aThresholdBelowTheFloorIsRefusedAndSaysWhy() {
    CliRun r = CliRun.of("render", "--demo", "--k", "2");
    assertEquals(Cli.USAGE, r.code());
    assertTrue(r.err().contains("below the floor of 5"), r.describe());
  }

  @Test
  void aMissingFileExits2NamingItForEveryCommand() {
    String missing = tmp.resolve("no-such-wards.geojson").toString();
    String missingFlows = tmp.resolve("no-such-flows.csv").toString();
    String missingList = tmp.resolve("no-such-list.csv").toString();
    String out = tmp.resolve("out").toString();
    List<List<String>> runs =
        List.of(
            List.of("render", "--wards", missing, "--schools", GPKG, "--out", out + ".png"),
            List.of("synth", "--wards", missing, "--schools", GPKG, "--out", out),
            List.of(
                "publish",
                "--wards",
                GPKG,
                "--schools",
                GPKG,
                "--flows",
                missingFlows,
                "--out",
                out),
            List.of(
                "rank",
                "--wards",
                GPKG,
                "--schools",
                GPKG,
                "--flows",
                CYP,
                "--list",
                missingList,
                "--out",
                out));
    List<String> named = List.of(missing, missing, missingFlows, missingList);
    for (int i = 0; i < runs.size(); i++) {
      CliRun r = CliRun.of(runs.get(i).toArray(String[]::new));
      assertEquals(Cli.ERRORS, r.code(), r.describe());
      assertTrue(r.err().contains(named.get(i)), "names the file: " + r.describe());
      assertEquals(1, r.err().lines().filter(l -> l.startsWith("wardflow")).count(), r.describe());
      assertNoTrace(r);
      assertFalse(Files.exists(Path.of(out)), "nothing written: " + r.describe());
      assertFalse(Files.exists(Path.of(out + ".png")), "nothing written: " + r.describe());
    }
  }

  @Test
  void malformedInputsExit2WithTheReadersMessage() throws IOException {
    Path res = Path.of("src/test/resources/malformed");
    Path out = tmp.resolve("out");
    CliRun truncated =
        CliRun.of(
            "render",
            "--wards",
            res.resolve("truncated.geojson").toString(),
            "--schools",
            GPKG,
            "--out",
            out + ".png");
    assertEquals(Cli.ERRORS, truncated.code(), truncated.describe());
    assertTrue(truncated.err().contains("--wards"), truncated.describe());
    assertTrue(truncated.err().contains("truncated.geojson"), truncated.describe());
    assertNoTrace(truncated);

    CliRun garbage =
        CliRun.of(
            "synth",
            "--wards",
            GPKG,
            "--schools",
            res.resolve("garbage.bin").toString(),
            "--out",
            out.toString());
    assertEquals(Cli.ERRORS, garbage.code(), garbage.describe());
    assertTrue(garbage.err().contains("garbage.bin"), garbage.describe());
    assertNoTrace(garbage);

    Path flows = tmp.resolve("flows.csv");
    Files.writeString(flows, "", StandardCharsets.UTF_8);
    CliRun empty =
        CliRun.of(
            "publish",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            flows.toString(),
            "--out",
            out.toString());
    assertEquals(Cli.ERRORS, empty.code(), empty.describe());
    assertTrue(
        empty.err().contains("flows.csv") && empty.err().contains("empty"), empty.describe());

    Files.writeString(
        flows, "ward_code,school_urn,count\nX05999999,123,4\n", StandardCharsets.UTF_8);
    CliRun unknown =
        CliRun.of(
            "publish",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            flows.toString(),
            "--out",
            out.toString());
    assertEquals(Cli.ERRORS, unknown.code(), unknown.describe());
    assertTrue(unknown.err().contains("flows.csv"), unknown.describe());
    assertNoTrace(unknown);
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void anIndicatorColumnThatDoesNotExistIsNamed() throws IOException {
    Path ind = tmp.resolve("ind.csv");
    Files.writeString(ind, "ward_code,deprivation\nX05000001,3.5\n", StandardCharsets.UTF_8);
    CliRun r =
        CliRun.of(
            "rank",
            "--wards",
            GPKG,
            "--schools",
            GPKG,
            "--flows",
            CYP,
            "--list",
            LIST,
            "--measure",
            "exposure",
            "--indicator",
            ind.toString(),
            "--indicator-column",
            "poverty",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(Cli.ERRORS, r.code(), r.describe());
    assertTrue(r.err().contains("'poverty'") && r.err().contains("'deprivation'"), r.describe());
  }

  static void assertNoTrace(CliRun r) {
    String all = r.out() + r.err();
    assertFalse(all.contains("\tat org."), "no stack trace: " + r.describe());
    assertFalse(all.contains("Exception"), "no exception names: " + r.describe());
  }
}
