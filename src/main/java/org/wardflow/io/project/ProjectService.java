package org.wardflow.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.wardflow.io.flows.Sha256;
import org.wardflow.io.project.ProjectLoadReport.SourceCheck;
import org.wardflow.io.project.ProjectLoadReport.Status;

/**
 * Saves and opens {@code .wardflow} project files.
 *
 * <ul>
 *   <li><b>Atomic saves.</b> The JSON is written to a temporary file in the target's folder, forced
 *       to disk ({@code FileChannel.force(true)}), then moved over the target with {@code
 *       ATOMIC_MOVE}; the folder is synced where the platform allows. A crash or a failed write at
 *       any point leaves the previous file intact.
 *   <li><b>Autosave.</b> {@link #autosaveFile} names the sidecar ({@code name.wardflow.autosave});
 *       {@link Autosaver} writes it. {@link #recovery} tells whether a sidecar is newer than the
 *       project (a crash happened before the user saved), so the UI can offer it.
 *   <li><b>Sources.</b> Inputs are referenced by path and SHA-256; {@link #open} checks every one
 *       and reports missing or changed files ({@link ProjectLoadReport}); {@link #relocate} points
 *       a source at another file. Input files are only ever read.
 * </ul>
 */
public final class ProjectService {
  /** File name extension of projects. */
  public static final String EXTENSION = ".wardflow";

  /** Suffix of the autosave sidecar, appended to the project's file name. */
  public static final String AUTOSAVE_SUFFIX = ".autosave";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Clock clock;
  private final String appVersion;

