package org.wardflow.io.flows;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON manifest written next to generated flow CSVs ({@code manifest.json} or {@code
 * *_manifest.json}): it marks them SYNTHETIC (and the demo FICTIONAL) and records the seed,
 * parameters and the inputs' hashes. The CSV format itself has no room for a label, so the flow
 * reader looks for a manifest beside a CSV and keeps the label when one lists the file.
 *
 * <p>Output is deterministic (keys in a fixed order, {@code \n} line ends, no timestamps), so a
 * regenerated manifest is byte-identical.
 *
 * @param label the label every view and export must show, e.g. {@code SYNTHETIC} or {@code
 *     FICTIONAL · SYNTHETIC}
 * @param synthetic whether the files are made by a generator
 * @param fictional whether they describe the fictional demo city
 * @param generator what made them (class name and version)
 * @param description one paragraph for people who open the file
 * @param parameters generator parameters including the seed
 * @param inputs input files by name with their SHA-256 (empty for none)
 * @param files the files described
 */
public record FlowManifest(
    String label,
    boolean synthetic,
    boolean fictional,
    String generator,
    String description,
    Map<String, String> parameters,
    Map<String, String> inputs,
    List<FileEntry> files) {

  /**
   * One described file.
   *
   * @param name file name (no folder)
   * @param title display title, containing SYNTHETIC or FICTIONAL where applicable
   * @param synthetic whether the file is synthetic
   * @param fictional whether it describes the fictional demo city
   * @param sha256 hex SHA-256 of the file, or empty when not fixed (e.g. a GeoPackage)
   */
  public record FileEntry(
      String name, String title, boolean synthetic, boolean fictional, String sha256) {}

  /** Freezes collections. */
  public FlowManifest {
    parameters = parameters == null ? Map.of() : new TreeMap<>(parameters);
    inputs = inputs == null ? Map.of() : new TreeMap<>(inputs);
    files = files == null ? List.of() : List.copyOf(files);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Writes the manifest as pretty-printed JSON.
   *
   * @param file where to write
   * @throws IOException when writing fails
   */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("wardflow_manifest", 1);
    root.put("label", label);
    root.put("synthetic", synthetic);
    root.put("fictional", fictional);
    root.put("generator", generator);
    root.put("description", description);
    ObjectNode p = root.putObject("parameters");
    parameters.forEach(p::put);
    ObjectNode in = root.putObject("inputs");
    inputs.forEach(in::put);
    ArrayNode fs = root.putArray("files");
    for (FileEntry f : files) {
      ObjectNode o = fs.addObject();
      o.put("name", f.name());
      o.put("title", f.title());
      o.put("synthetic", f.synthetic());
      o.put("fictional", f.fictional());
      o.put("sha256", f.sha256());
    }
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String text = JSON.writer(pp).writeValueAsString(root) + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest.
   *
   * @param file a manifest written by {@link #write(Path)}
   * @return the manifest
   * @throws IOException when the file is not a Wardflow manifest
   */
  public static FlowManifest read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.has("wardflow_manifest")) {
      throw new IOException(file + " is not a Wardflow manifest");
    }
    Map<String, String> params = new TreeMap<>();
    root.path("parameters")
        .properties()
        .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    Map<String, String> inputs = new TreeMap<>();
    root.path("inputs").properties().forEach(e -> inputs.put(e.getKey(), e.getValue().asText()));
    List<FileEntry> files = new ArrayList<>();
    for (JsonNode f : root.path("files")) {
      files.add(
          new FileEntry(
              f.path("name").asText(),
              f.path("title").asText(),
              f.path("synthetic").asBoolean(),
              f.path("fictional").asBoolean(),
              f.path("sha256").asText()));
    }
    return new FlowManifest(
        root.path("label").asText(),
        root.path("synthetic").asBoolean(),
        root.path("fictional").asBoolean(),
        root.path("generator").asText(),
        root.path("description").asText(),
        params,
        inputs,
        files);
  }

  /**
   * Finds the manifest entry describing a file: looks at {@code manifest.json} and {@code
   * *_manifest.json} in the file's folder. Unreadable manifests are ignored.
   *
   * @param file a data file
   * @return the manifest and its entry for the file, if any
   */
  public static Optional<Map.Entry<FlowManifest, FileEntry>> describing(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return Optional.empty();
    }
    String name = file.getFileName().toString();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*manifest.json")) {
      List<Path> candidates = new ArrayList<>();
      ds.forEach(candidates::add);
      candidates.sort(null);
      for (Path m : candidates) {
        try {
          FlowManifest fm = read(m);
          for (FileEntry e : fm.files()) {
            if (e.name().equals(name)) {
              return Optional.of(Map.entry(fm, e));
            }
          }
        } catch (IOException | RuntimeException ignored) {
          // not a Wardflow manifest: not ours to judge
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
