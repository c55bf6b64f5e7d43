package org.wardflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point ({@code org.wardflow.Launcher}) in a separate JVM with {@code
 * -Djava.awt.headless=true} and no {@code DISPLAY}: commands run without a display and load no
 * JavaFX class. Uses this JVM's class path, so it works before {@code package} builds the jar.
 */
class HeadlessProcessTest {
  @TempDir Path tmp;

  private record Result(int code, String out, String err) {}

  private Result launch(String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Xlog:class+load=info:file=" + tmp.resolve("classes.log"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.wardflow.Launcher");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectOutput(tmp.resolve("out.txt").toFile());
    pb.redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the command did not finish in 180 s: " + cmd);
    }
    return new Result(
        p.exitValue(),
        Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private void assertNoJavaFxLoaded() throws IOException {
    List<String> fx =
        Files.readAllLines(tmp.resolve("classes.log"), StandardCharsets.UTF_8).stream()
            .filter(
                l ->
                    l.contains(" javafx.")
                        || l.contains(" com.sun.javafx.")
                        || l.contains(" com.sun.glass."))
            .limit(5)
            .toList();
    assertTrue(fx.isEmpty(), "JavaFX classes loaded by a command: " + fx);
  }

  @Test
  void versionRunsWithoutADisplay() throws Exception {
    Result r = launch("--version");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Wardflow "), r.out());
    assertNoJavaFxLoaded();
  }

  @Test
  void renderTheDemoWithoutADisplay() throws Exception {
    Path png = tmp.resolve("demo.png");
    Result r =
        launch("render", "--demo", "--size", "400x300", "--repeat", "1", "--out", png.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(2, r.out().lines().filter(l -> l.startsWith("render_ms=")).count(), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(400, img.getWidth());
    assertEquals(300, img.getHeight());
    assertTrue(CliDemoTest.distinctColours(img) > 30);
    assertNoJavaFxLoaded();
  }

  @Test
  void aBadCommandLineExits64InTheRealProcess() throws Exception {
    Result r = launch("render", "--no-such-option");
    assertEquals(64, r.code(), r.err());
    assertTrue(r.err().startsWith("wardflow render: unknown option --no-such-option"), r.err());
  }
}
