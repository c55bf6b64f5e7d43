package org.wardflow.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Latest wins: superseded inputs are skipped or their results dropped. */
class LatestWinsTest {

  /** An executor that runs tasks only when told to. */
  private static final class Manual implements Executor {
    final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
      queue.add(r);
    }

    void runOne() {
      queue.poll().run();
    }
  }

  @Test
  void onlyTheNewestInputIsRunAfterTheCurrentOneAndOnlyItsResultDelivered() {
    Manual bg = new Manual();
    List<String> computed = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    LatestWins<Integer, String> job =
        new LatestWins<>(
            bg,
            Runnable::run,
            i -> {
              computed.add("k=" + i);
              return "published k=" + i;
            },
            shown::add,
            e -> shown.add("failed"));
    job.submit(3);
    job.submit(7);
    job.submit(9);
    assertTrue(job.isBusy());
    assertEquals(1, bg.queue.size(), "one run at a time");
    bg.runOne(); // computes 3, which is stale by now; schedules 9
    assertEquals(List.of("k=3"), computed);
    assertEquals(List.of(), shown, "a superseded result is never shown");
    assertEquals(1, bg.queue.size());
    bg.runOne();
    assertEquals(List.of("k=3", "k=9"), computed, "7 was skipped");
    assertEquals(List.of("published k=9"), shown);
    assertFalse(job.isBusy());
    assertEquals(2, job.runs());
    assertEquals(1, job.delivered());
  }

  @Test
  void failuresOfTheLatestInputAreReportedAndOlderOnesIgnored() {
    Manual bg = new Manual();
    List<String> shown = new ArrayList<>();
    LatestWins<Integer, Integer> job =
        new LatestWins<>(
            bg,
            Runnable::run,
            i -> {
              if (i < 0) {
                throw new IllegalStateException("bad " + i);
              }
              return i * 2;
            },
            v -> shown.add("ok " + v),
            e -> shown.add(e.getMessage()));
    job.submit(-1);
    bg.runOne();
    assertEquals(List.of("bad -1"), shown);
    job.submit(-2);
    job.submit(4);
    bg.runOne();
    bg.runOne();
    assertEquals(List.of("bad -1", "ok 8"), shown);
  }

  @Test
  void aSubmitAfterIdleStartsANewRun() {
    Manual bg = new Manual();
    List<Integer> shown = new ArrayList<>();
    LatestWins<Integer, Integer> job =
        new LatestWins<>(bg, Runnable::run, i -> i, shown::add, e -> {});
    job.submit(1);
    bg.runOne();
    assertFalse(job.isBusy());
    job.submit(2);
    assertEquals(1, bg.queue.size());
    bg.runOne();
    assertEquals(List.of(1, 2), shown);
  }
}
