package org.wardflow.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The long-running work of the window: every {@link Task} that reads, generates, publishes or
 * writes in the background is run or tracked here, so that the status bar shows its progress with a
 * Cancel button ({@link TaskIndicator}) once it has run for {@value
 * TaskIndicator#SHOW_AFTER_MILLIS} ms. A task leaves the list when it succeeds, fails or is
 * cancelled.
 *
 * <p>Use on the FX thread: {@link #submit(Task)} runs a task on the centre's own background
 * threads; {@link #track(Task)} follows a task run elsewhere (e.g. on a single-thread executor that
 * keeps file reads in order); {@link #submit(String, Work, Consumer, Consumer)} wraps plain code
 * that reports progress and checks for cancellation through a {@link Progress}.
 *
 * <p>Cancelling: {@link Task#cancel()} marks the task cancelled at once (its result is never used)
 * and interrupts its thread; the work should check {@link Progress#isCancelled()} (or {@code
 * Task.isCancelled()}) in its loops and stop early.
 */
public final class TaskCentre {
  private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
  private final ObservableList<Task<?>> readOnly = FXCollections.unmodifiableObservableList(tasks);
  private final Executor executor;
  private final ExecutorService own;

  /** A centre running tasks on up to two daemon threads of its own. */
  public TaskCentre() {
    AtomicInteger n = new AtomicInteger();
    this.own =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "wardflow-task-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.executor = own;
  }

  /**
   * A centre running tasks on the given executor.
   *
   * @param executor runs submitted tasks (never the FX thread)
   */
  public TaskCentre(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.own = null;
  }

  /** What a piece of background work reports to, and asks whether to stop. */
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param done work done
     * @param total all work (≤ 0: unknown)
     */
    void update(long done, long total);

    /** Reports what is being done now, e.g. "Reading wards.geojson". */
    void message(String text);

    /** True when the user has cancelled: stop as soon as possible. */
    boolean isCancelled();

    /**
     * Throws {@link CancellationException} when the user has cancelled (a convenient check inside
     * loops).
     */
    default void checkCancelled() {
      if (isCancelled() || Thread.currentThread().isInterrupted()) {
        throw new CancellationException("cancelled");
      }
    }
  }

  /**
   * Background work that reports progress.
   *
   * @param <T> result
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work (off the FX thread).
     *
     * @param progress where to report progress and ask whether to stop
     * @return the result
     * @throws Exception a failure, reported to the failure handler
     */
    T run(Progress progress) throws Exception;
  }

  /**
   * Runs plain work as a task.
   *
   * @param title what the task does, shown in the status bar ("Exporting the map to PDF")
   * @param work the work
   * @param done receives the result on the FX thread
   * @param failed receives a failure on the FX thread (not called when cancelled)
   * @param <T> result
   * @return the task (running)
   */
  public <T> Task<T> submit(
      String title, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
    Objects.requireNonNull(work, "work");
    Task<T> t =
        new Task<>() {
          {
            updateTitle(title);
          }

          @Override
          protected T call() throws Exception {
            Task<T> self = this;
            return work.run(
                new Progress() {
                  @Override
                  public void update(long doneSoFar, long total) {
                    if (total > 0) {
                      updateProgress(doneSoFar, total);
                    } else {
                      updateProgress(-1, -1);
                    }
                  }

                  @Override
                  public void message(String text) {
                    updateMessage(text);
                  }

                  @Override
                  public boolean isCancelled() {
                    return self.isCancelled();
                  }
                });
          }
        };
    t.setOnSucceeded(e -> done.accept(t.getValue()));
    t.setOnFailed(e -> failed.accept(t.getException()));
    return submit(t);
  }

  /**
   * Runs a task in the background and shows it.
   *
   * @param t the task (give it a title with {@code updateTitle})
   * @param <T> result
   * @return the same task
   */
  public <T> Task<T> submit(Task<T> t) {
    track(t);
    executor.execute(t);
    return t;
  }

  /**
   * Shows a task that is run elsewhere, until it is done.
   *
   * @param t the task
   * @param <T> result
   * @return the same task
   */
  public <T> Task<T> track(Task<T> t) {
    Objects.requireNonNull(t, "task");
    if (done(t.getState()) || tasks.contains(t)) {
      return t;
    }
    tasks.add(t);
    t.stateProperty()
        .addListener(
            (obs, o, s) -> {
              if (done(s)) {
                tasks.remove(t);
              }
            });
    return t;
  }

  private static boolean done(Worker.State s) {
    return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
  }

  /** The tasks under way, oldest first (read-only). */
  public ObservableList<Task<?>> tasks() {
    return readOnly;
  }

  /** True while any task is under way. */
  public BooleanBinding busy() {
    return Bindings.isNotEmpty(tasks);
  }

  /** Cancels every task under way. */
  public void cancelAll() {
    for (Task<?> t : java.util.List.copyOf(tasks)) {
      t.cancel();
    }
  }

  /** Cancels everything and stops the centre's own threads (when the window closes). */
  public void shutdown() {
    cancelAll();
    if (own != null) {
      own.shutdownNow();
    }
  }
}
