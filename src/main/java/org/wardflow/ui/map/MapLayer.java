package org.wardflow.ui.map;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An entry of the layer list: what it shows, its name and whether it is visible. Mutable (JavaFX
 * properties); a frame takes an immutable {@link LayerState} snapshot of it.
 */
public final class MapLayer {
  private final LayerKind kind;
  private final StringProperty name;
  private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);

  /**
   * Creates a visible layer.
   *
   * @param kind what the layer shows
   * @param name display name
   */
  public MapLayer(LayerKind kind, String name) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = new SimpleStringProperty(this, "name", name == null ? kind.label() : name);
  }

  /** What the layer shows. */
  public LayerKind kind() {
    return kind;
  }

  /** Display name. */
  public StringProperty nameProperty() {
    return name;
  }

  /** Display name. */
  public String getName() {
    return name.get();
  }

  /** Whether the layer is drawn and can be picked. */
  public BooleanProperty visibleProperty() {
    return visible;
  }

  /** Whether the layer is drawn and can be picked. */
  public boolean isVisible() {
    return visible.get();
  }

  /** Shows or hides the layer. */
  public void setVisible(boolean v) {
    visible.set(v);
  }

  /** An immutable snapshot for a frame. */
  public LayerState snapshot() {
    return new LayerState(kind, getName(), isVisible());
  }

  @Override
  public String toString() {
    return kind + " '" + getName() + "'" + (isVisible() ? "" : " (hidden)");
  }
}
