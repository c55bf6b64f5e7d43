/**
 * Background work for the views, kept off the FX thread. {@link org.wardflow.ui.task.LatestWins} is
 * free of the toolkit so it is unit-tested without JavaFX; {@link org.wardflow.ui.task.TaskCentre}
 * and {@link org.wardflow.ui.task.TaskIndicator} run and show {@code javafx.concurrent.Task}s.
 *
 * <p>Submitting work: every job that may take more than about 300 ms (reading files, generating
 * demo or synthetic data, slow publication or audits, exports) goes through the window's centre,
 * {@code MainWindow.tasks()}: {@code tasks().submit(task)} runs a {@code Task} (give it a title
 * with {@code updateTitle}), {@code tasks().track(task)} shows one run on another executor, and
 * {@code tasks().submit(title, progress -> ..., onDone, onFailed)} wraps plain code. Work checks
 * {@code progress.isCancelled()} (or {@code isCancelled()} in a {@code Task}) in its loops —
 * readers at least between files — and stops early; a cancelled task's result is never used.
 *
 * <dl>
 *   <dt>Latest wins
 *   <dd>Only the newest request counts: while a computation runs, newer inputs replace each other
 *       and only the last is computed next; a result whose input has been superseded is dropped,
 *       never shown. Moving a slider quickly therefore costs at most one extra computation.
 *   <dt>Long task
 *   <dd>Background work the user waits for. When it has run for 300 ms the status bar shows its
 *       title, progress (indeterminate when unknown) and a Cancel button; quicker work is never
 *       shown, so nothing flickers.
 *   <dt>Cancelling
 *   <dd>Cancel marks the task cancelled at once (its result is dropped, the window carries on) and
 *       interrupts its thread; the work notices at its next check and stops.
 * </dl>
 */
package org.wardflow.ui.task;
