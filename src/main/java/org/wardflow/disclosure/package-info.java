/**
 * Statistical disclosure control: the only code that reads raw counts. It turns a raw {@link
 * org.wardflow.model.FlowTable} into a {@link org.wardflow.disclosure.PublishedTable}, which is all
 * that analysis, rendering, export and the UI ever see.
 *
 * <dl>
 *   <dt>Primary suppression
 *   <dd>Hiding cells whose count is 1..k−1 (k = the threshold of the policy).
 *   <dt>Secondary (complementary) suppression
 *   <dd>Hiding further cells so that no primary-suppressed cell can be recovered, or narrowed to an
 *       interval below the protection level, from published cells and totals.
 *   <dt>Audit
 *   <dd>For every suppressed cell, the interval of values it could take given everything published
 *       (found by linear programming).
 *   <dt>Published value
 *   <dd>A value as released: either a (possibly rounded) number or "suppressed".
 * </dl>
 */
package org.wardflow.disclosure;
