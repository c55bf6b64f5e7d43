package org.wardflow.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;

/**
 * Exports a map page — exactly what the screen shows, laid out for a briefing paper — to PNG, SVG
 * or PDF, with the record of settings ({@code <file>.manifest.json}) beside it. Every format is
 * drawn by the one renderer through {@link LayoutPainter}:
 *
 * <ul>
 *   <li>PNG: the whole sheet at the chosen DPI; the map rendered at that resolution (raster fast
 *       paths), never enlarged; the resolution is stored in the file ({@code pHYs}), with the
 *       title, marking and caveat as text chunks.
 *   <li>SVG: the sheet in points; paths and text elements, grouped (chrome, map, legend) for
 *       editing; no embedded images.
 *   <li>PDF: a vector page with text as text in an embedded subset of the export font (see {@link
 *       PdfDeckWriter}, which writes multi-page decks).
 * </ul>
 *
 * <p>Files are written whole or not at all (temporary file, then moved into place).
 */
public final class MapExporter {
  /** Largest PNG accepted, in pixels (A3 at 600 dpi is about 70 million). */
  static final long MAX_PIXELS = 120_000_000L;

  private MapExporter() {}

  /**
   * Exports a map page.
   *
   * @param page the layout and what to draw
   * @param options format, DPI and manifest details
   * @param out the file to write (its extension is not checked)
   * @return what was written
   * @throws IOException when a file cannot be written (the message names it)
   * @throws IllegalArgumentException when the page cannot be laid out or the PNG would be too large
   *     (the message says what to change)
   */
  public static ExportResult export(MapPage page, ExportOptions options, Path out)
      throws IOException {
    return switch (options.format()) {
      case PDF -> PdfDeckWriter.write(List.of(page), options, out);
      case SVG -> writeSvg(page, options, out);
      case PNG -> writePng(page, options, out);
    };
  }

  /**
   * Exports what the screen shows with default options (300 dpi for PNG, a manifest beside the
   * file).
   *
   * @param layout the page design
   * @param scene the screen's scene (published values only)
   * @param style the screen's style
   * @param extent the screen's map extent (e.g. {@code viewport.envelope()})
   * @param format file format
   * @param out the file to write
   */
  public static ExportResult export(
      LayoutSpec layout, Scene scene, Style style, Envelope extent, ExportFormat format, Path out)
      throws IOException {
    return export(new MapPage(layout, scene, style, extent), ExportOptions.of(format), out);
  }

  /**
   * Renders the whole sheet as an image at a resolution (for PNG export, previews and tests).
   *
   * @param dpi pixels per inch
   * @param recordName record-of-settings file name for the footer (may be empty)
   */
  public static BufferedImage renderImage(MapPage page, int dpi, String recordName) {
    LayoutSpec s = page.layout();
    int w = (int) Math.round(s.paper().widthPt(s.orientation()) * dpi / 72);
    int h = (int) Math.round(s.paper().heightPt(s.orientation()) * dpi / 72);
    long px = (long) w * h;
    if (px > MAX_PIXELS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.UK,
              "A %s %s sheet at %d dpi would be %,d × %,d pixels, more than the %,d million"
                  + " allowed; choose a lower resolution or a smaller sheet.",
              s.paper().name(),
              s.orientation().name().toLowerCase(Locale.ROOT),
              dpi,
              w,
              h,
              MAX_PIXELS / 1_000_000));
    }
    long needed = px * 4 * 3;
    long free =
        Runtime.getRuntime().maxMemory()
            - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    if (needed > free) {
      throw new IllegalArgumentException(
          String.format(
              Locale.UK,
              "A %s sheet at %d dpi needs about %,d MB of memory and only %,d MB is free; choose"
                  + " a lower resolution or start Wardflow with more memory (-Xmx).",
              s.paper().name(),
              dpi,
              needed >> 20,
              free >> 20));
    }
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(dpi / 72.0, dpi / 72.0);
      LayoutPainter.paint(g, page, dpi, recordName, "");
    } finally {
      g.dispose();
    }
    return img;
  }

  /**
   * The sheet as an SVG document (units: points; width and height in pt).
   *
   * @param recordName record-of-settings file name for the footer (may be empty)
   */
  public static String renderSvg(MapPage page, String recordName) {
    return svg(page, recordName).document;
  }

  private record Svg(String document, LayoutPainter.Geometry geometry) {}

  private static Svg svg(MapPage page, String recordName) {
    LayoutSpec s = page.layout();
    double w = s.paper().widthPt(s.orientation());
    double h = s.paper().heightPt(s.orientation());
    SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
    g.setFontFunction(ExportFonts::cssFamily);
    g.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_EMBED);
    LayoutPainter.Geometry geo =
        LayoutPainter.paint(new PreciseTextGraphics(g), page, 0, recordName, "");
    String element = g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
    String title = s.title().isEmpty() ? "Wardflow map" : s.title();
    String desc =
        String.join(
            " · ",
            List.of(s.marking(), s.caveat().message(), s.dataLabel()).stream()
                .filter(t -> !t.isEmpty())
                .toList());
    int close = element.indexOf('>');
    String doc =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + element.substring(0, close + 1)
            + "<title>"
            + xml(title)
            + "</title><desc>"
            + xml(desc)
            + "</desc>"
            + element.substring(close + 1)
            + "\n";
    return new Svg(doc, geo);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static ExportResult writeSvg(MapPage page, ExportOptions o, Path out) throws IOException {
    Path manifest = o.writeManifest() ? ExportManifest.pathFor(out) : null;
    Svg svg = svg(page, manifest == null ? "" : manifest.getFileName().toString());
    byte[] bytes = svg.document.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out, bytes);
    String hash = ExportManifest.sha256(bytes);
    if (manifest != null) {
      ExportManifest.write(
          manifest,
          ExportManifest.build(List.of(page), List.of(svg.geometry), o, out, hash, 1, null));
    }
    return new ExportResult(out, manifest, hash, 1, List.of(svg.geometry));
  }

  private static ExportResult writePng(MapPage page, ExportOptions o, Path out) throws IOException {
    Path manifest = o.writeManifest() ? ExportManifest.pathFor(out) : null;
    String recordName = manifest == null ? "" : manifest.getFileName().toString();
    BufferedImage img = renderImage(page, o.dpi(), recordName);
    LayoutPainter.Geometry geo = LayoutPainter.layout(page);
    LayoutSpec s = page.layout();
    Map<String, String> text = new LinkedHashMap<>();
    text.put("Title", s.title());
    text.put("Software", "Wardflow " + s.version());
    text.put(
        "Description",
        String.join(" · ", s.caveat().message(), s.dataLabel()).replaceAll(" · $", ""));
    text.put("Protective marking", s.marking());
    text.put("Source", String.join(" ", s.sources()));
    byte[] bytes = png(img, o.dpi(), text);
    AtomicFiles.write(out, bytes);
    String hash = ExportManifest.sha256(bytes);
    if (manifest != null) {
      ExportManifest.write(
          manifest,
          ExportManifest.build(
              List.of(page),
              List.of(geo),
              o,
              out,
              hash,
              1,
              new int[] {img.getWidth(), img.getHeight()}));
    }
    return new ExportResult(out, manifest, hash, 1, List.of(geo));
  }

  /** Encodes a PNG with its resolution ({@code pHYs}) and UTF-8 text chunks ({@code iTXt}). */
  static byte[] png(BufferedImage img, int dpi, Map<String, String> text) throws IOException {
    return PngEncoder.encode(img, dpi, text);
  }
}
