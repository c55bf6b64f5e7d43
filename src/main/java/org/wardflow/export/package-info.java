/**
 * Outputs for people outside Wardflow: map layouts as PNG/SVG/PDF (through the one renderer),
 * published tables as CSV, published layers as GeoPackage, each with a manifest of inputs, policy
 * and version. Only published figures ever reach this package.
 */
package org.wardflow.export;
