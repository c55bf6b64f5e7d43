package org.wardflow.ui.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a computation in the background for the latest input only: while one run is under way, new
 * inputs replace each other and only the newest is run next (intermediate ones are skipped), and a
 * result is delivered only if no newer input arrived in the meantime. Results and failures are
 * delivered on the UI executor (the FX thread in the app, a direct executor in tests).
 *
 * <p>Call {@link #submit} from the UI thread. Toolkit-free.
 *
 * @param <I> input
 * @param <O> output
 */
public final class LatestWins<I, O> {
  private final Executor background;
  private final Executor ui;
  private final Function<? super I, ? extends O> work;
  private final Consumer<? super O> done;
  private final Consumer<? super Throwable> failed;

  private final Object lock = new Object();
  private long generation;
  private I pending;
  private boolean hasPending;
  private boolean running;
  private long runs;
  private long delivered;

  /**
   * Creates a runner.
   *
   * @param background runs {@code work}
   * @param ui receives results (the FX thread in the app)
   * @param work the computation; must not touch UI state
   * @param done receives the result of the latest input, on the UI executor
   * @param failed receives a failure of the latest input, on the UI executor
   */
  public LatestWins(
      Executor background,
      Executor ui,
      Function<? super I, ? extends O> work,
      Consumer<? super O> done,
      Consumer<? super Throwable> failed) {
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.work = Objects.requireNonNull(work, "work");
    this.done = Objects.requireNonNull(done, "done");
    this.failed = Objects.requireNonNull(failed, "failed");
  }

  /** Asks for a run with this input; earlier inputs not yet run are dropped. */
  public void submit(I input) {
    boolean start;
    synchronized (lock) {
      generation++;
      pending = input;
      hasPending = true;
      start = !running;
      if (start) {
        running = true;
      }
    }
    if (start) {
      startNext();
    }
  }

  /** True while a run is under way or waiting. */
  public boolean isBusy() {
    synchronized (lock) {
      return running || hasPending;
    }
  }

  /** How many runs were started (for tests: skipped inputs are not run). */
  public long runs() {
    synchronized (lock) {
      return runs;
    }
  }

  /** How many results were delivered. */
  public long delivered() {
    synchronized (lock) {
      return delivered;
    }
  }

  /** Starts the pending input; the caller has set {@code running}. */
  private void startNext() {
    I input;
    long gen;
    synchronized (lock) {
      if (!hasPending) {
        running = false;
        return;
      }
      input = pending;
      gen = generation;
      pending = null;
      hasPending = false;
      runs++;
    }
    try {
      background.execute(() -> run(input, gen));
    } catch (RejectedExecutionException e) {
      synchronized (lock) {
        running = false;
      }
    }
  }

  private void run(I input, long gen) {
    O out = null;
    Throwable error = null;
    try {
      out = work.apply(input);
    } catch (RuntimeException | Error e) {
      error = e;
    }
    boolean more;
    synchronized (lock) {
      more = hasPending;
      if (!more) {
        running = false;
      }
    }
    O result = out;
    Throwable problem = error;
    ui.execute(
        () -> {
          boolean current;
          synchronized (lock) {
            current = gen == generation;
            if (current) {
              delivered++;
            }
          }
          if (current) {
            if (problem == null) {
              done.accept(result);
            } else {
              failed.accept(problem);
            }
          }
        });
    if (more) {
      startNext();
    }
  }
}
