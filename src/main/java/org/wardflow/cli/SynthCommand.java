package org.wardflow.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.export.AppVersion;
import org.wardflow.io.WardPopulation;
import org.wardflow.io.flows.FlowCsvWriter;
import org.wardflow.io.flows.FlowManifest;
import org.wardflow.io.flows.Sha256;
import org.wardflow.io.synth.DistanceDecay;
import org.wardflow.io.synth.SyntheticFlowGenerator;
import org.wardflow.io.synth.SyntheticFlows;
import org.wardflow.io.synth.SyntheticParameters;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;
import org.wardflow.model.WardIndicator;

/**
 * {@code synth}: makes SYNTHETIC flow tables for a geography with the gravity-model generator
 * ({@link SyntheticFlowGenerator}) and writes them as aggregated CSVs with a manifest marking them
 * SYNTHETIC. These files are synthetic <em>inputs</em> (raw counts of invented people), not
 * published figures: they are meant to be read back by {@code render}, {@code publish} and {@code
 * rank}, which publish them through the disclosure gate like any other table.
 */
final class SynthCommand implements Command {
  /** All-pupils table. */
  static final String PUPILS = "pupil_flows.csv";

  /** CYP table. */
  static final String CYP = "cyp_flows.csv";

  /** The synthetic ward rate field and the children used. */
  static final String RATES = "ward_rates.csv";

  /** The manifest. */
  static final String MANIFEST = "manifest.json";

  private static final Set<String> VALUED =
      Set.of(
          "wards",
          "schools",
          "population",
          "seed",
          "beta-primary",
          "beta-secondary",
          "cyp-rate",
          "out");

  @Override
  public String name() {
    return "synth";
  }

