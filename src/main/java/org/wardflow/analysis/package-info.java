/**
 * Analysis of published figures only: classification of values into map classes, colour palettes,
 * school rankings with uncertainty, comparison with the VRU list, descriptive statistics.
 *
 * <dl>
 *   <dt>Classification
 *   <dd>Splitting values into classes for a choropleth (quantile, equal interval, Jenks natural
 *       breaks, standard deviation, manual breaks).
 *   <dt>Exposure index
 *   <dd>The average level of a ward indicator over the wards a school's pupils come from, weighted
 *       by the all-pupils flows.
 *   <dt>Rank interval
 *   <dd>The range of ranks a school takes in most simulated draws (e.g. 90%): schools whose
 *       intervals overlap cannot be told apart.
 * </dl>
 *
 * <p>The analysis is exploratory, not predictive.
 */
package org.wardflow.analysis;
