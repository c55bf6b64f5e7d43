package org.wardflow.export;

/**
 * One page of an export: a map layout ({@link MapPage}) or a table ({@link TablePage}, which may
 * run over several sheets). Both carry a {@link LayoutSpec} with the sheet, the marking and the
 * statements.
 */
public sealed interface Page permits MapPage, TablePage {
  /** The page design. */
  LayoutSpec layout();
}