  @Override
  public String summary() {
    return "make SYNTHETIC pupil and CYP flow tables for a geography";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow synth --wards F --schools F [--population F] [--seed S]",
        "                      [--beta-primary KM] [--beta-secondary KM] [--cyp-rate R]",
        "                      --out DIR",
        "",
        "Makes SYNTHETIC flow tables for the geography (no real table of children and young",
        "people is ever shipped): children per ward from --population (else an assumed",
        "share of an assumed population), school places from GIAS pupil numbers, a",
        "doubly-constrained gravity model with exponential distance decay for all pupils,",
        "and Poisson draws of 'CYP involved in violence' from a smooth, skewed ward rate.",
        "Writes into DIR:",
        "  pupil_flows.csv   all pupils, ward_code,school_urn,count (SYNTHETIC)",
        "  cyp_flows.csv     CYP involved in violence, same header (SYNTHETIC)",
        "  ward_rates.csv    the SYNTHETIC true rate per 1,000 pupils and children used",
        "  manifest.json     marks the files SYNTHETIC: seed, parameters, inputs' SHA-256,",
        "                    app version and time",
        "These files are synthetic inputs, not published figures: read them back with",
        "render, publish or rank, which publish them through the disclosure gate.",
        "",
        "  --wards F           ward boundaries (GeoJSON, GeoPackage or Shapefile)",
        "  --schools F         schools (GIAS CSV or a point layer)",
        "  --population F      ward population CSV (children aged 0-15 and residents)",
        "  --seed S            random seed (default 1); the same seed and inputs give the",
        "                      same tables",
        "  --beta-primary KM   distance decay length for primary pupils (default 0.8 km)",
        "  --beta-secondary KM distance decay length for secondary pupils (default 2 km)",
        "  --cyp-rate R        mean CYP per 1,000 secondary-age pupils (default 12)",
        "  --out DIR           folder to write into (created if needed)",
        "",
        "Exit code: 0 written, 1 written but an input had warnings, 2 an input cannot be",
        "used, 64 bad arguments, 70 internal error.");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a = Args.parse(args, VALUED, Set.of());
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
    }
    Path wardsFile = a.requirePath("wards");
    Path schoolsFile = a.requirePath("schools");
    String outDir = a.require("out");
    SyntheticParameters base = SyntheticParameters.DEFAULT;
    long seed = a.getLong("seed", base.seed());
    double betaP = km(a, "beta-primary", base.primaryDecay());
    double betaS = km(a, "beta-secondary", base.secondaryDecay());
    SyntheticParameters p;
    try {
      p =
          base.withSeed(seed)
              .withDecay(DistanceDecay.exponential(betaP), DistanceDecay.exponential(betaS));
      if (a.has("cyp-rate")) {
        p = p.withCypRate(number(a, "cyp-rate"));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }

    Inputs in = new Inputs(err);
    Geography geo = in.geography(wardsFile, schoolsFile);
    WardIndicator children = null;
    WardIndicator population = null;
    if (a.has("population")) {
      WardPopulation pop = in.population(a.requirePath("population"), geo.wards());
      children = pop.children();
      population = pop.total();
    }
    SyntheticFlows s;
    try {
      s = SyntheticFlowGenerator.generate(geo, children, population, p);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "Cannot make synthetic flows for "
              + wardsFile
              + " and "
              + schoolsFile
              + ": "
              + e.getMessage()
              + ".");
    }
    Path dir = Inputs.outputDir("--out", outDir);
    try {
      int pupilRows = FlowCsvWriter.write(s.pupils(), dir.resolve(PUPILS));
      int cypRows = FlowCsvWriter.write(s.cyp(), dir.resolve(CYP));
      writeRates(geo, s, dir.resolve(RATES));
      writeManifest(geo, s, in.hashes(), dir);
      out.print(s.report().format());
      out.printf(
          Locale.ROOT,
          "wrote %s (%d rows), %s (%d rows), %s and %s to %s — SYNTHETIC (seed %d)%n",
          PUPILS,
          pupilRows,
          CYP,
          cypRows,
          RATES,
          MANIFEST,
          dir,
          seed);
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + dir + " (" + e.getMessage() + ").");
    }
    return in.exitCode();
  }

  private static double number(Args a, String name) {
    String v = a.get(name);
    try {
      double d = Double.parseDouble(v.trim());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, was '" + v + "'");
    }
  }

  /** A length in km (a number, optionally followed by km or m) as metres. */
  private static double km(Args a, String name, DistanceDecay dflt) {
    String v = a.get(name);
    if (v == null) {
      return dflt.parameter();
    }
    String t = v.trim().toLowerCase(Locale.ROOT);
    double scale = 1000;
    if (t.endsWith("km")) {
      t = t.substring(0, t.length() - 2).trim();
    } else if (t.endsWith("m")) {
      t = t.substring(0, t.length() - 1).trim();
      scale = 1;
    }
    double d;
    try {
      d = Double.parseDouble(t) * scale;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a length in km (e.g. 0.8), was '" + v + "'");
    }
    if (!(d >= 50 && d <= 100_000)) {
      throw new UsageException("--" + name + " must be between 0.05 and 100 km, was '" + v + "'");
    }
    return d;
  }

  private static void writeRates(Geography geo, SyntheticFlows s, Path file) throws IOException {
    CSVFormat fmt =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("ward_code", "synthetic_cyp_rate_per_1000", "children_0_15_used")
            .setRecordSeparator("\n")
            .get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, fmt)) {
      for (Ward ward : geo.wards().wards()) {
        p.printRecord(
            ward.code(),
            fmt(s.trueRate().valueOf(ward.code()).orElse(Double.NaN)),
            fmt(s.children().valueOf(ward.code()).orElse(Double.NaN)));
      }
    }
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static void writeManifest(
      Geography geo, SyntheticFlows s, Map<String, String> inputs, Path dir) throws IOException {
    Map<String, String> params = new LinkedHashMap<>(s.parameters().toMetadata());
    boolean fictional = geo.info().fictional();
    String label = fictional ? "FICTIONAL · SYNTHETIC" : "SYNTHETIC";
    FlowManifest m =
        new FlowManifest(
            label,
            true,
            fictional,
            SyntheticFlowGenerator.class.getName()
                + " (wardflow synth, Wardflow "
                + AppVersion.get()
                + ")",
            "SYNTHETIC flow tables made by Wardflow's generator for the wards and schools named"
                + " under inputs: a doubly-constrained gravity model of all pupils and Poisson"
                + " draws of children and young people (CYP) 'involved in violence' from an"
                + " invented ward rate. No real person is counted here. These are synthetic"
                + " inputs: anything shown or published from them goes through the disclosure"
                + " gate, and is labelled SYNTHETIC.",
            params,
            inputs,
            List.of(
                new FlowManifest.FileEntry(
                    PUPILS,
                    s.pupils().info().title(),
                    true,
                    fictional,
                    Sha256.of(dir.resolve(PUPILS))),
                new FlowManifest.FileEntry(
                    CYP, s.cyp().info().title(), true, fictional, Sha256.of(dir.resolve(CYP))),
                new FlowManifest.FileEntry(
                    RATES,
                    s.trueRate().name() + " (and the children per ward the model used)",
                    true,
                    fictional,
                    Sha256.of(dir.resolve(RATES)))));
    Path file = dir.resolve(MANIFEST);
    m.write(file);
    stamp(file);
  }

  /**
   * Adds the application version and the time of writing to a manifest written by {@link
   * FlowManifest#write} (which is deterministic and has neither), after its {@code generator}.
   */
  static void stamp(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(file.toFile());
    ObjectNode out = json.createObjectNode();
    root.properties()
        .forEach(
            e -> {
              out.set(e.getKey(), e.getValue());
              if (e.getKey().equals("generator")) {
                out.put("app_version", AppVersion.get());
                out.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
              }
            });
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Files.writeString(file, json.writer(pp).writeValueAsString(out) + "\n", StandardCharsets.UTF_8);
  }
}
