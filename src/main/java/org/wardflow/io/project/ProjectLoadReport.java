package org.wardflow.io.project;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What opening a project found about its input files: for each source whether it is where it was
 * and unchanged, moved (found next to the project with the same content), missing, or changed
 * (different SHA-256). Missing and changed sources must be relocated (see {@link
 * ProjectService#relocate}) or accepted before their data is used.
 *
 * @param checks one check per source, in the project's order
 */
public record ProjectLoadReport(List<SourceCheck> checks) {

  /** Copies. */
  public ProjectLoadReport {
    checks = List.copyOf(checks);
  }

  /** The state of one input file. */
  public enum Status {
    /** At its path, same content. */
    OK,
    /** Not at its path but found relative to the project with the same content; path updated. */
    MOVED,
    /** Not found. */
    MISSING,
    /** Found, but its content differs from what was imported (hash mismatch). */
    CHANGED,
    /** Found but could not be read. */
    UNREADABLE
  }

  /**
   * One source's check.
   *
   * @param source the source as it now stands (path updated when {@link Status#MOVED})
   * @param status what was found
   * @param actualSha256 hash of the file found, or empty
   * @param message one plain sentence for the user, naming the file
   */
  public record SourceCheck(
      ProjectFile.SourceRef source, Status status, String actualSha256, String message) {
    /** True when the data can be used as it is. */
    public boolean usable() {
      return status == Status.OK || status == Status.MOVED;
    }
  }

  /** True when every source can be used as it is. */
  public boolean allUsable() {
    return checks.stream().allMatch(SourceCheck::usable);
  }

  /** The sources needing the user's attention (missing, changed, unreadable). */
  public List<SourceCheck> problems() {
    return checks.stream().filter(c -> !c.usable()).toList();
  }

  /** The check of one source, or null. */
  public SourceCheck check(String sourceId) {
    return checks.stream().filter(c -> c.source().id().equals(sourceId)).findFirst().orElse(null);
  }

  /** One paragraph summarising the problems, or empty when there are none. */
  public String summary() {
    return problems().stream().map(SourceCheck::message).collect(Collectors.joining(" "));
  }
}
