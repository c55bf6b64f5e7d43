package org.wardflow.export;

import java.util.Objects;

/**
 * A table page to export: a {@link ReportTable} of published figures under the same chrome as a map
 * page (marking, caveat, statements). A long table runs over as many sheets as it needs, repeating
 * its heading row.
 *
 * @param layout the page design (title, sheet, marking, policy, sources)
 * @param table the published figures
 */
public record TablePage(LayoutSpec layout, ReportTable table) implements Page {
  /** Checks for nulls. */
  public TablePage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(table, "table");
  }
}
