/**
 * Everyday comfort of the main window, installed by {@link org.wardflow.ui.comfort.Comfort}:
 * display themes, text size, the organisation's glossary, the preferences dialog, the first-run
 * guided tour and the About dialog with licences and data attributions.
 *
 * <dl>
 *   <dt>Theme
 *   <dd>Light (the window's own {@code wardflow.css}), Dark or High contrast ({@link
 *       org.wardflow.ui.comfort.Theme}): a stylesheet laid over the light one, and the map's
 *       colours (base map, outlines, labels, flows) adjusted from the thematic map's style. Data
 *       colours (choropleth classes, school phases) stay as classified.
 *   <dt>Text size
 *   <dd>The root font size of the window and its dialogs as a percentage of normal (12.5 px),
 *       80–200 %, set by a generated stylesheet; the window's other font sizes are relative (em),
 *       so everything grows with it.
 *   <dt>Guided tour
 *   <dd>Callouts over the real window, one per step, each next to the control it describes (which
 *       glows): the map, the threshold, the FICTIONAL / SYNTHETIC label, the exploratory caveat and
 *       where to open data. Shown on the first start; Help ▸ Show Tour replays it.
 *   <dt>Original text
 *   <dd>Wardflow's own wording of a label or tip, kept with the node; the glossary always rewords
 *       the original, so changing the glossary twice never compounds.
 * </dl>
 */
package org.wardflow.ui.comfort;