  /**
   * A service stamping saves with the given clock and application version.
   *
   * @param clock source of the saved-at time
   * @param appVersion version written into every file
   */
  public ProjectService(Clock clock, String appVersion) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.appVersion = appVersion == null ? "" : appVersion;
  }

  /** A service on the system clock. */
  public ProjectService(String appVersion) {
    this(Clock.systemUTC(), appVersion);
  }

  /** The mapper used for project JSON (snake_case), for layers converting their own parts. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** The autosave sidecar of a project file: the same name with {@code .autosave} appended. */
  public static Path autosaveFile(Path project) {
    Path abs = project.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + AUTOSAVE_SUFFIX);
  }

  /**
   * Saves atomically (temp file, fsync, atomic rename) and deletes a now-stale autosave sidecar.
   *
   * @param file target, normally ending in {@link #EXTENSION}
   * @param project what to save; its saved-at time and version are stamped
   * @return the project as written
   * @throws ProjectException naming the file when it cannot be written; the old file is intact
   */
  public ProjectFile save(Path file, ProjectFile project) throws ProjectException {
    ProjectFile stamped = write(file, project);
    try {
      Files.deleteIfExists(autosaveFile(file));
    } catch (IOException e) {
      // A stale sidecar is harmless: recovery() only offers one newer than the project.
    }
    return stamped;
  }

  /**
   * Writes the autosave sidecar of a project (atomically, like {@link #save}).
   *
   * @param projectFile the project's own path (the sidecar goes next to it)
   * @param project current state
   */
  public void saveAutosave(Path projectFile, ProjectFile project) throws ProjectException {
    write(autosaveFile(projectFile), project);
  }

  private ProjectFile write(Path file, ProjectFile project) throws ProjectException {
    ProjectFile stamped = project.stamped(Instant.now(clock).toString(), appVersion);
    byte[] bytes = toBytes(stamped);
    try {
      writeAtomically(file, bytes, p -> {});
    } catch (IOException e) {
      throw new ProjectException(
          "The project could not be saved to "
              + file.toAbsolutePath()
              + ": "
              + describe(e)
              + ". The previous version of the file, if any, is unchanged.",
          e);
    }
    return stamped;
  }

  /** The JSON bytes of a project (as saved, without stamping). */
  public static byte[] toBytes(ProjectFile project) {
    try {
      return JSON.writeValueAsBytes(project);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the project as JSON", e);
    }
  }

  /**
   * Writes bytes to a file atomically. {@code progress} is told the number of bytes written after
   * each chunk (tests use it to fail half-way).
   */
  static void writeAtomically(Path target, byte[] bytes, IntConsumer progress) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        int chunk = 1 << 16;
        for (int off = 0; off < bytes.length; off += chunk) {
          ByteBuffer buf = ByteBuffer.wrap(bytes, off, Math.min(chunk, bytes.length - off));
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          progress.accept(Math.min(off + chunk, bytes.length));
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open a directory for syncing (Windows); the rename is still atomic.
    }
  }

  /**
   * Reads a project file without checking its sources.
   *
   * @throws ProjectException naming the file (and line) when it is missing, not JSON, not a
   *     Wardflow project, or from a newer version
   */
  public ProjectFile read(Path file) throws ProjectException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ProjectException("The project file " + file.toAbsolutePath() + " does not exist.");
    } catch (IOException e) {
      throw new ProjectException(
          "The project file " + file.toAbsolutePath() + " could not be read: " + describe(e), e);
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ProjectException(
          "The project file "
              + file.toAbsolutePath()
              + " is not valid JSON"
              + where(e.getLocation())
              + ": "
              + e.getOriginalMessage()
              + ". It may be damaged or not a Wardflow project.",
          e);
    } catch (IOException e) {
      throw new ProjectException("The project file " + file + " could not be read.", e);
    }
    if (tree == null || !tree.isObject() || !tree.path("format_version").isInt()) {
      throw new ProjectException(
          "The file "
              + file.toAbsolutePath()
              + " is not a Wardflow project: it has no format_version.");
    }
    int version = tree.get("format_version").asInt();
    if (version > ProjectFile.CURRENT_VERSION || version < 1) {
      throw new ProjectException(
          "The project file "
              + file.toAbsolutePath()
              + " has format version "
              + version
              + "; this Wardflow reads versions 1 to "
              + ProjectFile.CURRENT_VERSION
              + ". It was probably written by a newer Wardflow"
              + (tree.path("app_version").isTextual()
                  ? " (" + tree.get("app_version").asText() + ")"
                  : "")
              + ".");
    }
    try {
      return JSON.treeToValue(tree, ProjectFile.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new ProjectException(
          "The project file "
              + file.toAbsolutePath()
              + " has an entry Wardflow cannot use: "
              + msg
              + ".",
          e);
    }
  }

  /**
   * An opened project with its source checks.
   *
   * @param file the file it was read from (the project's path even when recovered)
   * @param project the project, with paths of moved sources updated
   * @param report what was found about each input
   * @param recovered true when the content came from the autosave sidecar
   */
  public record Opened(
      Path file, ProjectFile project, ProjectLoadReport report, boolean recovered) {}

  /**
   * Opens a project and checks its sources.
   *
   * @param file the project file
   */
  public Opened open(Path file) throws ProjectException {
    ProjectFile p = read(file);
    return checked(file, p, false);
  }

  /**
   * Opens the autosave sidecar of a project instead of the project (after the user accepted a
   * {@link #recovery}). Saving it goes to the project's own path.
   *
   * @param projectFile the project's path (which may not exist if it was never saved)
   */
  public Opened openAutosave(Path projectFile) throws ProjectException {
    ProjectFile p = read(autosaveFile(projectFile));
    return checked(projectFile, p, true);
  }

  private Opened checked(Path file, ProjectFile p, boolean recovered) {
    ProjectLoadReport report = check(file, p);
    ProjectFile updated = p;
    for (SourceCheck c : report.checks()) {
      if (c.status() == Status.MOVED) {
        updated = updated.withSource(c.source());
      }
    }
    return new Opened(file, updated, report, recovered);
  }

  /**
   * A crash-recovery offer: the autosave sidecar is newer than the project.
   *
   * @param autosave the sidecar
   * @param autosavedAt when it was written
   * @param projectSavedAt when the project was last written (null when it never was)
   */
  public record Recovery(Path autosave, Instant autosavedAt, Instant projectSavedAt) {}

  /**
   * Whether a newer autosave exists for a project (checked before {@link #open}).
   *
   * @param projectFile the project's path
   * @return the offer, or empty when there is no sidecar or it is not newer
   */
  public Optional<Recovery> recovery(Path projectFile) {
    Path side = autosaveFile(projectFile);
    try {
      if (!Files.isRegularFile(side)) {
        return Optional.empty();
      }
      FileTime sideTime = Files.getLastModifiedTime(side);
      if (!Files.exists(projectFile)) {
        return Optional.of(new Recovery(side, sideTime.toInstant(), null));
      }
      FileTime projTime = Files.getLastModifiedTime(projectFile);
      if (sideTime.compareTo(projTime) > 0) {
        return Optional.of(new Recovery(side, sideTime.toInstant(), projTime.toInstant()));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Deletes a project's autosave sidecar (after the user declined recovery or closed cleanly). */
  public void discardAutosave(Path projectFile) throws IOException {
    Files.deleteIfExists(autosaveFile(projectFile));
  }

  /**
   * Checks every source of a project: present at its path, or found relative to the project's
   * folder; same SHA-256 as when imported.
   *
   * @param projectFile the project's path (for relative paths)
   * @param project the project
   */
  public ProjectLoadReport check(Path projectFile, ProjectFile project) {
    Path dir = projectFile.toAbsolutePath().getParent();
    List<SourceCheck> checks = new ArrayList<>();
    for (ProjectFile.SourceRef s : project.sources()) {
      checks.add(checkOne(dir, s));
    }
    return new ProjectLoadReport(checks);
  }

  private static SourceCheck checkOne(Path dir, ProjectFile.SourceRef s) {
    if (s.builtIn()) {
      return new SourceCheck(
          s, Status.OK, "", "The built-in demo (a FICTIONAL city, SYNTHETIC flows) is used.");
    }
    Path p = Path.of(s.path());
    if (!Files.isRegularFile(p) && !s.relativePath().isEmpty() && dir != null) {
      Path rel = dir.resolve(s.relativePath()).normalize();
      if (Files.isRegularFile(rel)) {
        try {
          String h = Sha256.of(rel);
          if (h.equalsIgnoreCase(s.sha256())) {
            ProjectFile.SourceRef moved =
                new ProjectFile.SourceRef(
                    s.id(), s.role(), rel.toString(), s.relativePath(), s.sha256(), s.mapping());
            return new SourceCheck(
                moved,
                Status.MOVED,
                h,
                "The "
                    + label(s)
                    + " was not at "
                    + s.path()
                    + " but the same file was found at "
                    + rel
                    + "; that copy is used.");
          }
        } catch (IOException e) {
          // Fall through: report the recorded path as missing.
        }
      }
    }
    if (!Files.exists(p)) {
      return new SourceCheck(
          s,
          Status.MISSING,
          "",
          "The "
              + label(s)
              + " "
              + s.path()
              + " is missing (moved, renamed or deleted). Locate it to use its data.");
    }
    String h;
    try {
      h = Sha256.of(p);
    } catch (IOException e) {
      return new SourceCheck(
          s,
          Status.UNREADABLE,
          "",
          "The " + label(s) + " " + s.path() + " could not be read: " + describe(e) + ".");
    }
    if (!s.sha256().isEmpty() && !h.equalsIgnoreCase(s.sha256())) {
      return new SourceCheck(
          s,
          Status.CHANGED,
          h,
          "The "
              + label(s)
              + " "
              + s.path()
              + " has changed since it was imported (its SHA-256 is "
              + abbreviate(h)
              + ", the project recorded "
              + abbreviate(s.sha256())
              + "). Results and earlier publications may no longer match; locate the original"
              + " file or accept the new one.");
    }
    return new SourceCheck(s, Status.OK, h, "The " + label(s) + " " + s.path() + " is unchanged.");
  }

  /**
   * The result of relocating a source.
   *
   * @param project the project with the source pointing at the new file
   * @param contentChanged true when the new file's content differs from what was imported
   * @param message one plain sentence for the user
   */
  public record Relocation(ProjectFile project, boolean contentChanged, String message) {}

  /**
   * Points a source at another file (the user located a moved file). The hash is recomputed; if it
   * differs the source now records the new file's hash and the result says the content changed.
   *
   * @param projectFile the project's path (for the relative path)
   * @param project the project
   * @param sourceId the source to relocate
   * @param newFile where the file is now
   * @throws ProjectException when the source is unknown or the new file cannot be read
   */
  public Relocation relocate(Path projectFile, ProjectFile project, String sourceId, Path newFile)
      throws ProjectException {
    ProjectFile.SourceRef old =
        project.sources().stream()
            .filter(s -> s.id().equals(sourceId))
            .findFirst()
            .orElseThrow(
                () -> new ProjectException("The project has no source called " + sourceId + "."));
    String h;
    try {
      h = Sha256.of(newFile);
    } catch (IOException e) {
      throw new ProjectException(
          "The file " + newFile.toAbsolutePath() + " could not be read: " + describe(e) + ".", e);
    }
    boolean changed = !old.sha256().isEmpty() && !h.equalsIgnoreCase(old.sha256());
    ProjectFile.SourceRef moved =
        source(projectFile, old.id(), old.role(), newFile, h, old.mapping());
    String msg =
        changed
            ? "The "
                + label(old)
                + " now points at "
                + newFile.toAbsolutePath()
                + ", whose content differs from the file originally imported; results will"
                + " change and it counts as a new dataset for publication."
            : "The " + label(old) + " now points at " + newFile.toAbsolutePath() + ".";
    return new Relocation(project.withSource(moved), changed, msg);
  }

  /**
   * A source reference for a file, hashing it now.
   *
   * @param projectFile the project's path (for the relative path), or null
   * @param id stable id
   * @param role one of the {@link ProjectFile.SourceRef} role constants
   * @param file the input file
   * @param mapping import choices
   */
  public static ProjectFile.SourceRef sourceOf(
      Path projectFile, String id, String role, Path file, Map<String, String> mapping)
      throws IOException {
    return source(projectFile, id, role, file, Sha256.of(file), mapping);
  }

  private static ProjectFile.SourceRef source(
      Path projectFile, String id, String role, Path file, String hash, Map<String, String> map) {
    Path abs = file.toAbsolutePath().normalize();
    String rel = "";
    if (projectFile != null) {
      Path dir = projectFile.toAbsolutePath().getParent();
      if (dir != null && abs.getRoot() != null && abs.getRoot().equals(dir.getRoot())) {
        rel = dir.relativize(abs).toString().replace('\\', '/');
      }
    }
    return new ProjectFile.SourceRef(id, role, abs.toString(), rel, hash, map);
  }

  private static String label(ProjectFile.SourceRef s) {
    return switch (s.role()) {
      case ProjectFile.SourceRef.WARDS -> "ward boundary file";
      case ProjectFile.SourceRef.SCHOOLS -> "school file";
      case ProjectFile.SourceRef.POPULATION -> "population file";
      case ProjectFile.SourceRef.INDICATORS -> "ward indicator file";
      case ProjectFile.SourceRef.FLOWS -> "flow table";
      case ProjectFile.SourceRef.VRU_LIST -> "VRU list";
      case ProjectFile.SourceRef.DEMO -> "built-in demo";
      default -> "input file '" + s.id() + "'";
    };
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }

  private static String where(JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1
        ? ""
        : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder " + n.getFile();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
