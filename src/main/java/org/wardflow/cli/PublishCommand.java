package org.wardflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationSummary;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.PublishedCsvWriter;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;

/**
 * {@code publish}: publishes a flow table through the disclosure gate (primary and secondary
 * suppression, exact audit, rounding, totals) and writes {@code cells.csv}, {@code totals.csv} and
 * {@code manifest.json} with {@link PublishedCsvWriter} — the same files as the desktop app's
 * export. Raw counts never reach any file.
 */
final class PublishCommand implements Command {
  private static final Set<String> VALUED =
      Set.of("wards", "schools", "flows", "k", "round", "marking", "out");

  @Override
  public String name() {
    return "publish";
  }

  @Override
  public String summary() {
    return "publish a flow table through disclosure control as CSV with a manifest";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow publish --wards F --schools F --flows F [--k K] [--round B]",
        "                        [--no-zeros] [--no-ward-totals] [--no-school-totals]",
        "                        [--no-grand-total] [--marking TEXT] --out DIR",
        "",
        "Publishes the ward -> school table through the disclosure gate: counts 1..K-1",
        "suppressed (primary), further cells and totals suppressed so that none can be",
        "worked out to within K (secondary, hiding as few people as possible), every",
        "hidden figure audited exactly, then rounding. Writes into DIR:",
        "  cells.csv      ward_code,school_urn,value,status (published | suppressed; value",
        "                 empty when suppressed) for every non-structural cell",
        "  totals.csv     kind,code,value,status (kind ward, school or grand)",
        "  manifest.json  inputs' SHA-256, the policy and its statement, the audit outcome,",
        "                 app version, time, protective marking, SYNTHETIC label if any",
        "Raw values never appear in any file. Prints what was suppressed and the audit.",
        "",
        "  --wards F          ward boundaries (GeoJSON, GeoPackage or Shapefile)",
        "  --schools F        schools (GIAS CSV or a point layer)",
        "  --flows F          ward -> school flow table (aggregated or record-level CSV)",
        PolicyOptions.HELP,
        "  --no-zeros         do not publish zero cells (they are listed as suppressed)",
        "  --no-ward-totals   do not publish ward (row) totals",
        "  --no-school-totals do not publish school (column) totals",
        "  --no-grand-total   do not publish the grand total",
        "  --marking TEXT     protective marking recorded in the manifest",
        "                     (default OFFICIAL-SENSITIVE; '' for none)",
        "  --out DIR          folder to write into (created if needed)",
        "",
        "Exit code: 0 written, 1 written but an input had warnings, 2 an input cannot be",
        "used, 64 bad arguments, 70 internal error (e.g. the audit failed: nothing written).");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a =
        Args.parse(
            args, RenderCommand.union(VALUED, PolicyOptions.SWITCHES), PolicyOptions.SWITCHES);
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
    }
    Path wardsFile = a.requirePath("wards");
    Path schoolsFile = a.requirePath("schools");
    Path flowsFile = a.requirePath("flows");
    String outDir = a.require("out");
    DisclosurePolicy policy = PolicyOptions.parse(a, 5);
    String marking = a.get("marking", "OFFICIAL-SENSITIVE");

    Inputs in = new Inputs(err);
    Geography geo = in.geography(wardsFile, schoolsFile);
    FlowTable table = in.flows("--flows", flowsFile, geo);
    PublishedTable pt = DisclosureGate.publish(table, FlowFilter.ALL, policy);
    PublicationSummary s = pt.summary();
    if (!pt.audit().passed()) {
      err.println(
          "wardflow publish: the disclosure audit failed ("
              + pt.audit().describe()
              + "); nothing was written. Please report this with the command you ran.");
      return Cli.INTERNAL;
    }
    Path dir = Inputs.outputDir("--out", outDir);
    try {
      PublishedCsvWriter.write(pt, dir, new PublishedCsvWriter.Options(in.hashes(), marking, null));
    } catch (IOException e) {
      throw new InputException("--out: " + e.getMessage());
    }
    String label = pt.info().label();
    out.println(
        "published "
            + flowsFile
            + (label.isEmpty() ? "" : " (" + label + ")")
            + " under: "
            + policy.statement());
    out.printf(
        Locale.ROOT,
        "cells: %d listed, %d published, %d suppressed (%d primary, %d secondary)%s%n",
        s.cellsListed(),
        s.cellsPublished(),
        s.cellsSuppressed(),
        s.cellsSuppressedPrimary(),
        s.cellsSuppressedSecondary(),
        s.zeroCellsNotPublished() > 0
            ? "; " + s.zeroCellsNotPublished() + " zero cells not published"
            : "");
    out.printf(
        Locale.ROOT,
        "totals suppressed: %d primary, %d secondary; %s people hidden; %d wards, %d schools"
            + " affected%n",
        s.totalsSuppressedPrimary(),
        s.totalsSuppressedSecondary(),
        s.peopleHidden(),
        s.wardsAffected(),
        s.schoolsAffected());
    out.println("audit: " + pt.audit().status() + " — " + pt.audit().describe());
    out.println("wrote cells.csv, totals.csv and manifest.json to " + dir);
    return in.exitCode();
  }
}
