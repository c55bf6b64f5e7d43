/**
 * The UI side of project files: converting the neutral forms stored by {@code io.project} (policy
 * settings, the opaque ledger tree, step records) to and from disclosure policies, the publication
 * ledger and the storyboard.
 *
 * <dl>
 *   <dt>Codec
 *   <dd>A pair of pure conversions, stored form ↔ live form, that round-trip exactly.
 * </dl>
 */
package org.wardflow.ui.project;
