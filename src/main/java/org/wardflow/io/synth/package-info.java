/**
 * SYNTHETIC ward → school flow tables for any geography (no real table of children and young people
 * may be shipped), used by the fictional demo and by tests on the real West Midlands geography.
 *
 * <dl>
 *   <dt>Gravity model (doubly-constrained)
 *   <dd>A spatial interaction model {@code T_ij = A_i O_i B_j D_j f(d_ij)}: flows from each home
 *       ward {@code i} to each school {@code j} fall with distance {@code d_ij} through a distance
 *       decay {@code f}, while both the pupils living in each ward ({@code O_i}, row totals) and
 *       the pupils attending each school ({@code D_j}, column totals) are met exactly.
 *   <dt>Distance decay
 *   <dd>How attraction falls with distance: exponential {@code exp(−d/β)} or power {@code d^−γ}
 *       ({@link org.wardflow.io.synth.DistanceDecay}). β is a length: larger β, longer trips.
 *   <dt>Balancing (Furness iteration, IPF)
 *   <dd>Finding the factors {@code A_i}, {@code B_j} by scaling rows to their totals, then columns
 *       to theirs, and repeating until both agree within a tolerance — iterative proportional
 *       fitting of the decay matrix.
 *   <dt>Controlled rounding
 *   <dd>Turning the real-valued model into whole pupils so that every cell is its value rounded
 *       down or up and every row and column total is still exact.
 *   <dt>Rate field
 *   <dd>The SYNTHETIC ward rate of CYP involved in violence per 1,000 pupils: spatially smooth (a
 *       sum of Gaussian bumps over ward centroids on the log scale) and skewed (a few wards high).
 *       The CYP table is Poisson draws from it; the field itself is kept as the "truth".
 *   <dt>Synthetic
 *   <dd>Made by a generator, not observed. Every table and indicator from here has {@code
 *       synthetic=true} and SYNTHETIC in its title; the seed and parameters are in its metadata.
 * </dl>
 */
package org.wardflow.io.synth;
