package org.wardflow.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.export.Attributions;
import org.wardflow.export.ExportOptions;
import org.wardflow.export.ExportResult;
import org.wardflow.export.LayoutSpec;
import org.wardflow.export.LegendSpec;
import org.wardflow.export.MapExporter;
import org.wardflow.export.MapPage;
import org.wardflow.export.PublishedCsvWriter;
import org.wardflow.export.PublishedGeoPackageWriter;
import org.wardflow.model.DatasetInfo;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;
import org.wardflow.model.Geography;
import org.wardflow.render.Layer;
import org.wardflow.render.Scene;
import org.wardflow.ui.layers.LegendView;
import org.wardflow.ui.layers.ThematicBuilder;
import org.wardflow.ui.layers.ThematicInput;
import org.wardflow.ui.layers.ThematicMap;
import org.wardflow.ui.layers.ThematicPainter;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.style.Choropleth;

/**
 * The exports of the main window, toolkit-free so they run on a background thread: a map page of
 * what the screen shows (PNG, SVG or PDF with its manifest), the published table as CSV and the
 * published layers as GeoPackage.
 *
 * <p>Every export is a release: the tables are first published through the window's {@link
 * PublicationLedger} (the differencing guard). When the guard refuses, nothing is written or
 * recorded and {@link ExportRefusedException} carries its explanation. The map is built from the
 * tables the guard released with the screen's settings, and drawn with the frame's layers,
 * selection and extent: when the release is the table on screen this is the map on screen; when the
 * guard had to hide more to stay consistent with earlier releases, the file shows what the ledger
 * recorded, never more.
 */
public final class MapExports {
  private MapExports() {}

  /**
   * The tables an export releases, as the differencing guard published and recorded them.
   *
   * @param cyp the released CYP table, or null when none is loaded
   * @param flows the released table of the flow lines (may be {@code cyp}), or null
   * @param adjusted true when the guard hid more than the screen shows
   * @param notes what the guard said besides publishing (may be empty)
   */
  public record Release(
      PublishedTable cyp, PublishedTable flows, boolean adjusted, List<String> notes) {
    /** Freezes the notes. */
    public Release {
      notes = List.copyOf(notes);
    }
  }

  // ---- the release ----------------------------------------------------------------------------

  /**
   * Publishes the tables of a view through its ledger for an export, recording the release: both
   * are checked first, so either both are recorded or neither.
   *
   * @param v the view
   * @param purpose what the release is for, e.g. "export map (PDF) to /path/map.pdf"
   * @return the released tables
   * @throws ExportRefusedException when the threshold is below its floor or the guard refuses
   */
  public static Release release(ViewSnapshot v, String purpose) throws ExportRefusedException {
    DisclosurePolicy policy = v.policy();
    if (policy.belowFloor()) {
      throw new ExportRefusedException(
          "The threshold k = "
              + policy.k()
              + " is below the floor of "
              + policy.floor()
              + " set for exports. Raise the threshold to "
              + policy.floor()
              + " or more in the Disclosure control panel, then export again. Nothing was"
              + " written.");
    }
    if (v.cyp() == null && v.flows() == null) {
      return new Release(null, null, false, List.of());
    }
    PublicationLedger ledger = v.ledger();
    String boundaries = v.geography().wards().name();
    FlowFilter filter = v.filter();
    List<FlowTable> tables = new ArrayList<>();
    if (v.cyp() != null) {
      tables.add(v.cyp());
    }
    if (v.flows() != null && v.flows() != v.cyp()) {
      tables.add(v.flows());
    }
    synchronized (ledger) {
      for (FlowTable t : tables) {
        PublicationLedger.Decision d = ledger.check(t, filter, policy, boundaries);
        if (!d.published()) {
          throw new ExportRefusedException(
              d.explanation() + " Nothing was written and the ledger is unchanged.");
        }
      }
      List<PublicationLedger.Decision> done = new ArrayList<>();
      for (FlowTable t : tables) {
        PublicationLedger.Decision d = ledger.publish(t, filter, policy, boundaries, purpose);
        if (!d.published()) {
          throw new ExportRefusedException(d.explanation() + " Nothing was written.");
        }
        done.add(d);
      }
      PublishedTable cyp = v.cyp() == null ? null : done.get(0).table();
      PublishedTable flows =
          v.flows() == null ? null : v.flows() == v.cyp() ? cyp : done.get(done.size() - 1).table();
      boolean adjusted = false;
      List<String> notes = new ArrayList<>();
      for (PublicationLedger.Decision d : done) {
        if (d.outcome() == PublicationLedger.Outcome.ADJUSTED) {
          adjusted = true;
          notes.add(d.explanation());
        }
        notes.addAll(d.notes());
      }
      return new Release(cyp, flows, adjusted, notes);
    }
  }

