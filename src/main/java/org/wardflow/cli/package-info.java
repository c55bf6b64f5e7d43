/**
 * The command line ({@code java -jar wardflow.jar COMMAND ...}): {@code validate}, {@code render},
 * {@code synth}, {@code publish}, {@code rank} and {@code version}, dispatched by {@link
 * org.wardflow.cli.Cli}. Never starts the JavaFX toolkit; works with no display ({@code
 * java.awt.headless=true}). The commands only parse arguments, call the library ({@code io}, {@code
 * disclosure}, {@code analysis}, {@code render}, {@code export}) and report; see {@code
 * docs/cli.md}.
 *
 * <dl>
 *   <dt>Exit code
 *   <dd>0 done; 1 done with warnings (an input had rows skipped or repaired, a flow could not be
 *       placed, a list entry needs checking); 2 an input file cannot be used (the one-paragraph
 *       message names the file and line or feature; nothing is written); 64 bad usage; 70 internal
 *       error (a bug; reported without a stack trace).
 *   <dt>Published figures
 *   <dd>What every command but {@code synth} writes: values of the table after the disclosure gate
 *       (threshold k at or above the policy floor of 5, since command-line outputs are exports),
 *       never raw counts.
 *   <dt>Synthetic inputs
 *   <dd>What {@code synth} writes: invented counts from the gravity-model generator, labelled
 *       SYNTHETIC by a manifest beside them, for the other commands to read and publish.
 *   <dt>Input summary
 *   <dd>One line per input file on standard error (what was read) with up to five of its warnings;
 *       {@code validate FILE} prints the full import report.
 *   <dt>render_ms
 *   <dd>The time to paint one whole map image (map, legend, furniture, caveat bands), excluding
 *       reading, publishing and writing; printed once per drawing with {@code render --repeat N}.
 * </dl>
 */
package org.wardflow.cli;
