package org.wardflow.export.story;

import java.util.List;
import org.wardflow.disclosure.PublishedTable;

/**
 * The outcome of publishing one step's data: the published table, or a refusal with its reason.
 *
 * @param table the published table, or null when refused
 * @param explanation one plain paragraph (why refused or adjusted; may be empty)
 * @param notes further facts worth telling the presenter
 */
public record Publication(PublishedTable table, String explanation, List<String> notes) {
  /** Copies. */
  public Publication {
    explanation = explanation == null ? "" : explanation;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A plain publication of a table. */
  public static Publication of(PublishedTable table) {
    return new Publication(table, "", List.of());
  }

  /** True when nothing may be shown. */
  public boolean refused() {
    return table == null;
  }
}