  /**
   * The thematic map to export for a release: built from the released tables with the screen's
   * settings (measure, classes, palette, flow filters, school sizing, labels, selection) — the same
   * map as on screen when the release is the table on screen. The display theme and on-screen
   * wording (the last step the window applies to its own map) are not carried into files: a page is
   * always printed in the standard style.
   */
  public static ThematicMap thematicFor(ViewSnapshot v, Release r) {
    ThematicInput in = v.thematic().input();
    return ThematicBuilder.build(
        new ThematicInput(
            in.geography(),
            r.cyp(),
            r.flows(),
            in.children(),
            in.choropleth(),
            in.flowSettings(),
            in.sizing(),
            in.labels(),
            in.selection()));
  }

  /** The thematic map of the screen's own tables in the standard style (for previews). */
  public static ThematicMap standard(ViewSnapshot v) {
    return ThematicBuilder.build(v.thematic().input());
  }

  // ---- the map page ---------------------------------------------------------------------------

  /**
   * The page of a view: the screen's scene as drawn (layers, order, selection, labels), its style,
   * legend and extent, laid out with the settings.
   *
   * @param v the view (its frame and extent)
   * @param t the thematic map to draw (the screen's, or one rebuilt for a release)
   * @param s the dialog's settings
   * @throws IllegalArgumentException when the layout cannot be made (message for the user)
   */
  public static MapPage page(ViewSnapshot v, ThematicMap t, MapExportSettings s) {
    Scene scene = ThematicPainter.asDrawn(t.scene(), v.frame());
    boolean wards = scene.shows(Layer.WARDS);
    Choropleth c = t.choropleth();
    LegendSpec legend =
        new LegendSpec(
            wards ? c.title() : "",
            wards ? c.legendClasses() : List.of(),
            scene.shows(Layer.FLOWS) ? t.flowTitle() : "");
    PublishedTable cyp = t.input().cyp();
    PublishedTable flows = t.input().flows();
    Geography geo = v.geography();
    List<DatasetInfo> datasets = new ArrayList<>();
    datasets.add(geo.info());
    if (cyp != null) {
      datasets.add(cyp.info());
    }
    if (flows != null && flows != cyp) {
      datasets.add(flows.info());
    }
    List<String> sources = new ArrayList<>(Attributions.forGeography(geo));
    for (PublishedTable p : new PublishedTable[] {cyp, flows == cyp ? null : flows}) {
      if (p != null) {
        for (String line : Attributions.forFlows(p.info())) {
          if (!sources.contains(line)) {
            sources.add(line);
          }
        }
      }
    }
    List<Layer> layers = scene.layers();
    String notes = LegendView.symbolText(t, layers);
    if (wards && !c.subject().isEmpty()) {
      notes = ("Wards coloured by where the CYP of " + c.subject() + " live. " + notes).strip();
    }
    LayoutSpec layout =
        LayoutSpec.builder()
            .title(s.title())
            .subtitle(s.subtitle())
            .paper(s.paper())
            .orientation(s.orientation())
            .marking(s.marking())
            .legend(legend)
            .policy(cyp != null ? cyp.policy() : flows != null ? flows.policy() : null)
            .datasets(datasets.toArray(new DatasetInfo[0]))
            .sources(sources)
            .notes(notes)
            .overview(s.overview())
            .build();
    return new MapPage(layout, scene, t.style(), v.extent());
  }

