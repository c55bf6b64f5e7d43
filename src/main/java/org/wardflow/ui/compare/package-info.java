/**
 * "Side by side": the VRU list beside the analysis's ranking ({@link
 * org.wardflow.ui.compare.ComparisonView}, opened with {@link
 * org.wardflow.ui.compare.ComparisonView#create} or {@link
 * org.wardflow.ui.compare.ComparisonWindow#show}). Ranking, matching and agreement statistics come
 * from {@code analysis}; this package shows them. Terms of the analysis (rank interval, tie group,
 * top k, overlap, Jaccard, RBO, the two objectives) are defined in {@link org.wardflow.analysis}.
 *
 * <dl>
 *   <dt>Agreement category
 *   <dd>Where a school stands at the current k: <em>on both</em> (on the list and in the analysis's
 *       top k), <em>list only</em>, <em>analysis only</em>. Coloured with ColorBrewer's Dark2 at
 *       three classes, which ColorBrewer rates colour-blind safe.
 *   <dt>Synchronised maps
 *   <dd>The list map (left) and the analysis map (right) share centre and scale: panning or zooming
 *       one moves the other.
 *   <dt>Swipe
 *   <dd>One map instead of two: the list map is shown left of a draggable vertical divider, the
 *       analysis map right of it, for screen-sharing where two small maps would be hard to read.
 *   <dt>Linked brushing
 *   <dd>Selecting a school in the table, on either map or in a chart selects it everywhere (the
 *       selection is shared with the rest of the app).
 *   <dt>CYP-source fills
 *   <dd>With a school selected, the wards its CYP live in, filled from that school's column of the
 *       published table (quantile classes); hidden cells are hatched, never given a value.
 *   <dt>Map overlay
 *   <dd>The immutable snapshot of the comparison's map state ({@link
 *       org.wardflow.ui.compare.MapOverlay}) the painters read; a new overlay asks both maps for a
 *       new frame.
 * </dl>
 */
package org.wardflow.ui.compare;
