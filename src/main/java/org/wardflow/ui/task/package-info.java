/**
 * Background work for the views, kept off the FX thread and free of the toolkit so it is
 * unit-tested without JavaFX.
 *
 * <dl>
 *   <dt>Latest wins
 *   <dd>Only the newest request counts: while a computation runs, newer inputs replace each other
 *       and only the last is computed next; a result whose input has been superseded is dropped,
 *       never shown. Moving a slider quickly therefore costs at most one extra computation.
 * </dl>
 */
package org.wardflow.ui.task;
