package dev.deliverysim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old file or the whole new one, never a part: the
 * content goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
  /** What fills the file; it may throw, and then the target is left untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path target, Content content) throws IOException {
    replace(target, temp -> {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
    });
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  /** Fills a temporary file beside {@code target}, then moves it over the target. */
  private static void replace(Path target, Fill fill) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file owner-only (0600), and that mode would survive
    // the move. CREATE_NEW with a random name gives the usual permissions (the user's umask).
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
    try {
      fill.into(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @FunctionalInterface
  private interface Fill {
    void into(Path temp) throws IOException;
  }
}
