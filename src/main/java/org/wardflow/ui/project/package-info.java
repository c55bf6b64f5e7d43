/**
 * Project files in the desktop app: File ▸ New Project, Open Project…, Recent Projects, Save
 * Project and Save Project As…, the modified mark in the title bar, autosave and crash recovery.
 * The file format and its safety (atomic saves, source checks, relocation) live in {@code
 * io.project}; this package captures the window's state into it and restores it.
 *
 * <dl>
 *   <dt>Project
 *   <dd>Everything needed to come back to an analysis: the inputs as opened (path + SHA-256; the
 *       built-in demo recorded as the demo), filter, policy, style, storyboard, VRU list,
 *       publication ledger, title and protective marking.
 *   <dt>Modified
 *   <dd>A change since the last save or open; shown as "•" after the project's name in the title
 *       bar, autosaved to the sidecar after a pause, and asked about before New, Open and Quit.
 *   <dt>Recovery offer
 *   <dd>A bar above the map, shown once the window is open, when an autosave is newer than its
 *       project (Wardflow did not close cleanly): Recover opens the autosave, Discard deletes it.
 *   <dt>Relocation
 *   <dd>When an input moved or changed, the user is told which file and may locate it; the project
 *       then points at the located file (and says so when its content differs).
 * </dl>
 */
package org.wardflow.ui.project;
