/**
 * Opening files for the main window ({@link org.wardflow.ui.load.WardflowLoader}).
 *
 * <dl>
 *   <dt>Content detection
 *   <dd>Deciding what a file holds from its content rather than its name: polygons with ward codes
 *       are ward boundaries; points, or a CSV with coordinates and establishment names, are
 *       schools; a CSV with a school URN and a home ward code, a count or a person identifier is a
 *       flow table; a CSV by ward code with a children column is ward population.
 *   <dt>Context
 *   <dd>The wards and schools already shown (or opened earlier in the same batch), which a flow
 *       table is reconciled with and a population file joined to.
 * </dl>
 */
package org.wardflow.ui.load;
