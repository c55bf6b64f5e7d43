package org.wardflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.analysis.ListComparison;
import org.wardflow.analysis.ListMatch;
import org.wardflow.analysis.ListMatcher;
import org.wardflow.analysis.MatchReport;
import org.wardflow.analysis.RankedSchool;
import org.wardflow.analysis.RankingInput;
import org.wardflow.analysis.RankingOptions;
import org.wardflow.analysis.RankingResult;
import org.wardflow.analysis.SchoolMeasure;
import org.wardflow.analysis.SchoolRanker;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.AppVersion;
import org.wardflow.io.VruList;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;

/**
 * {@code rank}: ranks schools by a measure computed from the <em>published</em> table (with rank
 * intervals by simulation), matches the VRU list to the schools, compares the two and writes {@code
 * rankings.csv} and {@code agreement.json}. Uses {@link SchoolRanker}, {@link ListMatcher} and
 * {@link ListComparison}; nothing here reads raw counts.
 */
final class RankCommand implements Command {
  /** Header of {@code rankings.csv}. */
  static final String[] RANKINGS_HEADER = {
    "school_urn", "measure", "value", "rank", "rank_low", "rank_high", "on_list"
  };

  private static final Set<String> VALUED =
      Set.of(
          "wards",
          "schools",
          "flows",
          "list",
          "k",
          "round",
          "measure",
          "pupil-flows",
          "indicator",
          "indicator-column",
          "top",
          "seed",
          "draws",
          "out");

  private static final Set<String> SWITCHES = Set.of("smooth");

  @Override
  public String name() {
    return "rank";
  }

