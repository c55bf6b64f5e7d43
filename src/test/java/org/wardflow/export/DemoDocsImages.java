package org.wardflow.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.wardflow.disclosure.DisclosurePolicy;

/**
 * Writes the documentation's example exports of the demo briefing page to {@code docs/images/}: a
 * 100-dpi PNG and the vector PDF (each with its manifest), and the SVG when it is under 300 KB. Not
 * a test; run after a change to the layout and look at the results:
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.wardflow.export.DemoDocsImages
 * </pre>
 */
public final class DemoDocsImages {
  private DemoDocsImages() {}

  /** Writes the images (argument: output folder, default {@code docs/images}). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/images");
    MapPage p = DemoBriefing.build(DisclosurePolicy.DEFAULT, ExportFixtures.DATE).page();
    MapPage page =
        new MapPage(
            p.layout().toBuilder().version("0.1.0").build(), p.scene(), p.style(), p.extent());
    ExportOptions o =
        ExportOptions.of(ExportFormat.PNG)
            .withClock(Clock.fixed(Instant.parse("2025-06-11T09:00:00Z"), ZoneOffset.UTC));
    MapExporter.export(page, o.withDpi(100), dir.resolve("demo-briefing.png"));
    MapExporter.export(page, o.withFormat(ExportFormat.PDF), dir.resolve("demo-briefing.pdf"));
    Path svg = dir.resolve("demo-briefing.svg");
    MapExporter.export(page, o.withFormat(ExportFormat.SVG), svg);
    if (Files.size(svg) >= 300_000) {
      System.out.println("SVG is " + Files.size(svg) / 1000 + " KB: not kept in the docs");
      Files.delete(svg);
      Files.deleteIfExists(dir.resolve("demo-briefing.svg.manifest.json"));
    }
  }
}
