package org.wardflow.io.project;

import java.nio.file.Path;
import java.time.Clock;

/** Run in a subprocess by {@link ProjectServiceTest}: saves a large project over and over. */
public final class ProjectSaveLoop {
  private ProjectSaveLoop() {}

  /** Args: target file, number of steps. Prints "saving" once before the first save starts. */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    int steps = Integer.parseInt(args[1]);
    ProjectService svc = new ProjectService(Clock.systemUTC(), "loop");
    System.out.println("saving");
    System.out.flush();
    for (int round = 1; ; round++) {
      svc.save(target, ProjectFixtures.large(steps, "round " + round));
    }
  }
}
