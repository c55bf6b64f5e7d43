/**
 * The thematic map: what is drawn over the geography, built from published tables off the FX thread
 * ({@link org.wardflow.ui.layers.ThematicBuilder} → {@link org.wardflow.ui.layers.ThematicMap}),
 * the painter that draws frames with the one renderer ({@link
 * org.wardflow.ui.layers.ThematicPainter}) and the legend panel ({@link
 * org.wardflow.ui.layers.LegendView}).
 *
 * <dl>
 *   <dt>Thematic map
 *   <dd>The choropleth, school symbols, flows with their display filters, style and selection
 *       summary for one set of inputs; immutable, replaced whenever a publication, style choice,
 *       selection or geography changes.
 *   <dt>Origin choropleth
 *   <dd>With a school selected, wards coloured by the published cells for that school: where its
 *       children and young people live.
 *   <dt>Hover outline
 *   <dd>The dark outline (or ring) drawn over the hovered ward (or school) on top of the frame.
 * </dl>
 */
package org.wardflow.ui.layers;
