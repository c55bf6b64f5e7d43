package org.wardflow.ui.layers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wardflow.disclosure.PublishedTable;
import org.wardflow.disclosure.PublishedValue;
import org.wardflow.model.Geography;
import org.wardflow.model.School;
import org.wardflow.render.Flow;
import org.wardflow.render.FlowDisplay;
import org.wardflow.render.LabelOptions;
import org.wardflow.render.Scene;
import org.wardflow.render.SchoolMark;
import org.wardflow.render.SchoolSymbols;
import org.wardflow.render.Style;
import org.wardflow.ui.map.MapTarget;
import org.wardflow.ui.selection.SelectionSummary;
import org.wardflow.ui.style.Choropleth;
import org.wardflow.ui.style.ChoroplethBuilder;
import org.wardflow.ui.style.FlowSettings;
import org.wardflow.ui.style.SchoolSizing;

/**
 * Builds the {@link ThematicMap} from published tables: the choropleth (the origin map of a
 * selected school), school symbols sized by published school totals (or pupils on roll) and
 * coloured by phase, the published flows with their display filters, and the selection summary.
 * Pure and toolkit-free; runs off the FX thread.
 */
public final class ThematicBuilder {
  /** Longest list in the selection summary. */
  public static final int SUMMARY_ROWS = 12;

  private ThematicBuilder() {}

  /**
   * The style every thematic map starts from: the renderer's standard style with a lighter, wider
   * hatch, so that a map with many suppressed wards stays calm.
   */
  public static Style baseStyle() {
    return Style.standard().toBuilder()
        .hatchColor(new java.awt.Color(0xA3A3A3))
        .hatchSpacing(6f)
        .hatchWidth(0.8f)
        .build();
  }

  /**
   * Builds the thematic map.
   *
   * @param in the inputs (published tables only)
   * @return the map
   */
  public static ThematicMap build(ThematicInput in) {
    Geography geo = in.geography();
    MapTarget sel = in.selection();
    String schoolUrn = sel != null && sel.isSchool() ? sel.id() : null;
    String schoolName = sel != null && sel.isSchool() ? sel.name() : "";
    Choropleth choropleth =
        ChoroplethBuilder.build(
            geo, in.cyp(), in.children(), in.choropleth(), schoolUrn, schoolName);
    FlowSettings fs = in.flowSettings();
    Style style = baseStyle().toBuilder().flowScaleLock(fs.effectiveLock()).build();
    int k =
        in.flows() != null ? in.flows().policy().k() : in.cyp() != null ? in.cyp().policy().k() : 0;
    Scene scene =
        Scene.of(geo)
            .withWardFills(choropleth.fills())
            .withSchools(symbols(geo, in.cyp(), in.sizing()))
            .withFlows(flows(in.flows()))
            .withFlowDisplay(
                new FlowDisplay(
                    fs.minCount(), fs.topN(), fs.fadeRest(), fs.hidden().shown(sel != null), k))
            .withLabels(in.labels() ? LabelOptions.ALL : LabelOptions.NONE);
    SelectionSummary.Kind kind =
        sel == null
            ? SelectionSummary.Kind.OVERVIEW
            : sel.isWard() ? SelectionSummary.Kind.WARD : SelectionSummary.Kind.SCHOOL;
    SelectionSummary summary =
        SelectionSummary.of(
            geo,
            in.cyp(),
            choropleth,
            in.children(),
            kind,
            sel == null ? "" : sel.id(),
            SUMMARY_ROWS);
    String flowTitle = in.flows() == null ? "" : fs.table().legendTitle();
    return new ThematicMap(in, choropleth, scene, style, flowTitle, summary);
  }

  /** Every non-zero published or suppressed cell of the table as a flow. */
  static List<Flow> flows(PublishedTable t) {
    if (t == null) {
      return List.of();
    }
    List<Flow> out = new ArrayList<>(t.cellCount());
    List<String> wards = t.wardCodes();
    List<String> schools = t.schoolUrns();
    t.forEachCell(
        (row, col, v) -> {
          if (v.isSuppressed() || v.isPublished() && v.value() > 0) {
            out.add(new Flow(wards.get(row), schools.get(col), v));
          }
        });
    return out;
  }

  /** School symbols: colour by phase, size by the chosen measure. */
  static SchoolSymbols symbols(Geography geo, PublishedTable cyp, SchoolSizing sizing) {
    if (sizing == SchoolSizing.NONE || (sizing == SchoolSizing.CYP && cyp == null)) {
      return SchoolSymbols.byPhase(geo.schools(), Map.of());
    }
    Map<String, SchoolMark> marks = new HashMap<>();
    for (School s : geo.schools().schools()) {
      int colour = SchoolSymbols.PHASE_COLOURS.get(s.phase());
      if (sizing == SchoolSizing.PUPILS) {
        marks.put(
            s.urn(),
            s.pupilCount().isPresent()
                ? SchoolMark.sized(colour, s.pupils())
                : SchoolMark.plain(colour));
        continue;
      }
      PublishedValue v = ChoroplethBuilder.schoolTotal(cyp, s.urn());
      if (v.isPublished()) {
        marks.put(s.urn(), SchoolMark.sized(colour, v.value()));
      } else if (v.isSuppressed()) {
        marks.put(s.urn(), SchoolMark.suppressed(colour));
      } else {
        marks.put(s.urn(), SchoolMark.plain(colour));
      }
    }
    return new SchoolSymbols(
        marks,
        SchoolMark.plain(SchoolSymbols.PHASE_COLOURS.get(org.wardflow.model.Phase.UNKNOWN)),
        true);
  }
}
