package org.wardflow.ui.map;

import java.util.Objects;

/**
 * One layer as a frame sees it: an immutable snapshot of a {@link MapLayer}.
 *
 * @param kind what the layer shows
 * @param name display name (usually the file or dataset name)
 * @param visible whether the layer is drawn
 */
public record LayerState(LayerKind kind, String name, boolean visible) {
  /** Checks for nulls. */
  public LayerState {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? kind.label() : name;
  }
}
