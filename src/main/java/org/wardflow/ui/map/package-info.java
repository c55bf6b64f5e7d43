/**
 * The map view: its view model ({@link org.wardflow.ui.map.MapViewModel}: viewport, navigation,
 * layers, hover, selection, cursor position and scale), picking ({@link
 * org.wardflow.ui.map.Picker}), and the frame pipeline ({@link org.wardflow.ui.map.MapCanvas},
 * {@link org.wardflow.ui.map.FrameScheduler}, {@link org.wardflow.ui.map.FramePainter}). Terms
 * (view model, frame, frame description, stale frame, preview, output scale) are defined in {@link
 * org.wardflow.ui}.
 *
 * <dl>
 *   <dt>Picking
 *   <dd>Finding what is under the pointer: the topmost visible layer with something there wins;
 *       schools within {@value org.wardflow.ui.map.MapViewModel#PICK_RADIUS_PX} pixels (nearest
 *       first), wards by point-in-polygon through the layer's spatial index.
 *   <dt>Scale
 *   <dd>1:N where N is ground distance over screen distance at 96 dpi, rounded to two significant
 *       figures for display.
 * </dl>
 */
package org.wardflow.ui.map;
