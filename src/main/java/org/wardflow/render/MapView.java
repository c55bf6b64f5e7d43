package org.wardflow.render;

import java.util.List;
import java.util.Objects;

/**
 * A map ready to draw, as built by {@link SceneFactory}: the scene, its legend (matching the scene
 * exactly), the caveat band's texts, a title and the disclosure statement. Published figures only.
 *
 * @param scene what the renderer draws
 * @param legend the legend of that scene
 * @param caveat protective marking, "Exploratory, not predictive" and SYNTHETIC/FICTIONAL label
 * @param title a title for the map (dataset and measure)
 * @param statement the disclosure policy in words, or empty when no table is shown
 * @param notes plain-language notes on how the map was made (assumptions, fewer classes, …)
 */
public record MapView(
    Scene scene, Legend legend, Caveat caveat, String title, String statement, List<String> notes) {

  /** Checks for nulls and freezes the notes. */
  public MapView {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(legend, "legend");
    Objects.requireNonNull(caveat, "caveat");
    title = title == null ? "" : title;
    statement = statement == null ? "" : statement;
    notes = List.copyOf(notes);
  }
}
