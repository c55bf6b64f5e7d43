package org.wardflow.ui.history;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An edit that changed one value from {@code before} to {@code after}: undo applies {@code before},
 * redo applies {@code after}. Merging keeps the first {@code before} and the last {@code after}; it
 * keeps the name when both edits share it and otherwise takes the {@code family} name (a pan and a
 * zoom merged are "Change View").
 *
 * @param <T> the value type
 * @param name the action's name, e.g. "Change Palette"
 * @param family the name of merged edits with different names
 * @param key what is changed (edits with equal keys merge); null never merges
 * @param before the value before
 * @param after the value after
 * @param apply sets the value
 */
public record ValueEdit<T>(
    String name, String family, Object key, T before, T after, Consumer<? super T> apply)
    implements Edit {

  /** Checks for nulls. */
  public ValueEdit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(apply, "apply");
  }

  /** An edit whose merged name is its own name. */
  public ValueEdit(String name, Object key, T before, T after, Consumer<? super T> apply) {
    this(name, name, key, before, after, apply);
  }

  @Override
  public void undo() {
    apply.accept(before);
  }

  @Override
  public void redo() {
    apply.accept(after);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Edit mergeWith(Edit later) {
    if (!(later instanceof ValueEdit<?> v) || key == null || !key.equals(v.key())) {
      return null;
    }
    ValueEdit<T> next = (ValueEdit<T>) v;
    String merged = name.equals(next.name()) ? name : family;
    return new ValueEdit<>(merged, family, key, before, next.after(), next.apply());
  }

  @Override
  public boolean isEmpty() {
    return Objects.equals(before, after);
  }
}
