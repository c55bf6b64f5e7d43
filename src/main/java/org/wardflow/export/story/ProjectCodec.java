package org.wardflow.export.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.disclosure.PublicationLedger;
import org.wardflow.io.project.ProjectFile;
import org.wardflow.io.project.ProjectFile.PolicySettings;
import org.wardflow.io.project.ProjectFile.StepRecord;
import org.wardflow.io.project.ProjectFile.StyleSettings;
import org.wardflow.io.project.ProjectService;
import org.wardflow.model.FlowFilter;
import org.wardflow.render.Layer;

/**
 * Converts between the project file's neutral forms ({@code io.project}) and the types of the
 * layers above it: disclosure policies, the publication ledger and the storyboard. Lives in {@code
 * ui} because {@code io} may not depend on {@code disclosure}.
 */
public final class ProjectCodec {
  private ProjectCodec() {}

  /** A policy as stored. */
  public static PolicySettings toSettings(DisclosurePolicy p) {
    return new PolicySettings(
        p.k(),
        p.roundingBase(),
        p.publishZeros(),
        p.publishWardTotals(),
        p.publishSchoolTotals(),
        p.publishGrandTotal(),
        p.floor());
  }

  /**
   * A stored policy; invalid values (a hand-edited file) raise {@link IllegalArgumentException}
   * with the reason.
   */
  public static DisclosurePolicy toPolicy(PolicySettings s) {
    return new DisclosurePolicy(
        s.k(),
        s.roundingBase(),
        s.publishZeros(),
        s.publishWardTotals(),
        s.publishSchoolTotals(),
        s.publishGrandTotal(),
        s.floor());
  }

  /** A flow filter as stored (values sorted, so saves are stable). */
  public static ProjectFile.FilterSettings toSettings(FlowFilter f) {
    return new ProjectFile.FilterSettings(
        f.periods().stream().sorted().toList(),
        f.ageBands().stream().sorted().toList(),
        f.groups().stream().sorted().toList());
  }

  /** A stored flow filter. */
  public static FlowFilter toFilter(ProjectFile.FilterSettings s) {
    return new FlowFilter(
        new java.util.HashSet<>(s.periods()),
        new java.util.HashSet<>(s.ageBands()),
        new java.util.HashSet<>(s.groups()));
  }

  /** The ledger as a JSON tree for {@link ProjectFile#withLedger}. */
  public static JsonNode toJson(PublicationLedger ledger) {
    try {
      return ProjectService.json().readTree(ledger.toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the publication ledger wrote invalid JSON", e);
    }
  }

  /** The ledger stored in a project (an empty ledger when there is none). */
  public static PublicationLedger toLedger(JsonNode tree) {
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      return new PublicationLedger();
    }
    return PublicationLedger.fromJson(tree.toString());
  }

  /** The storyboard as stored. */
  public static List<StepRecord> toRecords(Storyboard b) {
    List<StepRecord> out = new ArrayList<>();
    for (StoryStep s : b.steps()) {
      Envelope e = s.extent();
      out.add(
          new StepRecord(
              s.title(),
              s.notes(),
              e == null
                  ? null
                  : new ProjectFile.Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()),
              s.layers().stream().map(Layer::name).toList(),
              s.selectedWard(),
              s.selectedSchool(),
              new StyleSettings(
                  s.measure(), s.classification(), s.classes(), s.palette(), false, null),
              toSettings(s.policy())));
    }
    return out;
  }

  /** A stored storyboard; unknown layer names are skipped. */
  public static Storyboard toStoryboard(List<StepRecord> records) {
    List<StoryStep> steps = new ArrayList<>();
    for (StepRecord r : records) {
      List<Layer> layers = new ArrayList<>();
      for (String n : r.layers()) {
        for (Layer l : Layer.values()) {
          if (l.name().equals(n)) {
            layers.add(l);
          }
        }
      }
      ProjectFile.Extent e = r.extent();
      steps.add(
          new StoryStep(
              null,
              r.title(),
              r.notes(),
              e == null ? null : new Envelope(e.minX(), e.maxX(), e.minY(), e.maxY()),
              layers,
              r.selectedWard(),
              r.selectedSchool(),
              r.style().measure(),
              r.style().classification(),
              r.style().classes(),
              r.style().palette(),
              toPolicy(r.policy())));
    }
    return new Storyboard(steps);
  }
}
