/**
 * The command line ({@code java -jar wardflow.jar COMMAND ...}): validate, render, synth, publish,
 * rank, export. Never starts the JavaFX toolkit; works with no display.
 */
package org.wardflow.cli;
