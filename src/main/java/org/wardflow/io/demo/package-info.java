/**
 * The built-in FICTIONAL demo city, {@code Quillbridge}: generator, in-memory data for the app and
 * the files under {@code maps/}.
 *
 * <dl>
 *   <dt>Fictional
 *   <dd>Invented from start to finish: outline, wards, names, codes ({@code X05…} wards, {@code
 *       X08…} districts — not ONS ranges), schools (URNs {@code 99xxxx} — not DfE URNs), pupils and
 *       populations. Placed in British National Grid on Salisbury Plain, where no city is, and
 *       labelled FICTIONAL everywhere. Never real schools with made-up figures.
 *   <dt>Voronoi wards
 *   <dd>Wards are Voronoi cells of points drawn in proportion to population density and relaxed
 *       (density-weighted Lloyd iteration) so wards hold similar populations: small dense central
 *       wards, large outer ones — as real wards, drawn for roughly equal electorates, are.
 *   <dt>District
 *   <dd>A local authority: groups of contiguous wards (three in the demo).
 *   <dt>VRU priority list
 *   <dd>The schools a Violence Reduction Unit already works with, in tiers. The demo's list is
 *       FICTIONAL and overlaps only partly with the schools the SYNTHETIC table ranks highest, so
 *       the comparison views have something to show.
 *   <dt>Regeneration
 *   <dd>The generator is deterministic for its seed; {@link org.wardflow.io.demo.DemoFiles#main}
 *       rewrites {@code maps/} and a test checks that regenerating reproduces the committed
 *       content.
 * </dl>
 */
package org.wardflow.io.demo;
