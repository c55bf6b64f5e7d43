/**
 * Project files: the whole analysis saved as one {@code .wardflow} JSON document.
 *
 * <dl>
 *   <dt>Project file
 *   <dd>A versioned JSON document ({@code format_version}, snake_case names) holding references to
 *       the inputs, the import mappings, the disclosure policy, style choices, the storyboard, the
 *       VRU list and the publication ledger. It never contains raw counts or copies of inputs.
 *   <dt>Source reference
 *   <dd>An input file recorded by absolute path, path relative to the project, and SHA-256 of its
 *       bytes when imported, with the importer's mapping choices. Input files are only read.
 *   <dt>Missing / changed source
 *   <dd>On opening, a source not found at its path (nor next to the project with the same hash) is
 *       missing; one found with another hash has changed. Both are listed in the load report with a
 *       plain message and can be relocated to another file.
 *   <dt>Atomic save
 *   <dd>Write to a temporary file in the same folder, force it to disk, rename it over the old file
 *       in one step: a crash leaves either the old or the new file, never a torn one.
 *   <dt>Autosave sidecar, recovery
 *   <dd>{@code name.wardflow.autosave} next to the project, written in the background after
 *       changes; if it is newer than the project when opening, the user is offered to recover it.
 *   <dt>Opaque ledger
 *   <dd>The publication ledger is stored as the JSON tree the disclosure layer writes; this layer
 *       does not interpret it (it sits below disclosure).
 * </dl>
 */
package org.wardflow.io.project;
