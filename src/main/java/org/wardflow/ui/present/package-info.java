/**
 * Presentation mode in the application: the storyboard editor, the presenter window and the deck
 * export, wired into the main window by {@link org.wardflow.ui.present.PresentInstaller}.
 *
 * <dl>
 *   <dt>Current view
 *   <dd>What the main map shows now: extent, visible layers, selection, measure, classification,
 *       palette and the disclosure policy; Present ▸ Add Current View to Storyboard (Ctrl+B) saves
 *       it as a step ({@link org.wardflow.ui.present.StoryViews}).
 *   <dt>Storyboard editor
 *   <dd>The "Storyboard" panel of the right column: steps in order, add, remove, move, rename,
 *       speaker notes; Enter or double click shows a step on the main map.
 *   <dt>Presenter
 *   <dd>The full-screen window of one step at a time ({@link
 *       org.wardflow.ui.present.PresentationWindow}); keys step through it, Esc returns to the
 *       analysis. Each step shown is published through the ledger.
 *   <dt>Protective marking
 *   <dd>The handling label (default {@code OFFICIAL-SENSITIVE}) shown at the top and bottom of
 *       every slide and deck page; Present ▸ Protective Marking… changes it.
 * </dl>
 */
package org.wardflow.ui.present;
