package org.wardflow.export;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to write an export: the format, the resolution of PNGs, and what the record of settings (the
 * manifest written beside the file) records besides the pages themselves.
 *
 * @param format file format
 * @param dpi pixels per inch of a PNG (36–1200; commonly 150, 300 or 600); ignored for SVG and PDF
 * @param inputHashes input file name → hex SHA-256, as the caller computed them
 * @param clock time source for the manifest's time stamp
 * @param writeManifest whether to write {@code <file>.manifest.json} beside the export
 */
public record ExportOptions(
    ExportFormat format,
    int dpi,
    Map<String, String> inputHashes,
    Clock clock,
    boolean writeManifest) {

  /** The default PNG resolution. */
  public static final int DEFAULT_DPI = 300;

  /** Validates and freezes. */
  public ExportOptions {
    Objects.requireNonNull(format, "format");
    if (dpi < 36 || dpi > 1200) {
      throw new IllegalArgumentException(
          "The PNG resolution must be 36–1200 dpi (150, 300 or 600 are usual); "
              + dpi
              + " was given.");
    }
    inputHashes = inputHashes == null ? Map.of() : Map.copyOf(new TreeMap<>(inputHashes));
    clock = clock == null ? Clock.systemUTC() : clock;
  }

  /** Options for a format: 300 dpi, no input hashes, the system clock, with a manifest. */
  public static ExportOptions of(ExportFormat format) {
    return new ExportOptions(format, DEFAULT_DPI, Map.of(), Clock.systemUTC(), true);
  }

  /** These options at another PNG resolution. */
  public ExportOptions withDpi(int v) {
    return new ExportOptions(format, v, inputHashes, clock, writeManifest);
  }

  /** These options in another format. */
  public ExportOptions withFormat(ExportFormat v) {
    return new ExportOptions(v, dpi, inputHashes, clock, writeManifest);
  }

  /** These options recording input file hashes (name → hex SHA-256). */
  public ExportOptions withInputHashes(Map<String, String> v) {
    return new ExportOptions(format, dpi, v, clock, writeManifest);
  }

  /** These options with another clock. */
  public ExportOptions withClock(Clock v) {
    return new ExportOptions(format, dpi, inputHashes, v, writeManifest);
  }

  /** These options with the manifest on or off. */
  public ExportOptions withManifest(boolean v) {
    return new ExportOptions(format, dpi, inputHashes, clock, v);
  }
}
