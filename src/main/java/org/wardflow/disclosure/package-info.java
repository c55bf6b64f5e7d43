/**
 * Statistical disclosure control: the only code that reads raw counts. It turns a raw {@link
 * org.wardflow.model.FlowTable} into a {@link org.wardflow.disclosure.PublishedTable}, which is all
 * that analysis, rendering, export and the UI ever see. Method and reasons: {@code
 * docs/decisions/0004-disclosure-control.md}.
 *
 * <p>Entry points: {@link org.wardflow.disclosure.DisclosureGate#publish} (one table), {@link
 * org.wardflow.disclosure.PreparedTable} (the same table republished as the live controls move),
 * {@link org.wardflow.disclosure.PublicationLedger} (exports and presentation: consistent with
 * earlier releases), {@link org.wardflow.disclosure.Audit} (re-audit a publication from its
 * published figures alone).
 *
 * <dl>
 *   <dt>Threshold (k)
 *   <dd>Counts of 1..k−1 are suppressed; 0 and counts of k or more are published. k = 0 or 1 turns
 *       suppression off. The <em>floor</em> is the lowest k exports and presentation mode accept.
 *   <dt>Primary suppression
 *   <dd>Hiding cells whose count is 1..k−1, and ward, school or grand totals of 1..k−1.
 *   <dt>Secondary (complementary) suppression
 *   <dd>Hiding further cells (complements) — and, only when no cells will do, totals — so that no
 *       suppressed figure can be recovered, or narrowed to an interval below the protection level,
 *       from published cells and totals. Complements are never zero cells.
 *   <dt>Protection level (p)
 *   <dd>The minimum width, upper − lower, of the feasible interval every suppressed cell and every
 *       total of 1..k−1 must keep: p = k.
 *   <dt>Feasible interval
 *   <dd>The smallest and largest count a hidden figure could hold consistent with everything
 *       published and the knowledge that suppressed cells are at least 1 — the linear-programming
 *       bounds an attacker can compute ({@link
 *       org.wardflow.disclosure.PublishedTable#hiddenInterval}).
 *   <dt>Audit
 *   <dd>The check that every protected figure's feasible interval is at least p wide, done exactly
 *       by maximum flow on the table's network (equal to the LP bounds) and repaired by further
 *       suppression where it is not.
 *   <dt>Component
 *   <dd>A set of hidden cells linked through rows and columns whose totals are hidden or through
 *       each other; intervals in one component do not depend on any other, so components are
 *       audited and cached separately.
 *   <dt>Line
 *   <dd>A ward row or a school column of the table; <em>closed</em> when its total is published.
 *   <dt>Rounding base
 *   <dd>5 or 10: published figures are rounded to the nearest multiple (halves up, never below k).
 *       Totals are rounded independently from unrounded counts, so cells may not add up to them.
 *   <dt>Preimage
 *   <dd>The counts a rounded figure could stand for ({@link
 *       org.wardflow.disclosure.DisclosurePolicy#preimage}).
 *   <dt>Published value
 *   <dd>A value as released: a (possibly rounded) number, "suppressed" (shown as {@code [c]},
 *       primary and secondary alike) or "not published" (a zero or a kind of total the policy does
 *       not publish, shown as –).
 *   <dt>Release
 *   <dd>One publication of a table (an export, a view shown in presentation mode), remembered by
 *       the publication ledger with its dataset, boundary set, filter, policy and published
 *       figures.
 *   <dt>Differencing
 *   <dd>Combining two releases — at different thresholds, filters or boundaries — to work out what
 *       each hides, e.g. subtracting the "2024" table from the "all years" table.
 *   <dt>Atom cell
 *   <dd>For one ward × school, the records that exactly the same set of releases' filters select
 *       (with releases "all years" and "2024": "2024" and "other years"). Every release cell is a
 *       sum of atom cells; the cross-release check protects small atoms too.
 *   <dt>Rectangle test
 *   <dd>A cheap sufficient audit of one hidden cell: 4-cycles of hidden cells through it (another
 *       ward and another school, the fourth corner hidden too) each let it move, and disjoint ones
 *       add up; a cell it cannot certify is checked exactly by max-flow.
 *   <dt>Overlap list
 *   <dd>For one ward row, the hidden columns it shares with each other ward row; built once per row
 *       so the rectangle test finds each rectangle without scanning the other row.
 *   <dt>Incremental audit
 *   <dd>Republishing one prepared table reuses the audit of every component whose hidden cells,
 *       free totals and protection level are unchanged (signature cache), and whole patterns for a
 *       policy seen before (pattern cache).
 *   <dt>Phase timings
 *   <dd>Time a publication spent in primary, secondary, audit, pruning and building, on the wall
 *       clock and on the phase clock (CPU time when a benchmark installs one).
 * </dl>
 */
package org.wardflow.disclosure;
