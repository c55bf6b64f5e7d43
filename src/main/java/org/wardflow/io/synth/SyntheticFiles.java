package org.wardflow.io.synth;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.io.flows.FlowCsvWriter;
import org.wardflow.io.flows.FlowManifest;
import org.wardflow.io.flows.Sha256;
import org.wardflow.model.Geography;
import org.wardflow.model.Ward;

/**
 * Writes the output of the {@link SyntheticFlowGenerator} for any geography to a folder, as the
 * command line's {@code synth} does: {@value #PUPILS} and {@value #CYP} (aggregated flow CSVs,
 * {@code ward_code,school_urn,count}), {@value #RATES} (the SYNTHETIC true rate and the children
 * per ward the model used) and {@value #MANIFEST}, a {@link FlowManifest} marking them SYNTHETIC
 * with the seed, parameters, inputs' and files' SHA-256 — plus the application version and the time
 * of writing, which the deterministic {@link FlowManifest#write} leaves out.
 *
 * <p>The CSVs are synthetic inputs (invented counts), not published figures: the flow reader finds
 * the manifest beside them and keeps them labelled SYNTHETIC.
 */
public final class SyntheticFiles {
  /** The all-pupils table. */
  public static final String PUPILS = "pupil_flows.csv";

  /** The CYP table. */
  public static final String CYP = "cyp_flows.csv";

  /** The synthetic ward rate field and the children used. */
  public static final String RATES = "ward_rates.csv";

  /** The manifest. */
  public static final String MANIFEST = "manifest.json";

  private SyntheticFiles() {}

  /**
   * What was written.
   *
   * @param pupilRows data rows of {@value #PUPILS}
   * @param cypRows data rows of {@value #CYP}
   */
  public record Written(int pupilRows, int cypRows) {}

  /**
   * Writes the four files into a folder (created if needed).
   *
   * @param geo the geography the tables were made for
   * @param s the generator's output
   * @param inputHashes input file name → hex SHA-256
   * @param appVersion the application version for the manifest
   * @param created the time of writing for the manifest
   * @param dir the folder
   * @return row counts
   * @throws IOException when a file cannot be written
   */
  public static Written write(
      Geography geo,
      SyntheticFlows s,
      Map<String, String> inputHashes,
      String appVersion,
      Instant created,
      Path dir)
      throws IOException {
    Objects.requireNonNull(s, "s");
    Files.createDirectories(dir);
    int pupilRows = FlowCsvWriter.write(s.pupils(), dir.resolve(PUPILS));
    int cypRows = FlowCsvWriter.write(s.cyp(), dir.resolve(CYP));
    writeRates(geo, s, dir.resolve(RATES));
    boolean fictional = geo.info().fictional();
    FlowManifest m =
        new FlowManifest(
            fictional ? "FICTIONAL · SYNTHETIC" : "SYNTHETIC",
            true,
            fictional,
            SyntheticFlowGenerator.class.getName() + " (Wardflow " + appVersion + ")",
            "SYNTHETIC flow tables made by Wardflow's generator for the wards and schools named"
                + " under inputs: a doubly-constrained gravity model of all pupils and Poisson"
                + " draws of children and young people (CYP) 'involved in violence' from an"
                + " invented ward rate. No real person is counted here. These are synthetic"
                + " inputs: anything shown or published from them goes through the disclosure"
                + " gate, and is labelled SYNTHETIC.",
            new LinkedHashMap<>(s.parameters().toMetadata()),
            inputHashes,
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
    stamp(file, appVersion, created);
    return new Written(pupilRows, cypRows);
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

  /** Adds {@code app_version} and {@code created} after the manifest's {@code generator}. */
  private static void stamp(Path file, String appVersion, Instant created) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(file.toFile());
    ObjectNode out = json.createObjectNode();
    root.properties()
        .forEach(
            e -> {
              out.set(e.getKey(), e.getValue());
              if (e.getKey().equals("generator")) {
                out.put("app_version", appVersion);
                out.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
              }
            });
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Files.writeString(file, json.writer(pp).writeValueAsString(out) + "\n", StandardCharsets.UTF_8);
  }
}
