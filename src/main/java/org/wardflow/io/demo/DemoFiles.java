package org.wardflow.io.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardflow.io.GeoPackageWriter;
import org.wardflow.io.VruList;
import org.wardflow.io.VruListEntry;
import org.wardflow.io.flows.FlowCsvWriter;
import org.wardflow.io.flows.FlowManifest;
import org.wardflow.io.flows.Sha256;
import org.wardflow.model.WardIndicator;

/**
 * Writes the demo to a folder (normally {@code maps/}): {@value #GPKG} (FICTIONAL wards and
 * schools), {@value #PUPILS} and {@value #CYP} (SYNTHETIC flow tables), {@value #VRU} (FICTIONAL
 * VRU list) and {@value #MANIFEST} marking them. Run {@link #main} to regenerate the committed
 * files; a test checks that regenerating reproduces them.
 */
public final class DemoFiles {
  /** The GeoPackage of wards and schools. */
  public static final String GPKG = "demo.gpkg";

  /** The SYNTHETIC all-pupils table. */
  public static final String PUPILS = "demo_pupil_flows.csv";

  /** The SYNTHETIC CYP table. */
  public static final String CYP = "demo_cyp_flows.csv";

  /** The FICTIONAL VRU list. */
  public static final String VRU = "demo_vru_list.csv";

  /** The manifest. */
  public static final String MANIFEST = "demo_manifest.json";

  /** Header of the VRU list CSV. */
  public static final String VRU_HEADER = "urn,school_name,tier";

  private DemoFiles() {}

  /**
   * Writes all demo files to a folder.
   *
   * @param data the demo
   * @param dir the folder (created if needed)
   * @throws IOException when writing fails
   */
  public static void write(DemoData data, Path dir) throws IOException {
    Files.createDirectories(dir);
    String city = DemoNames.CITY;
    Map<String, WardIndicator> cols = new LinkedHashMap<>();
    cols.put("population", data.population());
    cols.put("children_0_15", data.children());
    cols.put("synthetic_cyp_rate_per_1000", data.flows().trueRate());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("title", data.geography().info().title());
    meta.put("fictional", "true");
    meta.put("generator", "org.wardflow.io.demo.DemoData");
    // DatasetInfo freezes metadata with Map.copyOf, whose order varies between runs: sort it
    meta.putAll(new java.util.TreeMap<>(data.geography().info().metadata()));
    meta.put(
        "note",
        "All places, names, codes (X05…, X08…), URNs (99xxxx) and figures are invented. The"
            + " column synthetic_cyp_rate_per_1000 and the flow tables beside this file are"
            + " SYNTHETIC.");
    GeoPackageWriter.write(
        dir.resolve(GPKG),
        data.geography(),
        new GeoPackageWriter.Options(
            "FICTIONAL",
            city
                + " is a FICTIONAL city made by Wardflow's demo generator; it is placed in"
                + " British National Grid on Salisbury Plain but is not a real place.",
            "25",
            cols,
            meta));
    FlowCsvWriter.write(data.pupils(), dir.resolve(PUPILS));
    FlowCsvWriter.write(data.cyp(), dir.resolve(CYP));
    writeVruList(data.vruList(), dir.resolve(VRU));

    Map<String, String> params = new LinkedHashMap<>(data.flows().parameters().toMetadata());
    params.put("city", city);
    params.put("demo_seed", Long.toString(DemoData.SEED));
    FlowManifest manifest =
        new FlowManifest(
            "FICTIONAL · SYNTHETIC",
            true,
            true,
            "org.wardflow.io.demo.DemoData (Wardflow fictional demo generator)",
            "The Wardflow demo: the FICTIONAL city of "
                + city
                + " with SYNTHETIC flows of pupils and of children and young people (CYP)"
                + " involved in violence, drawn by a doubly-constrained gravity model and a"
                + " Poisson model. Nothing here describes real places, schools or people."
                + " Regenerate with: mvn -q compile exec:java"
                + " -Dexec.mainClass=org.wardflow.io.demo.DemoFiles -Dexec.args=maps",
            params,
            Map.of(),
            List.of(
                new FlowManifest.FileEntry(
                    GPKG, city + " wards and schools (FICTIONAL)", false, true, ""),
                new FlowManifest.FileEntry(
                    PUPILS,
                    data.pupils().info().title(),
                    true,
                    true,
                    Sha256.of(dir.resolve(PUPILS))),
                new FlowManifest.FileEntry(
                    CYP, data.cyp().info().title(), true, true, Sha256.of(dir.resolve(CYP))),
                new FlowManifest.FileEntry(
                    VRU,
                    city + " VRU priority list (FICTIONAL)",
                    false,
                    true,
                    Sha256.of(dir.resolve(VRU)))));
    manifest.write(dir.resolve(MANIFEST));
  }

  private static void writeVruList(VruList list, Path file) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, fmt)) {
      p.printRecord("urn", "school_name", "tier");
      for (VruListEntry e : list.entries()) {
        p.printRecord(e.urn(), e.name(), e.tier());
      }
    }
  }

  /**
   * Regenerates the demo files.
   *
   * @param args optional output folder (default {@code maps})
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "maps");
    DemoData d = DemoData.load();
    write(d, dir);
    System.out.println(
        "Wrote the FICTIONAL demo ("
            + d.geography().wards().size()
            + " wards, "
            + d.geography().schools().size()
            + " schools, SYNTHETIC flows) to "
            + dir.toAbsolutePath());
  }
}
