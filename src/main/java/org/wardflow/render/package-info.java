/**
 * The one renderer: {@code render(scene, style, viewport, Graphics2D)} draws wards, schools, flows
 * and labels onto any Java2D surface — the screen, PNG, SVG and PDF exports all call it. Pure: no
 * UI state inside. Depends on AWT/Java2D, never on JavaFX. See ADR 0002 ({@code
 * docs/decisions/0002-renderer.md}).
 *
 * <dl>
 *   <dt>Viewport
 *   <dd>What part of the map is drawn at what size: a centre in British National Grid, a scale in
 *       metres per pixel, and a size in pixels.
 *   <dt>Scene
 *   <dd>Immutable data to draw: the geography, ward fills (colours classified upstream, suppressed
 *       and no-data wards), school symbols, published flows with display filters, the selection,
 *       label options and the visible layers in order. Holds published values only.
 *   <dt>Style
 *   <dd>Palette-independent drawing parameters: outline colours and widths, symbol sizes, flow
 *       colour and width scale, type, hatching; standard, high-contrast and presentation variants.
 *   <dt>Layer
 *   <dd>One of wards, flows, schools, labels; a scene lists the visible ones, bottom first.
 *   <dt>Suppressed ward
 *   <dd>A ward whose published value is hidden by disclosure control; drawn hatched (clipped
 *       diagonal lines over a neutral fill), never in a value colour.
 *   <dt>No data
 *   <dd>A ward without any value; drawn in the style's no-data fill, distinct from suppression.
 *   <dt>Scale band
 *   <dd>A power-of-two range of metres per pixel ({@code floor(log2(m/px))}); geometry is
 *       generalised and cached once per band.
 *   <dt>Generalisation
 *   <dd>Simplifying ward boundaries to about a pixel for the band, coverage-aware (JTS {@code
 *       CoverageSimplifier}) so neighbouring wards keep exactly shared edges — no gaps or slivers.
 *   <dt>Unique edge
 *   <dd>A piece of ward boundary stored once although two wards share it, classified as between
 *       wards, between districts, or on the study-area outline, and stroked once.
 *   <dt>Culling
 *   <dd>Skipping what lies outside the viewport: wards and schools through their STRtree, edges and
 *       flows by bounding box.
 *   <dt>Flow
 *   <dd>A published ward → school cell drawn as a curve from the ward's label point to the school,
 *       tapering towards the school and bent to the right of its direction, so A→B and B→A do not
 *       overlap.
 *   <dt>Flow scale, scale lock
 *   <dd>Width ∝ count: unlocked, the scene's largest flow gets the maximum width; locked, a fixed
 *       number of pixels per count keeps widths comparable across views.
 *   <dt>Hidden flow
 *   <dd>A flow whose value is suppressed: dashed, grey, at a fixed thin width — no magnitude
 *       implied, labelled "&lt;k" at most.
 *   <dt>Faded flow
 *   <dd>A flow failing the display filters (minimum count, top-N) drawn faint instead of omitted.
 *   <dt>Flow class
 *   <dd>Flows drawn together with one colour and width step (a quarter pixel), filled as one path;
 *       classes go hidden, faded, then thin to thick, so small flows are drawn first.
 *   <dt>Highlight
 *   <dd>With a ward selected, only its flows are drawn and the schools they reach are ringed; with
 *       a school selected, only the flows into it. Other schools are faded.
 *   <dt>Raster fast path
 *   <dd>Used only when drawing into an INT_ARGB_PRE/INT_RGB image: boundary lines and flows
 *       rasterised tile by tile straight into the pixels, symbols and labels stamped from cached
 *       sprites. It draws what the Java2D path draws (a test compares them pixel by pixel).
 *   <dt>Label placement
 *   <dd>Greedy in screen space: candidates by priority (selection, then size), first free position
 *       wins, colliding labels are skipped; ward names only where they fit inside the ward; halos
 *       under the text.
 *   <dt>Picking
 *   <dd>The ward, school or flow under a screen point, using the renderer's own transform and
 *       sizes.
 *   <dt>Legend, map furniture, caveat band
 *   <dd>Painters shared by screen and export: class ranges with ward counts, no-data and hatched
 *       swatches, flow widths with values, symbols by phase; scale bar and north arrow; the band
 *       with the protective marking, "Exploratory, not predictive" and SYNTHETIC/FICTIONAL.
 *   <dt>Publishable sample
 *   <dd>A flow width the legend shows as an example: never a figure that the disclosure policy
 *       withholds (1..k−1) and, with rounding, a multiple of the rounding base — the smallest is k
 *       lifted to the rounding grid. The legend's suppressed entries name the small counts and the
 *       totals or cells hidden to protect them (secondary suppression), and rounding is stated.
 *   <dt>Map view, scene factory, map frame
 *   <dd>A {@link org.wardflow.render.MapView} is a scene with its legend, caveat, title and
 *       disclosure statement, built from a published table by {@link
 *       org.wardflow.render.SceneFactory} (choropleth of a ward measure in a ColorBrewer palette,
 *       published flows with display filters); {@link org.wardflow.render.MapFrame} paints it as a
 *       whole image: caveat bands top and bottom, title, map fitted to the wards, legend panel,
 *       scale bar, north arrow and statement.
 *   <dt>Cancellation
 *   <dd>A {@code BooleanSupplier} checked between layers and batches; a cancelled render returns
 *       early and says so, so the screen can drop stale frames.
 * </dl>
 */
package org.wardflow.render;
