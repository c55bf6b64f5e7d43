/**
 * Outputs for people outside Wardflow: map layouts as PNG/SVG/PDF (through the one renderer),
 * multi-page PDF briefings and decks, published tables as CSV and PDF pages, published layers as
 * GeoPackage, each with a manifest of inputs, policy and version. Only published figures ever reach
 * this package.
 *
 * <p>Entry points: {@link org.wardflow.export.MapExporter#export(MapPage, ExportOptions,
 * java.nio.file.Path)} for one map page, {@link org.wardflow.export.PdfDeckWriter#write} for a PDF
 * of several map and table pages, {@link org.wardflow.export.TableCsvWriter}, {@link
 * org.wardflow.export.PublishedGeoPackageWriter} and {@link
 * org.wardflow.export.PublishedCsvWriter}.
 *
 * <dl>
 *   <dt>Layout
 *   <dd>The design of an exported page ({@link org.wardflow.export.LayoutSpec}): sheet size and
 *       orientation, margins, title and subtitle, which furniture is drawn (legend, scale bar,
 *       north arrow, overview map) and the statements the page carries. {@link
 *       org.wardflow.export.LayoutPainter} places it all on the sheet in points: the caveat band at
 *       the top and bottom, the title block, the map frame, the legend and overview beside the map
 *       on a landscape sheet (under it on a portrait one), the statements and the footer.
 *   <dt>Sheet, point
 *   <dd>The paper: ISO A4 or A3, or a custom size in millimetres, portrait or landscape. Layouts
 *       are measured in points (1/72 inch); a style length of one screen pixel (1/96 inch) is 0.75
 *       pt on paper, so symbols and type keep the physical size they have on screen.
 *   <dt>Map frame, extent
 *   <dd>The rectangle of the sheet the map is drawn in, and the ground area it shows. The extent on
 *       screen is fitted whole and centred into the frame (the frame's other shape may add map
 *       around it); the manifest records both the extent asked for and the one shown.
 *   <dt>What is exported equals what is on screen
 *   <dd>An export takes the screen's {@link org.wardflow.render.Scene}, {@link
 *       org.wardflow.render.Style} and extent and draws them with the same renderer: the same
 *       published values, classes, colours, hatching, flows and selection.
 *   <dt>Raster and vector output
 *   <dd>PNG: the whole sheet drawn at the chosen resolution (150, 300, 600 dpi…), the map rendered
 *       at that resolution — never drawn small and enlarged — and the resolution stored in the
 *       file. SVG and PDF: paths and text, no embedded images; polygon holes stay holes.
 *   <dt>Text as text, export font
 *   <dd>Text stays selectable and searchable: SVG text elements at their exact size, PDF text in an
 *       embedded subset of the export font (DejaVu Sans, Liberation Sans, Arial or Noto Sans, found
 *       on the machine), the same font Java2D measured the layout with. Ligatures are off so "fi"
 *       stays two letters.
 *   <dt>Protective marking
 *   <dd>The handling label of the Government Security Classifications (default {@code
 *       OFFICIAL-SENSITIVE}, configurable, may be empty), printed in the caveat band at the top and
 *       at the bottom of every page and recorded in the PDF document information, the PNG text
 *       chunks, the SVG description, the GeoPackage metadata and the manifest.
 *   <dt>Caveat band
 *   <dd>The band at the top and bottom of every page: protective marking, "Exploratory, not
 *       predictive", and the SYNTHETIC/FICTIONAL label of the data shown (painted by the render
 *       package's {@link org.wardflow.render.CaveatBand}).
 *   <dt>Statements
 *   <dd>The small print every page carries: the exploratory caveat in full, the disclosure
 *       statement of the policy the figures were published under ({@link
 *       org.wardflow.disclosure.DisclosurePolicy#statement()}), the sources and licences ({@link
 *       org.wardflow.export.Attributions}: ONS and Ordnance Survey for ward boundaries, DfE Get
 *       Information About Schools, under the Open Government Licence), the projection and scale,
 *       the date and application version.
 *   <dt>Overview map
 *   <dd>A small locator map of the whole study area with the main map's extent in red, drawn when
 *       the layout asks for it and the main map shows only part of the area.
 *   <dt>Manifest (record of settings)
 *   <dd>{@code <file>.manifest.json}, written beside every export: application and version, time,
 *       format, DPI and pixel size of a PNG, the file's SHA-256, protective marking, caveat and
 *       data label, and per page the title, sheet, view extent (BNG), scale, visible layers, style,
 *       flow display, counts drawn, the disclosure policy with its statement, the datasets, the
 *       sources, and the input file hashes the caller supplies. It holds no figure from the data.
 *   <dt>Deck
 *   <dd>A PDF of several pages — map layouts and table pages in any mix, e.g. the steps of a
 *       storyboard — numbered "Page i of n" ({@link org.wardflow.export.PdfDeckWriter}).
 *   <dt>Report table, table page
 *   <dd>Published figures as text ({@link org.wardflow.export.ReportTable}): cells, ward or school
 *       totals, a ward × school matrix for chosen schools, or a ranking with rank intervals; a
 *       number where released, {@code [c]} where suppressed, {@code –} where the policy publishes
 *       nothing. On PDF pages a long table runs over several sheets repeating its heading row.
 *   <dt>Spreadsheet-safe CSV
 *   <dd>UTF-8 with a byte order mark and CRLF line ends; a cell that a spreadsheet would take for a
 *       formula is prefixed with an apostrophe ({@link org.wardflow.export.TableCsvWriter}).
 *   <dt>Published layers (GeoPackage)
 *   <dd>Wards with their published totals and status, schools with theirs, and flows as lines from
 *       the ward's label point to the school with the published value and status; hidden figures
 *       are empty with status {@code suppressed}. EPSG:27700 is registered with its WKT; QGIS and
 *       GDAL open the file ({@link org.wardflow.export.PublishedGeoPackageWriter}).
 *   <dt>Atomic write
 *   <dd>Every file is written to a temporary file beside its target and moved into place, so a
 *       failed export leaves any earlier file untouched.
 * </dl>
 */
package org.wardflow.export;
