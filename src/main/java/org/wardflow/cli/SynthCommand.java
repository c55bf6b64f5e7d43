package org.wardflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.wardflow.export.AppVersion;
import org.wardflow.io.WardPopulation;
import org.wardflow.io.synth.DistanceDecay;
import org.wardflow.io.synth.SyntheticFiles;
import org.wardflow.io.synth.SyntheticFlowGenerator;
import org.wardflow.io.synth.SyntheticFlows;
import org.wardflow.io.synth.SyntheticParameters;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;

/**
 * {@code synth}: makes SYNTHETIC flow tables for a geography with the gravity-model generator
 * ({@link SyntheticFlowGenerator}) and writes them as aggregated CSVs with a manifest marking them
 * SYNTHETIC ({@link SyntheticFiles}). These files are synthetic <em>inputs</em> (raw counts of
 * invented people), not published figures: they are meant to be read back by {@code render}, {@code
 * publish} and {@code rank}, which publish them through the disclosure gate like any other table.
 */
final class SynthCommand implements Command {
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
      SyntheticFiles.Written w =
          SyntheticFiles.write(geo, s, in.hashes(), AppVersion.get(), Instant.now(), dir);
      out.print(s.report().format());
      out.printf(
          Locale.ROOT,
          "wrote %s (%d rows), %s (%d rows), %s and %s to %s — SYNTHETIC (seed %d)%n",
          SyntheticFiles.PUPILS,
          w.pupilRows(),
          SyntheticFiles.CYP,
          w.cypRows(),
          SyntheticFiles.RATES,
          SyntheticFiles.MANIFEST,
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
}