  @Override
  public String summary() {
    return "rank schools from published figures and compare with the VRU list";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow rank --wards F --schools F --flows F --list F [--k K] [--round B]",
        "                     [--measure count|rate|exposure] [--pupil-flows F]",
        "                     [--indicator F --indicator-column C] [--top K] [--seed S]",
        "                     [--draws N] [--smooth] --out DIR",
        "",
        "Publishes the CYP table through the disclosure gate, ranks schools by a measure of",
        "the published figures with 90% rank intervals (simulation: Poisson noise, hidden",
        "cells drawn within their bounds), matches the VRU list to the schools (URN, then",
        "name; the matching report is printed) and compares the analysis's top K with the",
        "list. Writes into DIR:",
        "  rankings.csv    school_urn,measure,value,rank,rank_low,rank_high,on_list",
        "                  (published figures only; rank 1 = highest value)",
        "  agreement.json  k, overlap, jaccard_at_k, spearman, kendall, rbo, the URNs of",
        "                  'candidates not on the list' and 'on the list, little evidence",
        "                  here', with readings, caveat, policy and inputs' SHA-256",
        "Exploratory, not predictive: neither the list nor the ranking is a truth.",
        "",
        "  --wards F              ward boundaries (GeoJSON, GeoPackage or Shapefile)",
        "  --schools F            schools (GIAS CSV or a point layer)",
        "  --flows F              CYP flow table (aggregated or record-level CSV)",
        "  --list F               the VRU list of schools (CSV with URN and/or name;",
        "                         priority or tier optional)",
        PolicyOptions.HELP,
        "  --measure M            count (CYP attending, default), rate (CYP per 100",
        "                         pupils, GIAS pupil numbers) or exposure (the average of",
        "                         a ward indicator over the wards a school's pupils come",
        "                         from; needs --indicator)",
        "  --pupil-flows F        all-pupils flow table, the weights of the exposure index",
        "                         (without it the CYP flows are the weights)",
        "  --indicator F          ward figures CSV (ward code + numeric columns)",
        "  --indicator-column C   the column of --indicator to use",
        "  --smooth               empirical-Bayes smoothing of rates",
        "  --top K                depth of the comparison (default: the number of list",
        "                         schools matched)",
        "  --seed S               seed of the simulation (results reproduce for a seed)",
        "  --draws N              simulation draws (100-100000, default 1000)",
        "  --out DIR              folder to write into (created if needed)",
        "",
        "Exit code: 0 written, 1 written but an input had warnings or list entries need",
        "confirming, 2 an input cannot be used, 64 bad arguments, 70 internal error.");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a = Args.parse(args, RenderCommand.union(VALUED, SWITCHES), SWITCHES);
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
    }
    Path wardsFile = a.requirePath("wards");
    Path schoolsFile = a.requirePath("schools");
    Path flowsFile = a.requirePath("flows");
    Path listFile = a.requirePath("list");
    String outDir = a.require("out");
    DisclosurePolicy policy = PolicyOptions.parse(a, 5);
    SchoolMeasure measure;
    try {
      measure = SchoolMeasure.fromName(a.get("measure", "count"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--measure: " + e.getMessage());
    }
    if (a.has("indicator") != a.has("indicator-column")) {
      throw new UsageException("--indicator and --indicator-column go together");
    }
    if (measure == SchoolMeasure.EXPOSURE_INDEX && !a.has("indicator")) {
      throw new UsageException(
          "--measure exposure needs a ward indicator: --indicator F --indicator-column C");
    }
    int top = a.getInt("top", 0);
    if (a.has("top") && top < 1) {
      throw new UsageException("--top must be 1 or more, was " + top);
    }
    RankingOptions options = RankingOptions.defaults(measure).withSmoothing(a.has("smooth"));
    try {
      options =
          options
              .withSeed(a.getLong("seed", RankingOptions.DEFAULT_SEED))
              .withDraws(a.getInt("draws", options.draws()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }

    Inputs in = new Inputs(err);
    Geography geo = in.geography(wardsFile, schoolsFile);
    FlowTable cyp = in.flows("--flows", flowsFile, geo);
    FlowTable pupils =
        a.has("pupil-flows") ? in.flows("--pupil-flows", a.requirePath("pupil-flows"), geo) : null;
    WardIndicator indicator =
        a.has("indicator")
            ? in.indicator(a.requirePath("indicator"), a.get("indicator-column"), geo.wards())
            : null;
    VruList list = in.vruList(listFile);

    PublishedTable cypPublished = DisclosureGate.publish(cyp, FlowFilter.ALL, policy);
    RankingInput input = RankingInput.of(cypPublished, geo.schools());
    if (pupils != null) {
      input = input.withAllPupils(DisclosureGate.publish(pupils, FlowFilter.ALL, policy));
    }
    if (indicator != null) {
      input = input.withIndicator(indicator);
    }
    RankingResult ranking = SchoolRanker.rank(input, options);
    MatchReport match = ListMatcher.match(list, geo.schools());
    out.println("VRU list matching:");
    out.print(match.format());
    List<ListMatch> check = match.needingConfirmation();
    if (!check.isEmpty()) {
      err.println(
          "warning: "
              + check.size()
              + " list entr"
              + (check.size() == 1 ? "y needs" : "ies need")
              + " checking (see the matching report); only confident matches are compared");
      in.warned();
    }
    if (match.accepted().isEmpty()) {
      err.println(
          "warning: no school on the list "
              + listFile
              + " could be matched to the schools; the comparison is empty");
      in.warned();
    }
    int k = a.has("top") ? top : Math.max(1, match.accepted().size());
    ListComparison cmp = ListComparison.compare(ranking, match, k);

    Path dir = Inputs.outputDir("--out", outDir);
    try {
      writeRankings(ranking, new HashSet<>(match.acceptedUrns()), dir.resolve("rankings.csv"));
      writeAgreement(cmp, cypPublished, in.hashes(), dir.resolve("agreement.json"));
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + dir + " (" + e.getMessage() + ").");
    }
    for (String note : ranking.notes()) {
      out.println("note: " + note);
    }
    out.printf(
        Locale.ROOT,
        "ranked %d schools by %s; %d not ranked%n",
        ranking.size(),
        ranking.measureLabel(),
        ranking.notRanked().size());
    out.println("agreement with the list at k = " + k + ":");
    for (ListComparison.Statistic s : cmp.statistics()) {
      out.println(
          "  "
              + s.name()
              + " = "
              + (Double.isNaN(s.value()) ? "n/a" : fmt(s.value()))
              + " — "
              + s.reading());
    }
    int tied = ranking.tiedBeyond(k);
    if (tied > 0) {
      out.println(
          "  note: "
              + tied
              + (tied == 1 ? " school ties" : " schools tie")
              + " with the "
              + k
              + "th place but lie beyond it; the top "
              + k
              + " is not sharply defined");
    }
    out.println("  candidates not on the list: " + urns(cmp.candidatesNotOnList()));
    out.println("  on the list, little evidence here: " + urns(cmp.onListLittleEvidence()));
    out.println(cmp.caveat());
    out.println("wrote rankings.csv and agreement.json to " + dir);
    return in.exitCode();
  }

  private static List<String> urns(List<ListComparison.Row> rows) {
    List<String> u = new ArrayList<>();
    for (ListComparison.Row r : rows) {
      u.add(r.school().urn());
    }
    return u;
  }

  /** A short, locale-independent number: whole numbers without decimals, else 4 significant. */
  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String measureName(SchoolMeasure m) {
    return switch (m) {
      case CYP_COUNT -> "count";
      case RATE_PER_100_PUPILS -> "rate";
      case EXPOSURE_INDEX -> "exposure";
    };
  }

  private static void writeRankings(RankingResult r, Set<String> onList, Path file)
      throws IOException {
    CSVFormat fmt =
        CSVFormat.DEFAULT.builder().setHeader(RANKINGS_HEADER).setRecordSeparator("\n").get();
    String measure = measureName(r.measure());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, fmt)) {
      for (RankedSchool s : r.ranked()) {
        p.printRecord(
            s.urn(),
            measure,
            fmt(s.value()),
            s.rank(),
            s.rankLow(),
            s.rankHigh(),
            onList.contains(s.urn()));
      }
    }
  }

  private static void writeAgreement(
      ListComparison c, PublishedTable cyp, Map<String, String> inputs, Path file)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("k", c.k());
    m.put("overlap", c.overlap());
    m.put("jaccard_at_k", number(c.jaccard()));
    m.put("spearman", number(c.spearman()));
    m.put("kendall", number(c.kendall()));
    m.put("rbo", number(c.rbo()));
    m.put("rbo_persistence", c.p());
    m.put("candidates_not_on_list", urns(c.candidatesNotOnList()));
    m.put("on_list_little_evidence", urns(c.onListLittleEvidence()));
    m.put("on_list_not_ranked", urns(c.onListNotRanked()));
    m.put("tied_beyond_k", c.ranking().tiedBeyond(c.k()));
    m.put("measure", measureName(c.ranking().measure()));
    m.put("schools_ranked", c.ranking().size());
    m.put("list_schools_matched", c.list().accepted().size());
    m.put("schools_compared_for_correlation", c.commonCount());
    List<Map<String, Object>> stats = new ArrayList<>();
    for (ListComparison.Statistic s : c.statistics()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", s.name());
      o.put("value", number(s.value()));
      o.put("reading", s.reading());
      stats.add(o);
    }
    m.put("statistics", stats);
    m.put("caveat", c.caveat());
    m.put("label", cyp.info().label());
    Map<String, Object> pol = new LinkedHashMap<>();
    pol.put("k", cyp.policy().k());
    pol.put("roundingBase", cyp.policy().roundingBase());
    pol.put("statement", cyp.policy().statement());
    m.put("policy", pol);
    m.put("application", "Wardflow");
    m.put("version", AppVersion.get());
    m.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("inputs", new TreeMap<>(inputs));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(file, json.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
  }

  private static Double number(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
