package org.wardflow.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wardflow.model.Geography;

/**
 * Everything the renderer draws, as immutable data: the geography, ward fills (colours already
 * classified upstream, suppressed and no-data wards), school symbols, published flows with their
 * display filters, the selection, label options and the visible layers in drawing order. A scene
 * holds published values only — never raw counts. Build one with {@link #of(Geography)} and the
 * {@code with…} methods.
 */
public final class Scene {
  private final Geography geography;
  private final WardFills wardFills;
  private final SchoolSymbols schools;
  private final List<Flow> flows;
  private final FlowDisplay flowDisplay;
  private final Selection selection;
  private final LabelOptions labels;
  private final List<Layer> layers;
  // resolved once: positions of each flow's ward and school in the geography's layers (-1 unknown)
  private final int[] flowWard;
  private final int[] flowSchool;

  private Scene(
      Geography geography,
      WardFills wardFills,
      SchoolSymbols schools,
      List<Flow> flows,
      FlowDisplay flowDisplay,
      Selection selection,
      LabelOptions labels,
      List<Layer> layers,
      int[] flowWard,
      int[] flowSchool) {
    this.geography = Objects.requireNonNull(geography, "geography");
    this.wardFills = Objects.requireNonNull(wardFills, "wardFills");
    this.schools = Objects.requireNonNull(schools, "schools");
    this.flows = List.copyOf(flows);
    this.flowDisplay = Objects.requireNonNull(flowDisplay, "flowDisplay");
    this.selection = Objects.requireNonNull(selection, "selection");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.layers = List.copyOf(layers);
    if (this.layers.stream().distinct().count() != this.layers.size()) {
      throw new IllegalArgumentException("a layer may be listed only once: " + layers);
    }
    if (flowWard == null) {
      int n = this.flows.size();
      flowWard = new int[n];
      flowSchool = new int[n];
      for (int i = 0; i < n; i++) {
        Flow f = this.flows.get(i);
        flowWard[i] = geography.wards().indexOf(f.wardCode());
        flowSchool[i] = geography.schools().indexOf(f.schoolUrn());
      }
    }
    this.flowWard = flowWard;
    this.flowSchool = flowSchool;
  }

  /**
   * A scene of the geography: plain base-map wards, schools coloured by phase, no flows, nothing
   * selected, all labels, all layers (wards, flows, schools, labels).
   */
  public static Scene of(Geography geography) {
    return new Scene(
        geography,
        WardFills.NONE,
        SchoolSymbols.byPhase(geography.schools(), Map.of()),
        List.of(),
        FlowDisplay.ALL,
        Selection.NONE,
        LabelOptions.ALL,
        List.of(Layer.values()),
        null,
        null);
  }

  /** The geography drawn. */
  public Geography geography() {
    return geography;
  }

  /** Ward fills. */
  public WardFills wardFills() {
    return wardFills;
  }

  /** School symbols. */
  public SchoolSymbols schools() {
    return schools;
  }

  /** Published flows. */
  public List<Flow> flows() {
    return flows;
  }

  /** Flow filters. */
  public FlowDisplay flowDisplay() {
    return flowDisplay;
  }

  /** The selection. */
  public Selection selection() {
    return selection;
  }

  /** Label options. */
  public LabelOptions labels() {
    return labels;
  }

  /** Visible layers, bottom first. */
  public List<Layer> layers() {
    return layers;
  }

  /** True when the layer is visible. */
  public boolean shows(Layer layer) {
    return layers.contains(layer);
  }

  /** Index of flow {@code i}'s ward in the ward layer, or -1 when the code is unknown. */
  int flowWardIndex(int i) {
    return flowWard[i];
  }

  /** Index of flow {@code i}'s school in the school layer, or -1 when the URN is unknown. */
  int flowSchoolIndex(int i) {
    return flowSchool[i];
  }

  /** This scene with other ward fills. */
  public Scene withWardFills(WardFills v) {
    return new Scene(
        geography, v, schools, flows, flowDisplay, selection, labels, layers, flowWard, flowSchool);
  }

  /** This scene with other school symbols. */
  public Scene withSchools(SchoolSymbols v) {
    return new Scene(
        geography,
        wardFills,
        v,
        flows,
        flowDisplay,
        selection,
        labels,
        layers,
        flowWard,
        flowSchool);
  }

  /** This scene with other flows. */
  public Scene withFlows(List<Flow> v) {
    return new Scene(
        geography, wardFills, schools, v, flowDisplay, selection, labels, layers, null, null);
  }

  /** This scene with other flow filters. */
  public Scene withFlowDisplay(FlowDisplay v) {
    return new Scene(
        geography, wardFills, schools, flows, v, selection, labels, layers, flowWard, flowSchool);
  }

  /** This scene with another selection. */
  public Scene withSelection(Selection v) {
    return new Scene(
        geography, wardFills, schools, flows, flowDisplay, v, labels, layers, flowWard, flowSchool);
  }

  /** This scene with other label options. */
  public Scene withLabels(LabelOptions v) {
    return new Scene(
        geography,
        wardFills,
        schools,
        flows,
        flowDisplay,
        selection,
        v,
        layers,
        flowWard,
        flowSchool);
  }

  /**
   * This scene with other visible layers.
   *
   * @param v the visible layers, bottom first
   */
  public Scene withLayers(List<Layer> v) {
    return new Scene(
        geography,
        wardFills,
        schools,
        flows,
        flowDisplay,
        selection,
        labels,
        v,
        flowWard,
        flowSchool);
  }
}
