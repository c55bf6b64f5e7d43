package org.wardflow.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.model.Crs;
import org.wardflow.model.DatasetInfo;
import org.wardflow.render.Caveat;
import org.wardflow.render.Flow;
import org.wardflow.render.Layer;
import org.wardflow.render.Scene;

/**
 * The record of settings written beside every export as {@code <file>.manifest.json}: application
 * and version, time, format (and DPI and pixel size for PNG), the file's SHA-256, the sheet, the
 * protective marking, caveat and SYNTHETIC/FICTIONAL label, and per page: title, view extent (BNG),
 * scale, visible layers, style, counts of flows drawn published and hidden, the disclosure policy
 * with its statement, the datasets shown, the sources — plus the input file hashes the caller
 * gives. It holds no figure from the data.
 */
final class ExportManifest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExportManifest() {}

  /** The manifest path of an export: the file name with {@code .manifest.json} appended. */
  static Path pathFor(Path file) {
    return file.resolveSibling(file.getFileName() + ".manifest.json");
  }

  static Map<String, Object> build(
      List<? extends Page> pages,
      List<LayoutPainter.Geometry> maps,
      ExportOptions o,
      Path file,
      String sha256,
      int sheets,
      int[] pixelSize) {
    Map<String, Object> m = new LinkedHashMap<>();
    LayoutSpec first = pages.get(0).layout();
    m.put("application", "Wardflow");
    m.put("version", AppVersion.get());
    m.put("created", Instant.now(o.clock()).toString());
    m.put("file", file.getFileName().toString());
    m.put("sha256", sha256);
    m.put("format", o.format().extension());
    if (o.format() == ExportFormat.PNG) {
      m.put("dpi", o.dpi());
      m.put("pixels", Map.of("width", pixelSize[0], "height", pixelSize[1]));
    }
    m.put("sheets", sheets);
    Caveat c = first.caveat();
    m.put("protectiveMarking", c.marking());
    m.put("caveat", c.message());
    m.put("label", c.dataLabel());
    m.put(
        "notice",
        "Figures are published values after disclosure control; no raw counts are in this file.");
    m.put("inputs", new LinkedHashMap<>(o.inputHashes()));
    List<Object> ps = new ArrayList<>();
    int mapIndex = 0;
    for (Page p : pages) {
      if (p instanceof MapPage mp) {
        ps.add(mapPage(mp, mapIndex < maps.size() ? maps.get(mapIndex) : null));
        mapIndex++;
      } else if (p instanceof TablePage tp) {
        ps.add(tablePage(tp));
      }
    }
    m.put("pages", ps);
    return m;
  }

  private static Map<String, Object> common(LayoutSpec s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("subtitle", s.subtitle());
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put("paper", s.paper().name());
    sheet.put("orientation", s.orientation().name().toLowerCase(Locale.ROOT));
    sheet.put("widthMm", round(s.paper().widthMm(s.orientation()), 1));
    sheet.put("heightMm", round(s.paper().heightMm(s.orientation()), 1));
    sheet.put("marginMm", s.marginMm());
    m.put("sheet", sheet);
    m.put("protectiveMarking", s.marking());
    m.put("label", s.dataLabel());
    m.put("date", s.date().toString());
    DisclosurePolicy p = s.policy();
    if (p != null) {
      Map<String, Object> pol = new LinkedHashMap<>();
      pol.put("k", p.k());
      pol.put("protectionLevel", p.protectionLevel());
      pol.put("roundingBase", p.roundingBase());
      pol.put("publishZeros", p.publishZeros());
      pol.put("publishWardTotals", p.publishWardTotals());
      pol.put("publishSchoolTotals", p.publishSchoolTotals());
      pol.put("publishGrandTotal", p.publishGrandTotal());
      pol.put("floor", p.floor());
      pol.put("statement", p.statement());
      m.put("policy", pol);
    }
    List<Object> ds = new ArrayList<>();
    for (DatasetInfo i : s.datasets()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("title", i.title());
      d.put("source", i.source());
      d.put("sha256", i.sha256());
      d.put("synthetic", i.synthetic());
      d.put("fictional", i.fictional());
      ds.add(d);
    }
    m.put("datasets", ds);
    m.put("sources", s.sources());
    if (!s.notes().isEmpty()) {
      m.put("notes", s.notes());
    }
    return m;
  }

  private static Map<String, Object> mapPage(MapPage p, LayoutPainter.Geometry g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "map");
    m.putAll(common(p.layout()));
    m.put("crs", Crs.BNG);
    m.put("requestedExtent", envelope(p.extent()));
    if (g != null) {
      m.put("shownExtent", envelope(g.extent()));
      m.put("scale", "1:" + LayoutPainter.roundScale(g.scaleDenominator()));
    }
    Scene sc = p.scene();
    List<String> layers = new ArrayList<>();
    for (Layer l : sc.layers()) {
      layers.add(l.name().toLowerCase(Locale.ROOT));
    }
    m.put("layers", layers);
    m.put("style", p.style().name());
    m.put("symbolScale", p.layout().symbolScale());
    int published = 0;
    int hidden = 0;
    for (Flow f : sc.flows()) {
      if (f.hidden()) {
        hidden++;
      } else {
        published++;
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("wards", sc.geography().wards().size());
    counts.put("wardsSuppressed", sc.wardFills().suppressed().size());
    counts.put("wardsNoData", sc.wardFills().noData().size());
    counts.put("schools", sc.geography().schools().size());
    counts.put("flowsPublished", sc.shows(Layer.FLOWS) ? published : 0);
    counts.put("flowsHidden", sc.shows(Layer.FLOWS) && sc.flowDisplay().showHidden() ? hidden : 0);
    m.put("counts", counts);
    Map<String, Object> fd = new LinkedHashMap<>();
    fd.put("minCount", sc.flowDisplay().minCount());
    fd.put("topN", sc.flowDisplay().topN());
    fd.put("fadeRest", sc.flowDisplay().fadeRest());
    fd.put("showHidden", sc.flowDisplay().showHidden());
    m.put("flowDisplay", fd);
    m.put(
        "selection",
        sc.selection().kind().name().toLowerCase(Locale.ROOT)
            + (sc.selection().id() == null || sc.selection().id().isEmpty()
                ? ""
                : " " + sc.selection().id()));
    return m;
  }

  private static Map<String, Object> tablePage(TablePage p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "table");
    m.putAll(common(p.layout()));
    m.put("table", p.table().title());
    List<String> cols = new ArrayList<>();
    for (ReportTable.Column c : p.table().columns()) {
      cols.add(c.header());
    }
    m.put("columns", cols);
    m.put("rows", p.table().rows().size());
    return m;
  }

  private static Map<String, Object> envelope(Envelope e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minX", round(e.getMinX(), 1));
    m.put("minY", round(e.getMinY(), 1));
    m.put("maxX", round(e.getMaxX(), 1));
    m.put("maxY", round(e.getMaxY(), 1));
    return m;
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  static void write(Path manifest, Map<String, Object> content) throws IOException {
    AtomicFiles.write(
        manifest, (JSON.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Hex SHA-256 of bytes. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Hex SHA-256 of a file. */
  static String sha256(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
