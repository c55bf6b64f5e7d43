package org.wardflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files whole or not at all: into a temporary file beside the target, then moved over it, so
 * a failed or interrupted export leaves any earlier file untouched.
 */
final class AtomicFiles {
  /** Writes to a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("Cannot create the folder " + dir + ": " + e.getMessage(), e);
    }
    Path tmp = dir.resolve("." + abs.getFileName() + ".part");
    try {
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.write(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IOException("Cannot write " + abs + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
