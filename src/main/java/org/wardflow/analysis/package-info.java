/**
 * Analysis of published figures only: classification of values into map classes, colour palettes,
 * school rankings with uncertainty, comparison with the VRU list, descriptive statistics of flows.
 * Sees {@link org.wardflow.disclosure.PublishedTable} and {@link
 * org.wardflow.disclosure.PublishedValue} (never raw counts), model types and ward indicators. Free
 * of AWT and JavaFX: colours are {@code int} ARGB.
 *
 * <p>The analysis is exploratory, not predictive.
 *
 * <h2>Terms</h2>
 *
 * <dl>
 *   <dt>Classification
 *   <dd>Splitting values into classes for a choropleth ({@link org.wardflow.analysis.Classifier}):
 *       quantile, equal interval, Jenks natural breaks, standard deviation, manual breaks. Class i
 *       holds values in (bound<sub>i</sub>, bound<sub>i+1</sub>]; ties are never split; NaN is
 *       <em>no data</em>, a class of its own.
 *   <dt>Jenks natural breaks
 *   <dd>The classes that minimise the sum of squared deviations from class means, found exactly
 *       (Fisher 1958) rather than by Jenks's iterative approximation.
 *   <dt>Goodness of variance fit (GVF)
 *   <dd>1 − within-class / total sum of squared deviations; 1 is a perfect fit.
 *   <dt>ColorBrewer palette
 *   <dd>Cynthia Brewer's colour schemes ({@link org.wardflow.analysis.ColorBrewer}) — sequential,
 *       diverging, qualitative — with her colour-blind ratings (safe, maybe, unsafe) per number of
 *       classes.
 *   <dt>Measure
 *   <dd>What schools are ranked by: CYP attending (published school total), CYP per 100 pupils
 *       (GIAS pupils), or the exposure index.
 *   <dt>Ward measure
 *   <dd>What a ward choropleth shows ({@link org.wardflow.analysis.WardMeasure}, values by {@link
 *       org.wardflow.analysis.WardValues}): CYP living in the ward (the published ward total; a
 *       ward absent from the table is a published zero), the rate per 1,000 children aged 0–15, or
 *       the ward's share of all CYP in the table. A ward whose published total is hidden is
 *       suppressed, not given a value.
 *   <dt>Exposure index
 *   <dd>The average level of a ward indicator over the wards a school's pupils come from, weighted
 *       by the all-pupils flows.
 *   <dt>Ward indicator
 *   <dd>Any numeric ward attribute (a rate loaded by ward code, a population); public aggregates,
 *       not flow counts.
 *   <dt>Hidden cell bounds
 *   <dd>The interval a suppressed cell's true count must lie in given what is published ({@link
 *       org.wardflow.analysis.HiddenCellBounds}): the publication's feasible interval, at least 1,
 *       at most what published totals leave — the same for small-count and complementary
 *       suppressions, which a reader cannot tell apart; a rounded figure stands for the values that
 *       round to it.
 *   <dt>Hidden school total
 *   <dd>A school's CYP total that is not published: estimated from its published cells and the
 *       midpoints of its hidden cells, kept within the total's feasible interval and adjusted with
 *       the other hidden totals so that all school totals add up to the published grand total (in
 *       the estimate and in every simulation draw). Shown with ≈.
 *   <dt>Rank interval
 *   <dd>The range of ranks a school takes in most (e.g. 90%) of the simulation draws — Poisson
 *       noise on counts, hidden cells drawn within their bounds. Rank 1 is the highest value.
 *   <dt>Tie group
 *   <dd>Schools that cannot be told apart: in rank order, a school joins the group of the school
 *       leading it unless the leader ranks above it in at least 90% of draws.
 *   <dt>Empirical-Bayes smoothing
 *   <dd>Pulling rates from small schools towards the overall rate (Poisson–gamma model, prior by
 *       the method of moments), so that one CYP in a tiny school does not top the ranking.
 *   <dt>VRU list
 *   <dd>The schools the Violence Reduction Unit already works with, read by {@link
 *       org.wardflow.io.VruListReader} and matched to the school layer by {@link
 *       org.wardflow.analysis.ListMatcher} (exact URN, normalised or fuzzy name with a score to
 *       confirm, closed or merged schools).
 *   <dt>Top k
 *   <dd>The analysis's first k schools in rank order.
 *   <dt>Overlap, Jaccard at k
 *   <dd>How many of the top k are on the list; the size of the intersection over the size of the
 *       union of the top k and the list (its top k when the list is ordered).
 *   <dt>Spearman, Kendall
 *   <dd>Rank correlations (ρ, τ<sub>b</sub>) between the list's priority order and the analysis's
 *       ranks over the schools both contain: 1 = the same order, 0 = unrelated, −1 = reversed.
 *   <dt>Rank-biased overlap (RBO)
 *   <dd>Similarity of two rankings that weights the top most (Webber, Moffat and Zobel 2010);
 *       persistence p = 0.9 by default; ties as random orders.
 *   <dt>Candidates not on the list
 *   <dd>Schools in the analysis's top k that the list does not contain (objective 1).
 *   <dt>On the list, little evidence here
 *   <dd>List schools whose rank interval lies entirely below the top k or whose measure is 0 in the
 *       published figures (objective 2) — not a judgement on the school, only on these figures.
 *   <dt>Lorenz curve, Gini coefficient
 *   <dd>How unevenly CYP are spread across schools: the cumulative share of CYP against the
 *       cumulative share of schools; Gini 0 = even, towards 1 = all in one school.
 * </dl>
 */
package org.wardflow.analysis;
