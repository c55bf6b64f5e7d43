package org.wardflow.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.analysis.Palette;
import org.wardflow.analysis.WardMeasure;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.AppVersion;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.model.WardIndicator;
import org.wardflow.render.MapFrame;
import org.wardflow.render.MapView;
import org.wardflow.render.RenderResult;
import org.wardflow.render.SceneFactory;
import org.wardflow.render.Style;

/**
 * {@code render}: draws the map headless through the one renderer — wards (a choropleth of a
 * published ward measure when a flow table is given), flows from the published table, schools,
 * labels, legend, scale bar, north arrow and the caveat band — and writes a PNG. With {@code
 * --repeat N} it draws N more times and prints each drawing's time as {@code render_ms=…}.
 */
final class RenderCommand implements Command {
  private static final Set<String> VALUED =
      Set.of(
          "wards",
          "schools",
          "flows",
          "population",
          "size",
          "repeat",
          "top",
          "min-count",
          "measure",
          "k",
          "round",
          "classes",
          "method",
          "palette",
          "style",
          "marking",
          "out");

  private static final Set<String> SWITCHES = Set.of("demo", "hidden-flows", "fade");

  @Override
  public String name() {
    return "render";
  }

  @Override
  public String summary() {
    return "draw the map (choropleth, flows, schools) to a PNG, headless";
  }

