/**
 * Export from the main window: File ▸ Export Map… (Ctrl+E), Export Published Table… and Export
 * Layers to GeoPackage…, wired by {@link org.wardflow.ui.export.ExportInstaller} and carried out by
 * {@link org.wardflow.ui.export.ExportCommands} with the toolkit-free {@link
 * org.wardflow.ui.export.MapExports}.
 *
 * <dl>
 *   <dt>View snapshot
 *   <dd>What the window shows when an export is asked for ({@link
 *       org.wardflow.ui.export.ViewSnapshot}): extent, layers in their order, selection, the
 *       thematic map (classes, colours, published figures), and the handles the disclosure gate
 *       needs to release the table again. The export draws this, not a re-derived map, so the file
 *       equals the screen.
 *   <dt>Release (an export is a publication)
 *   <dd>Before anything is written, the tables are published through the window's publication
 *       ledger ({@link org.wardflow.ui.MainViewModel#ledgerProperty()}), the differencing guard. If
 *       the guard refuses, its explanation is shown and nothing is written or recorded; if it has
 *       to hide more to stay consistent with earlier releases, the map is rebuilt from the table it
 *       released. A threshold below the export floor is refused.
 *   <dt>Preview
 *   <dd>The thumbnail in the Export Map dialog, drawn in the background by the export's own layout
 *       code ({@link org.wardflow.export.MapExporter#renderImage}) from the screen's map, updated
 *       as the settings change.
 *   <dt>Remembered choices
 *   <dd>Protective marking, format, resolution, sheet, orientation, overview map and folder are
 *       kept in the user's preferences ({@link org.wardflow.ui.export.ExportPreferences}).
 *   <dt>Output chooser
 *   <dd>Where a file goes: the native file and folder choosers in the app, a fixed path in tests
 *       ({@link org.wardflow.ui.export.OutputChooser}).
 * </dl>
 */
package org.wardflow.ui.export;
