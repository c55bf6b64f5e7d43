package org.wardflow.io.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes a project's autosave sidecar in the background: shortly after each change (debounced, so
 * dragging a slider writes once) and every interval while there are unsaved changes. The caller
 * hands over an immutable snapshot with each change, so nothing is read from UI state on the
 * background thread. Failures go to an error callback (the UI shows them in its status bar); they
 * never touch the project file itself.
 */
public final class Autosaver implements AutoCloseable {
  private final ProjectService service;
  private final Duration debounce;
  private final ScheduledExecutorService executor;
  private final Consumer<String> onError;
  private ScheduledFuture<?> pending;
  private Path pendingFile;
  private ProjectFile pendingSnapshot;
  private long writes;

  /**
   * Starts the autosaver.
   *
   * @param service writes the sidecar
   * @param interval periodic autosave while dirty (e.g. 2 minutes)
   * @param debounce delay after a change before writing (e.g. 3 seconds)
   * @param onError receives one-paragraph messages when a write fails
   */
  public Autosaver(
      ProjectService service, Duration interval, Duration debounce, Consumer<String> onError) {
    this.service = Objects.requireNonNull(service, "service");
    this.debounce = Objects.requireNonNull(debounce, "debounce");
    this.onError = onError == null ? m -> {} : onError;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "wardflow-autosave");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, interval.toMillis());
    executor.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Records a change: the snapshot is written to {@code projectFile}'s sidecar after the debounce
   * delay (or at the next periodic autosave).
   *
   * @param projectFile the project's path (for an untitled project, any stable path, e.g. in the
   *     user's application folder)
   * @param snapshot the project as it now stands
   */
  public synchronized void changed(Path projectFile, ProjectFile snapshot) {
    pendingFile = Objects.requireNonNull(projectFile, "projectFile");
    pendingSnapshot = Objects.requireNonNull(snapshot, "snapshot");
    if (pending != null) {
      pending.cancel(false);
    }
    pending = executor.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Forgets unsaved changes (call after a successful explicit save). */
  public synchronized void saved() {
    pendingSnapshot = null;
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }

  /** True when a change has not been autosaved yet. */
  public synchronized boolean dirty() {
    return pendingSnapshot != null;
  }

  /** Number of sidecar writes so far. */
  public synchronized long writes() {
    return writes;
  }

  /** Writes the pending snapshot now, on the calling thread. */
  public void flush() {
    Path file;
    ProjectFile snap;
    synchronized (this) {
      file = pendingFile;
      snap = pendingSnapshot;
      pendingSnapshot = null;
    }
    if (snap == null) {
      return;
    }
    try {
      service.saveAutosave(file, snap);
      synchronized (this) {
        writes++;
      }
    } catch (ProjectException e) {
      synchronized (this) {
        if (pendingSnapshot == null) {
          pendingSnapshot = snap;
        }
      }
      onError.accept("Autosave failed: " + e.getMessage());
    }
  }

  /** Writes what is pending and stops the background thread. */
  @Override
  public void close() {
    executor.shutdownNow();
    flush();
  }
}