  @Override
  public String usage() {
    return String.join(
        "\n",
        "Usage: wardflow render --wards F --schools F [--flows F [--population F]] [OPTIONS]",
        "       wardflow render --demo [OPTIONS]",
        "",
        "Draws the map with the same renderer as the desktop app, without a display, and",
        "writes it as a PNG: wards, school symbols by phase, labels, a legend, scale bar and",
        "north arrow, and the caveat band (protective marking, 'Exploratory, not predictive',",
        "SYNTHETIC or FICTIONAL where the data is). With --flows the table is published",
        "through the disclosure gate first: the wards are coloured by a published measure",
        "and the published flows are drawn ward -> school; raw counts are never drawn.",
        "",
        "  --wards F         ward boundaries (GeoJSON, GeoPackage or Shapefile)",
        "  --schools F       schools (GIAS CSV or a point layer)",
        "  --flows F         ward -> school flow table (aggregated or record-level CSV)",
        "  --population F    ward population CSV (children aged 0-15), for --measure rate",
        "  --demo            draw the built-in FICTIONAL demo city and its SYNTHETIC flows",
        "                    instead of --wards/--schools/--flows",
        "  --size WxH        image size in pixels (default 1920x1080)",
        "  --measure M       ward choropleth: count (CYP living in the ward, default),",
        "                    rate (per 1,000 children aged 0-15; needs --population) or",
        "                    share (percentage of all CYP in the table)",
        "  --classes N       number of classes (default 5)",
        "  --method M        quantile (default), equal, jenks or stddev",
        "  --palette NAME    ColorBrewer palette (default YlOrRd)",
        "  --top N           draw only the N largest published flows (default: all)",
        "  --min-count K     draw only published flows of at least K",
        "  --fade            draw the flows left out by --top/--min-count faintly",
        "  --hidden-flows    also draw suppressed flows (dashed, grey, no magnitude)",
        PolicyOptions.HELP,
        "  --style S         standard (default), high-contrast or presentation",
        "  --marking TEXT    protective marking in the caveat band",
        "                    (default OFFICIAL-SENSITIVE; '' for none)",
        "  --repeat N        draw N more times after the first and print each drawing's",
        "                    time as a line render_ms=... (drawing only, not reading or",
        "                    writing files)",
        "  --out FILE        the PNG to write (default map.png)",
        "",
        "Exit code: 0 written, 1 written but an input had warnings, 2 an input cannot be",
        "used, 64 bad arguments, 70 internal error.");
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    Args a = Args.parse(args, union(VALUED, SWITCHES), SWITCHES);
    if (!a.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
    }
    boolean demo = a.has("demo");
    if (demo && (a.has("wards") || a.has("schools") || a.has("flows") || a.has("population"))) {
      throw new UsageException(
          "--demo draws the built-in demo: do not combine it with --wards, --schools, --flows"
              + " or --population");
    }
    if (!demo && (!a.has("wards") || !a.has("schools"))) {
      throw new UsageException("give --wards and --schools (or --demo)");
    }
    int[] size = a.getSize("size", 1920, 1080);
    int repeat = a.getInt("repeat", 0);
    boolean timed = a.has("repeat");
    if (repeat < 0 || repeat > 10_000) {
      throw new UsageException("--repeat must be 0-10000, was " + repeat);
    }
    int top = nonNegative(a, "top");
    int minCount = nonNegative(a, "min-count");
    DisclosurePolicy policy = PolicyOptions.parse(a, 5);
    WardMeasure measure;
    try {
      measure = WardMeasure.fromName(a.get("measure", "count"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--measure: " + e.getMessage());
    }
    ClassificationMethod method = method(a.get("method", "quantile"));
    Palette palette =
        ColorBrewer.byName(a.get("palette", "YlOrRd"))
            .orElseThrow(
                () ->
                    new UsageException(
                        "--palette: no ColorBrewer palette called '"
                            + a.get("palette")
                            + "' (e.g. YlOrRd, Blues, PuRd, YlGnBu)"));
    int classes = a.getInt("classes", 5);
    if (classes < 1 || classes > palette.maxClasses()) {
      throw new UsageException(
          "--classes must be 1-" + palette.maxClasses() + " for " + palette.name());
    }
    Style style = style(a.get("style", "standard"));
    String marking = a.get("marking", "OFFICIAL-SENSITIVE");
    Path outFile = Path.of(a.get("out", "map.png"));
    if (!outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new UsageException("--out must name a .png file, was '" + outFile + "'");
    }
    if (!demo && !a.has("flows")) {
      for (String o :
          new String[] {
            "population",
            "top",
            "min-count",
            "measure",
            "fade",
            "hidden-flows",
            "classes",
            "method",
            "palette"
          }) {
        if (a.has(o)) {
          throw new UsageException("--" + o + " needs a flow table (--flows)");
        }
      }
    }
    if (measure.needsChildren() && !demo && !a.has("population")) {
      throw new UsageException("--measure rate needs --population (children per ward)");
    }

    Inputs in = new Inputs(err);
    Geography geo;
    FlowTable table = null;
    WardIndicator children = null;
    if (demo) {
      DemoData d = DemoData.load();
      geo = d.geography();
      table = d.cyp();
      children = d.children();
      err.println(
          "drawing the built-in demo: " + geo.info().title() + " (FICTIONAL, SYNTHETIC flows)");
    } else {
      geo = in.geography(a.requirePath("wards"), a.requirePath("schools"));
      if (a.has("flows")) {
        table = in.flows("--flows", a.requirePath("flows"), geo);
      }
      if (a.has("population")) {
        children = in.population(a.requirePath("population"), geo.wards()).children();
      }
    }
    MapView view;
    String published = "";
    if (table == null) {
      view = SceneFactory.baseMap(geo, marking);
    } else {
      PublishedTable pt = DisclosureGate.publish(table, FlowFilter.ALL, policy);
      if (!pt.audit().passed()) {
        err.println(
            "wardflow render: the disclosure audit failed ("
                + pt.audit().describe()
                + "); nothing was drawn. Please report this with the command you ran.");
        return Cli.INTERNAL;
      }
      SceneFactory.Options o =
          SceneFactory.Options.DEFAULT
              .withMeasure(measure, children)
              .withClasses(method, classes, palette)
              .withFlowFilters(minCount, top, a.has("fade"), a.has("hidden-flows"))
              .withMarking(marking);
      view = SceneFactory.build(geo, pt, o, style);
      published = pt.summary().describe();
    }
    for (String note : view.notes()) {
      err.println("note: " + note);
    }

    BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
    RenderResult last = null;
    for (int i = 0; i <= repeat; i++) {
      long t0 = System.nanoTime();
      last = MapFrame.paint(view, style, img);
      long t1 = System.nanoTime();
      if (timed) {
        out.printf(Locale.ROOT, "render_ms=%.3f%n", (t1 - t0) / 1e6);
      }
    }
    try {
      writePng(img, outFile, view, published);
    } catch (IOException e) {
      throw new InputException(
          "--out: cannot write " + outFile + " (" + e.getMessage() + "); nothing was written.");
    }
    out.printf(
        Locale.ROOT,
        "wrote %s (%dx%d): %d wards, %d schools, %d flows drawn (%d faded, %d hidden)%s%n",
        outFile,
        size[0],
        size[1],
        last.wardsDrawn(),
        last.schoolsDrawn(),
        last.flowsDrawn(),
        last.fadedFlowsDrawn(),
        last.hiddenFlowsDrawn(),
        view.caveat().dataLabel().isEmpty() ? "" : " — " + view.caveat().dataLabel());
    if (!published.isEmpty()) {
      out.println("disclosure: " + published);
    }
    if (last.flowsUnplaced() > 0) {
      err.println(
          "warning: "
              + last.flowsUnplaced()
              + " published flows could not be drawn (their ward or school has no location)");
      in.warned();
    }
    return in.exitCode();
  }

  private static int nonNegative(Args a, String name) {
    int v = a.getInt(name, 0);
    if (v < 0) {
      throw new UsageException("--" + name + " must be 0 or more, was " + v);
    }
    return v;
  }

  private static ClassificationMethod method(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "quantile", "quantiles" -> ClassificationMethod.QUANTILE;
      case "equal", "equal-interval", "equal_interval" -> ClassificationMethod.EQUAL_INTERVAL;
      case "jenks", "natural-breaks" -> ClassificationMethod.JENKS;
      case "stddev", "sd", "standard-deviation" -> ClassificationMethod.STANDARD_DEVIATION;
      default ->
          throw new UsageException(
              "--method must be quantile, equal, jenks or stddev, was '" + s + "'");
    };
  }

  private static Style style(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "standard" -> Style.standard();
      case "high-contrast", "highcontrast" -> Style.highContrast();
      case "presentation" -> Style.presentation();
      default ->
          throw new UsageException(
              "--style must be standard, high-contrast or presentation, was '" + s + "'");
    };
  }

