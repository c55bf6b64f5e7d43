/**
 * Storyboards for the committee walkthrough, and the conversion of a project's stored forms: plain,
 * toolkit-free types shared by the presentation window ({@code ui.present}), the deck export and
 * the command line ({@code export --project}).
 *
 * <dl>
 *   <dt>Storyboard
 *   <dd>An ordered list of saved views ({@link org.wardflow.export.story.StoryStep}): map extent,
 *       visible layers, selection, classification, disclosure policy, a title and speaker notes.
 *   <dt>Step
 *   <dd>One saved view; shown as one slide in presentation mode and one page in the deck.
 *   <dt>Policy floor
 *   <dd>The lowest threshold k a step may be shown at: a step's policy is raised to the floor,
 *       never lowered below it, in presentation mode and in every export.
 *   <dt>Deck
 *   <dd>The storyboard exported as a multi-page PDF, each page carrying the caveat, the protective
 *       marking and the disclosure statement of its policy.
 *   <dt>Codec
 *   <dd>A pair of pure conversions, stored form ↔ live form (policy settings, the opaque ledger
 *       tree, step records), that round-trip exactly.
 * </dl>
 */
package org.wardflow.export.story;
