package org.wardflow.io;

import java.util.Optional;

/**
 * The outcome of an import: the value (absent when the file could not be used) and its report.
 *
 * @param <T> what was imported
 * @param value the imported value, or null on failure
 * @param report what happened
 */
public record ImportResult<T>(T value, ImportReport report) {

  /** The value if the import produced one. */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /** True when a value was produced. */
  public boolean ok() {
    return value != null;
  }
}
