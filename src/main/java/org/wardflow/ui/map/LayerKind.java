package org.wardflow.ui.map;

/** The kinds of layer the map shows. Each kind appears at most once in the layer list. */
public enum LayerKind {
  /** Ward boundaries (polygons). */
  WARDS("Wards"),
  /** School locations (points). */
  SCHOOLS("Schools"),
  /** Flow lines home ward → school, drawn from the published table. */
  FLOWS("Flows");

  private final String label;

  LayerKind(String label) {
    this.label = label;
  }

  /** Display label, e.g. "Wards". */
  public String label() {
    return label;
  }
}
