package org.wardflow.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.analysis.ClassificationMethod;
import org.wardflow.analysis.ColorBrewer;
import org.wardflow.disclosure.DisclosureGate;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.io.demo.DemoData;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.Geography;
import org.wardflow.render.Scene;
import org.wardflow.render.Style;

/**
 * The briefing-paper map of the built-in demo: the FICTIONAL city's SYNTHETIC table of children and
 * young people involved in violence, published under a policy (default k = 5), as a choropleth of
 * published ward totals (natural breaks, YlOrRd) with the flows to schools — the example export of
 * the documentation, the golden-image test and a quick "does export work" for the command line.
 */
public final class DemoBriefing {
  /** The title of the demo page. */
  public static final String TITLE =
      "Children and young people involved in violence, by home ward and school";

  private DemoBriefing() {}

  /**
   * The demo, published and laid out.
   *
   * @param data the demo data
   * @param cyp the published CYP table
   * @param choropleth the ward-total choropleth
   * @param page the map page (A4 landscape, whole city)
   */
  public record Demo(
      DemoData data, PublishedTable cyp, PublishedScenes.Choropleth choropleth, MapPage page) {}

  /** The demo under the default policy, dated today. */
  public static Demo build() {
    return build(DisclosurePolicy.DEFAULT, LocalDate.now());
  }

  /**
   * The demo under a policy, with a fixed date (for reproducible output).
   *
   * @param policy the disclosure policy (at or above its floor)
   * @param date the date printed
   */
  public static Demo build(DisclosurePolicy policy, LocalDate date) {
    DemoData data = DemoData.load();
    PublishedTable cyp = DisclosureGate.publish(data.cyp(), FlowFilter.ALL, policy);
    Geography geo = data.geography();
    PublishedScenes.Choropleth ch =
        PublishedScenes.wardTotals(
            cyp, geo, ClassificationMethod.JENKS, 5, ColorBrewer.defaultSequential());
    Scene scene = PublishedScenes.scene(geo, cyp, ch);
    List<String> sources = new ArrayList<>(Attributions.forGeography(geo));
    sources.addAll(Attributions.forFlows(cyp.info()));
    LayoutSpec layout =
        LayoutSpec.builder()
            .title(TITLE)
            .subtitle(
                "Quillbridge (a fictional city) · CYP by home ward (published totals) and their"
                    + " flows to school · all years")
            .legend(new LegendSpec("CYP living in ward", ch.classes(), "CYP, home ward → school"))
            .policy(policy)
            .datasets(geo.info(), cyp.info())
            .sources(sources)
            .overview(true)
            .date(date)
            .build();
    Envelope extent = geo.wards().extent();
    extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.02);
    return new Demo(data, cyp, ch, new MapPage(layout, scene, Style.standard(), extent));
  }
}
