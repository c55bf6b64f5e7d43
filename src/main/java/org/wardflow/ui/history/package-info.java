/**
 * Undo and redo of view and style changes (Edit ▸ Undo, Edit ▸ Redo).
 *
 * <dl>
 *   <dt>Edit
 *   <dd>One undoable change: a style setting, the disclosure policy (threshold, rounding, zeros,
 *       totals), the sub-table filter, a layer's visibility or the layer order, the selection, or
 *       the part of the map shown ({@link org.wardflow.ui.history.Edit}). Opening data, the policy
 *       floor and the window size are not edits.
 *   <dt>Step
 *   <dd>What one Undo reverses. Edits of the same setting made less than {@value
 *       org.wardflow.ui.history.History#COALESCE_MILLIS} ms apart are merged into one step, so a
 *       slider drag, a drag of the map or a burst of scrolling is undone at once; an edit undone or
 *       redone ends the step.
 *   <dt>History
 *   <dd>The undo and redo stacks ({@link org.wardflow.ui.history.History}), filled by the {@link
 *       org.wardflow.ui.history.HistoryRecorder}, which listens to the {@link
 *       org.wardflow.ui.MainViewModel}'s properties; changes made by undo and redo are never
 *       recorded. Policy edits are restored under the floor in force now: undo never lowers the
 *       policy floor.
 * </dl>
 */
package org.wardflow.ui.history;
