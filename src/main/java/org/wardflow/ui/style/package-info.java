/**
 * Map style: the ward choropleth, school symbols and flow display choices ({@link
 * org.wardflow.ui.style.StyleViewModel}, {@link org.wardflow.ui.style.StylePanel}) and the
 * computation of the choropleth from published figures ({@link
 * org.wardflow.ui.style.ChoroplethBuilder}).
 *
 * <dl>
 *   <dt>Measure
 *   <dd>What the wards are coloured by: CYP living in the ward (the published ward total), the rate
 *       per 1,000 children (published total ÷ children living in the ward × 1,000), or the share of
 *       the table (published total ÷ published grand total). With a school selected, the same
 *       measures of the published cells for that school: where its CYP come from.
 *   <dt>Basis
 *   <dd>The published figure a ward's measure is computed from. A hidden basis makes the ward
 *       suppressed (hatched, "[c]") under every measure; a figure the policy does not publish makes
 *       it no-data.
 *   <dt>Colour-blind safe
 *   <dd>ColorBrewer's rating of a scheme at a number of classes; safe schemes are marked ● in the
 *       palette chooser.
 *   <dt>Scale lock
 *   <dd>Keeping the count → flow width mapping fixed (pixels per count taken when the lock is set),
 *       so widths compare across tables, filters and thresholds.
 *   <dt>Top-N, minimum count, fade
 *   <dd>Display filters on published flows: only the N largest, or those of at least a count, are
 *       drawn at full strength; the rest are drawn faint (fade) or left out.
 * </dl>
 */
package org.wardflow.ui.style;
