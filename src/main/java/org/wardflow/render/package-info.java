/**
 * The one renderer: {@code render(scene, style, viewport, Graphics2D)} draws wards, schools, flows
 * and labels onto any Java2D surface — the screen, PNG, SVG and PDF exports all call it. Pure: no
 * UI state inside. Depends on AWT/Java2D, never on JavaFX.
 *
 * <dl>
 *   <dt>Viewport
 *   <dd>What part of the map is drawn at what size: a centre in British National Grid, a scale in
 *       metres per pixel, and a size in pixels.
 * </dl>
 */
package org.wardflow.render;