  /**
   * Exports the map of a view: releases its tables through the ledger, lays out the page and writes
   * the file with its manifest beside it.
   *
   * @param v the view
   * @param s the settings
   * @param out the file to write
   * @param progress receives one-line progress messages (on the calling thread)
   * @return what was written
   * @throws ExportRefusedException when the disclosure rules do not allow the release
   * @throws IOException when the file cannot be written
   */
  public static ExportResult exportMap(
      ViewSnapshot v, MapExportSettings s, Path out, Consumer<String> progress)
      throws ExportRefusedException, IOException {
    progress.accept("Publishing through the disclosure gate…");
    Release r = release(v, "export map (" + s.format() + ") to " + out.toAbsolutePath());
    ThematicMap t = thematicFor(v, r);
    progress.accept("Drawing the " + s.paper().name() + " page…");
    MapPage page = page(v, t, s);
    ExportOptions o = ExportOptions.of(s.format()).withDpi(s.dpi()).withInputHashes(inputHashes(v));
    progress.accept("Writing " + out.getFileName() + "…");
    return MapExporter.export(page, o, out);
  }

  /**
   * Exports the published CYP table as {@code cells.csv}, {@code totals.csv} and {@code
   * manifest.json} in a folder — the files of the command line's {@code publish}.
   *
   * @param v the view
   * @param marking the protective marking for the manifest
   * @param dir the folder (created if needed)
   * @return the released table written
   */
  public static PublishedTable exportTable(ViewSnapshot v, String marking, Path dir)
      throws ExportRefusedException, IOException {
    requireTable(v);
    Release r = release(v, "export published table to " + dir.toAbsolutePath());
    PublishedCsvWriter.write(
        r.cyp(), dir, new PublishedCsvWriter.Options(inputHashes(v), marking, null));
    return r.cyp();
  }

  /**
   * Exports the published layers (wards and schools with their published totals, flows as lines
   * with their published values) to a GeoPackage.
   *
   * @param v the view
   * @param marking the protective marking recorded in the file
   * @param file the {@code .gpkg} to write
   * @return what was written
   */
  public static PublishedGeoPackageWriter.Result exportGeoPackage(
      ViewSnapshot v, String marking, Path file) throws ExportRefusedException, IOException {
    requireTable(v);
    Release r = release(v, "export published layers (GeoPackage) to " + file.toAbsolutePath());
    return PublishedGeoPackageWriter.write(
        file,
        v.geography(),
        r.cyp(),
        new PublishedGeoPackageWriter.Options("cyp", marking, inputHashes(v), null));
  }

  private static void requireTable(ViewSnapshot v) throws ExportRefusedException {
    if (v.cyp() == null) {
      throw new ExportRefusedException(
          "No table of children and young people is open, so there is no published table to"
              + " export. Open a flow table first.");
    }
  }

  /** Input file name → SHA-256 of the datasets shown whose hash is known. */
  static Map<String, String> inputHashes(ViewSnapshot v) {
    Map<String, String> out = new LinkedHashMap<>();
    List<DatasetInfo> infos = new ArrayList<>();
    infos.add(v.geography().info());
    if (v.cyp() != null) {
      infos.add(v.cyp().info());
    }
    if (v.flows() != null) {
      infos.add(v.flows().info());
    }
    for (DatasetInfo i : infos) {
      if (!i.sha256().isEmpty()) {
        String name = i.source().isEmpty() ? i.title() : Path.of(i.source()).getFileName() + "";
        out.putIfAbsent(name, i.sha256());
      }
    }
    return out;
  }

  // ---- default texts --------------------------------------------------------------------------

  /** The title a page of the view gets unless the user writes another. */
  public static String defaultTitle(ViewSnapshot v) {
    MapTarget sel = v.frame().selection();
    if (sel != null && sel.isSchool()) {
      return "Where the children and young people at " + sel.name() + " live";
    }
    if (sel != null && sel.isWard()) {
      return "Schools attended by children and young people from " + sel.name();
    }
    return "Children and young people by home ward and school";
  }

  /**
   * The subtitle a page gets unless the user writes another: the data, what the wards show, the
   * sub-table and the threshold.
   */
  public static String defaultSubtitle(ViewSnapshot v) {
    List<String> parts = new ArrayList<>();
    String title = v.geography().info().title();
    if (!title.isBlank()) {
      parts.add(title);
    }
    Choropleth c = v.thematic().choropleth();
    if (!c.title().isBlank()) {
      parts.add(c.title());
    }
    String f = v.filter().describe();
    parts.add(f.equals("all") ? "all records" : f.replace('_', ' '));
    PublishedTable p = v.thematic().input().cyp();
    if (p != null && p.policy().k() > 1) {
      parts.add("counts under " + p.policy().k() + " hidden");
    }
    return String.join(" · ", parts);
  }
}
