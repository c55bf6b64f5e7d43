/**
 * Importers and writers of data files. Every import yields an {@link org.wardflow.io.ImportReport}:
 * what was read, repaired, skipped and why, each message naming the file and the line or feature.
 * Nothing is dropped silently.
 *
 * <p>Record-level input (one row per child) is aggregated to ward × school counts on import and its
 * identifiers and coordinates are discarded. {@code io} may build raw flow tables; it never
 * publishes them (that is {@code disclosure}'s job).
 */
package org.wardflow.io;
