package org.wardflow.analysis;

/** How a VRU list entry was matched to a school. */
public enum MatchStatus {
  /** The URN is an open school in the layer. */
  EXACT_URN("URN found", true),
  /** The URN is an open school in the layer, but its name differs a lot from the list's name. */
  URN_NAME_DIFFERS("URN found, name differs — check", true),
  /** No URN (or an unknown one); the normalised name equals one school's. */
  NAME_EXACT("Name matches", true),
  /** Matched by a similar name: the user should confirm (see the score). */
  FUZZY_NAME("Similar name — confirm", true),
  /** Several schools match the name about equally well: the user must choose. */
  AMBIGUOUS("Several similar names — choose", false),
  /** The URN belongs to a closed (or merged) school; a successor may be suggested. */
  CLOSED("School closed or merged", false),
  /** Another entry already matched the same school. */
  DUPLICATE("Same school as an earlier entry", false),
  /** No school found. */
  UNMATCHED("Not found", false);

  private final String label;
  private final boolean matched;

  MatchStatus(String label, boolean matched) {
    this.label = label;
    this.matched = matched;
  }

  /** Plain-language label for the report. */
  public String label() {
    return label;
  }

  /** True when the status names a school (which may still need confirming). */
  public boolean matched() {
    return matched;
  }
}
