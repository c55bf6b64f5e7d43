/**
 * The live disclosure controls: the policy being tried, republishing through the disclosure gate in
 * the background at every change ({@link org.wardflow.ui.disclosure.DisclosureViewModel}), the
 * panel with its feedback ({@link org.wardflow.ui.disclosure.DisclosurePanel}) and the audit list
 * ({@link org.wardflow.ui.disclosure.AuditDialog}).
 *
 * <dl>
 *   <dt>Republish
 *   <dd>Running the disclosure gate again on the raw table with the current policy and filter; the
 *       views then show the new published table. Latest wins: quick changes skip intermediate
 *       policies.
 *   <dt>Publication
 *   <dd>The published CYP table and the published table the flow lines come from (the all-pupils
 *       table when chosen), both under the same policy.
 *   <dt>Feedback
 *   <dd>What disclosure control did, safe to show: cells suppressed (primary / secondary), people
 *       hidden as a rounded figure, wards and schools affected, and the audit outcome.
 *   <dt>Feasible interval (audit list)
 *   <dd>The range of counts a hidden figure could take as far as anyone can tell from the
 *       publication alone; the audit requires every one to be at least k wide.
 *   <dt>Floor
 *   <dd>The lowest k exports and presentation mode may use; the live controls may go below it for
 *       the analyst's own exploration, with a warning.
 * </dl>
 */
package org.wardflow.ui.disclosure;
