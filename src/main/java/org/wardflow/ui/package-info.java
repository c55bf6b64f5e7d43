/**
 * The JavaFX user interface: views stay thin, state lives in view models as JavaFX properties
 * (testable without a toolkit). The map is drawn off the FX thread into a pixel buffer.
 *
 * <p>Wiring: {@link org.wardflow.ui.WardflowApp} builds a {@link org.wardflow.ui.MainWindow} from
 * {@link org.wardflow.ui.AppServices}: the start-up data (the fictional demo city with its
 * synthetic tables, {@link org.wardflow.ui.AppData}), the {@link org.wardflow.ui.map.FramePainter}
 * that draws map frames (the one renderer, {@link org.wardflow.ui.layers.ThematicPainter}), the
 * {@link org.wardflow.ui.DataLoader} that opens files ({@link
 * org.wardflow.ui.load.WardflowLoader}), and the recent-files store. The painter's {@code
 * Graphics2D} is already scaled for HiDPI screens: painters add transforms, never replace them.
 *
 * <p>Data flow: raw tables (handles) → {@link org.wardflow.ui.disclosure.DisclosureViewModel}
 * (republished through the disclosure gate in the background at every change) → published tables →
 * {@link org.wardflow.ui.layers.ThematicBuilder} (choropleth, symbols, flows, summary; in the
 * background) → map content, legend, selection panel, map tips. No view reads a raw count.
 *
 * <dl>
 *   <dt>Notification
 *   <dd>Non-blocking news (a file opened with N warnings, an export written, an autosave) shown for
 *       a few seconds in the bottom-right corner of the window by {@link org.wardflow.ui.Notifier}
 *       ({@code Notifier.of(window).info/success/warning}) instead of a dialog; dialogs are kept
 *       for questions that need an answer and for errors that stop work.
 *   <dt>Application state
 *   <dd>{@link org.wardflow.ui.MainViewModel}: geography, raw table handles, policy, filter,
 *       publication, style choices, selection, viewport and the thematic map, as JavaFX properties
 *       — what other panes bind to.
 *   <dt>Extension point
 *   <dd>Where other panes join the window: {@code MainWindow.addMenu}, {@code addPane} (a tab next
 *       to the map), {@code addSidePanel}, {@code toolBar()}.
 *   <dt>View model
 *   <dd>An object holding the state of a view as JavaFX properties and observable lists, with the
 *       view's behaviour as plain methods ({@link org.wardflow.ui.map.MapViewModel}, {@link
 *       org.wardflow.ui.MainViewModel}). It uses only {@code javafx.beans}/{@code
 *       javafx.collections}, never nodes or the toolkit, so it is unit-tested without starting
 *       JavaFX. Views bind to it and call it; they hold no state of their own.
 *   <dt>Frame
 *   <dd>One complete image of the map for one viewport: painted on a background thread from a
 *       {@link org.wardflow.ui.map.FrameRequest} (viewport, output scale and an immutable frame
 *       description, {@link org.wardflow.ui.map.MapScene}), then copied on the FX thread into the
 *       pixel buffer on screen.
 *   <dt>Frame description
 *   <dd>The immutable snapshot of everything drawn besides the viewport — data, layer order and
 *       visibility, hover and selection ({@link org.wardflow.ui.map.MapScene}). Painters read only
 *       this, so the UI can change while a frame is being painted.
 *   <dt>Stale frame
 *   <dd>A frame whose request has been superseded by a newer one (the user panned again, a layer
 *       was hidden…). Its painter is told to stop ({@code cancelled} becomes true) and its pixels
 *       are never shown.
 *   <dt>Preview
 *   <dd>While a new frame is being painted, the last frame shown is moved and scaled to line up
 *       with the current viewport, so panning and zooming respond at once.
 *   <dt>Output scale
 *   <dd>Device pixels per logical pixel of the window (1 on ordinary screens, 2 on many HiDPI
 *       ones). Frames are painted at device resolution and shown at logical size.
 *   <dt>Map tip
 *   <dd>The small label that follows the pointer naming the ward or school under it, with its
 *       published figures ("[c]" and what it protects when hidden — never the value).
 *   <dt>Import report panel
 *   <dd>The collapsible panel listing each opened file's {@link org.wardflow.io.ImportReport}:
 *       counts and issues with severity, location and people affected.
 *   <dt>Caveat banner
 *   <dd>The strip under the tool bar that always says "Exploratory, not predictive · children and
 *       young people · published figures only", with the data's FICTIONAL / SYNTHETIC label.
 *   <dt>Glossary
 *   <dd>The organisation's wording of the few terms Wardflow displays ("children and young people",
 *       "CYP", "ward", "wards"), {@link org.wardflow.ui.Glossary}: it changes labels, legends, tips
 *       and the caveat on screen, never data, files or exports; a wording containing "offend" is
 *       refused (see {@code docs/glossary.md}).
 * </dl>
 */
package org.wardflow.ui;
