/**
 * The JavaFX user interface: views stay thin, state lives in view models as JavaFX properties
 * (testable without a toolkit). The map is drawn by the one renderer off the FX thread into a pixel
 * buffer.
 */
package org.wardflow.ui;
