package org.wardflow.export.story;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.wardflow.disclosure.DisclosurePolicy;
import org.wardflow.render.Layer;

/**
 * One saved view of a storyboard: what the committee sees on one slide. Immutable.
 *
 * @param id stable identifier (survives reordering and renaming)
 * @param title slide title
 * @param notes speaker notes (shown only in the notes panel, optional in the deck)
 * @param extent map extent in British National Grid metres, or null for the whole study area
 * @param layers visible layers, bottom first
 * @param selectedWard selected ward code, or empty
 * @param selectedSchool selected school URN, or empty
 * @param measure the ward measure mapped (the UI's measure identifier), or empty
 * @param classification classification method name, e.g. {@code QUANTILE}
 * @param classes number of classes
 * @param palette ColorBrewer palette name, or empty for the default
 * @param policy disclosure policy of the step (raised to its floor when shown)
 */
public record StoryStep(
    String id,
    String title,
    String notes,
    Envelope extent,
    List<Layer> layers,
    String selectedWard,
    String selectedSchool,
    String measure,
    String classification,
    int classes,
    String palette,
    DisclosurePolicy policy) {

  /** Null-safe defaults; copies the extent and layers. */
  public StoryStep {
    id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    title = title == null ? "" : title;
    notes = notes == null ? "" : notes;
    extent = extent == null || extent.isNull() ? null : new Envelope(extent);
    layers = layers == null ? List.of() : List.copyOf(layers);
    selectedWard = selectedWard == null ? "" : selectedWard;
    selectedSchool = selectedSchool == null ? "" : selectedSchool;
    measure = measure == null ? "" : measure;
    classification =
        classification == null || classification.isBlank() ? "QUANTILE" : classification;
    classes = classes <= 0 ? 5 : classes;
    palette = palette == null ? "" : palette;
    policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A new step with a fresh id showing wards, flows and schools of the whole area.
   *
   * @param title slide title
   * @param policy disclosure policy
   */
  public static StoryStep of(String title, DisclosurePolicy policy) {
    return new StoryStep(
        null,
        title,
        "",
        null,
        List.of(Layer.WARDS, Layer.FLOWS, Layer.SCHOOLS, Layer.LABELS),
        "",
        "",
        "",
        "QUANTILE",
        5,
        "",
        policy);
  }

  /** The extent as given (a copy), or null. */
  @Override
  public Envelope extent() {
    return extent == null ? null : new Envelope(extent);
  }

  /** This step renamed. */
  public StoryStep withTitle(String v) {
    return new StoryStep(
        id,
        v,
        notes,
        extent,
        layers,
        selectedWard,
        selectedSchool,
        measure,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with other notes. */
  public StoryStep withNotes(String v) {
    return new StoryStep(
        id,
        title,
        v,
        extent,
        layers,
        selectedWard,
        selectedSchool,
        measure,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with another extent (null for the whole area). */
  public StoryStep withExtent(Envelope v) {
    return new StoryStep(
        id,
        title,
        notes,
        v,
        layers,
        selectedWard,
        selectedSchool,
        measure,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with other visible layers. */
  public StoryStep withLayers(List<Layer> v) {
    return new StoryStep(
        id,
        title,
        notes,
        extent,
        v,
        selectedWard,
        selectedSchool,
        measure,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with another selection (empty strings for none). */
  public StoryStep withSelection(String ward, String school) {
    return new StoryStep(
        id,
        title,
        notes,
        extent,
        layers,
        ward,
        school,
        measure,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with another classification. */
  public StoryStep withClassification(String method, int n, String paletteName) {
    return new StoryStep(
        id,
        title,
        notes,
        extent,
        layers,
        selectedWard,
        selectedSchool,
        measure,
        method,
        n,
        paletteName,
        policy);
  }

  /** This step with another measure. */
  public StoryStep withMeasure(String v) {
    return new StoryStep(
        id,
        title,
        notes,
        extent,
        layers,
        selectedWard,
        selectedSchool,
        v,
        classification,
        classes,
        palette,
        policy);
  }

  /** This step with another policy. */
  public StoryStep withPolicy(DisclosurePolicy v) {
    return new StoryStep(
        id,
        title,
        notes,
        extent,
        layers,
        selectedWard,
        selectedSchool,
        measure,
        classification,
        classes,
        palette,
        v);
  }

  /** The policy used when the step is shown or exported: k raised to the floor if below. */
  public DisclosurePolicy effectivePolicy() {
    return policy.atLeastFloor();
  }

  /**
   * What to tell the audience when the step's threshold was raised, or empty.
   *
   * @return e.g. "Threshold raised from 3 to the policy floor of 5."
   */
  public String floorNotice() {
    return policy.belowFloor()
        ? "Threshold raised from k = "
            + policy.k()
            + " to the policy floor of k = "
            + policy.floor()
            + "."
        : "";
  }
}