  static Set<String> union(Set<String> x, Set<String> y) {
    java.util.Set<String> u = new java.util.HashSet<>(x);
    u.addAll(y);
    return u;
  }

  /**
   * Writes the PNG with text chunks recording what it shows (title, caveat, label, disclosure
   * statement, software), atomically (temporary file, then rename).
   */
  private static void writePng(BufferedImage img, Path file, MapView view, String published)
      throws IOException {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.getParent().resolve("." + abs.getFileName() + ".tmp");
    Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
    if (!it.hasNext()) {
      throw new IOException("no PNG writer available");
    }
    ImageWriter w = it.next();
    try {
      ImageWriteParam param = w.getDefaultWriteParam();
      IIOMetadata meta =
          w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
      Map<String, String> text = new java.util.LinkedHashMap<>();
      text.put("Title", view.title());
      text.put("Software", "Wardflow " + AppVersion.get());
      String label = view.caveat().dataLabel();
      text.put(
          "Disclaimer",
          (view.caveat().marking().isEmpty() ? "" : view.caveat().marking() + ". ")
              + view.caveat().message()
              + "."
              + (label.isEmpty() ? "" : " " + label + "."));
      if (!view.statement().isEmpty()) {
        text.put("Comment", "Disclosure control: " + view.statement() + " " + published);
      }
      addText(meta, text);
      Files.deleteIfExists(tmp);
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(tmp.toFile())) {
        w.setOutput(ios);
        w.write(null, new IIOImage(img, null, meta), param);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      w.dispose();
      Files.deleteIfExists(tmp);
    }
  }

  private static void addText(IIOMetadata meta, Map<String, String> text)
      throws IIOInvalidTreeException {
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
    text.forEach(
        (k, v) -> {
          IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
          e.setAttribute("keyword", k);
          e.setAttribute("compressionFlag", "FALSE");
          e.setAttribute("compressionMethod", "0");
          e.setAttribute("languageTag", "en-GB");
          e.setAttribute("translatedKeyword", k);
          e.setAttribute("text", v);
          itxt.appendChild(e);
        });
    root.appendChild(itxt);
    meta.mergeTree("javax_imageio_png_1.0", root);
  }
}
