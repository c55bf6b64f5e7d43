package org.wardflow.ui.history;

/**
 * One undoable change of the view or the style, recorded by {@link History}. An edit knows how to
 * put the state back ({@link #undo}) and forward again ({@link #redo}); edits of the same {@link
 * #key()} made in quick succession are merged into one ({@link #mergeWith}), so that a slider drag
 * or a burst of scrolling is one undo step.
 */
public interface Edit {

  /** The name of the action, shown in the menu: "Change Palette" gives "Undo Change Palette". */
  String name();

  /** Puts the state back to what it was before the edit. */
  void undo();

  /** Applies the edit again after an undo. */
  void redo();

  /**
   * What the edit changes: edits with equal keys made within the coalescing interval are merged.
   * Null (the default) never merges.
   */
  default Object key() {
    return null;
  }

  /**
   * This edit followed by a later edit of the same key as one edit, or null when they cannot be
   * merged (the default).
   *
   * @param later the later edit
   * @return the merged edit, or null
   */
  default Edit mergeWith(Edit later) {
    return null;
  }

  /** True when the edit changes nothing (e.g. a slider dragged and returned): it is dropped. */
  default boolean isEmpty() {
    return false;
  }
}
