package org.wardflow.ui.disclosure;

import org.wardflow.disclosure.PublishedTable;

/**
 * The outcome of one republish: the published CYP table and the published table the flow lines come
 * from (the same object when they are the same table).
 *
 * @param cyp the published CYP table, or null when no table is loaded
 * @param flows the published flow table, or null
 * @param millis how long publishing took
 */
public record Publication(PublishedTable cyp, PublishedTable flows, long millis) {

  /** Nothing published. */
  public static final Publication NONE = new Publication(null, null, 0);
}
