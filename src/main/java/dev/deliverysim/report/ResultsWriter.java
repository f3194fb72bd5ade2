package dev.deliverysim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a study writes its results folder: every file goes through here and is recorded
 * (name, size, SHA-256) for the manifest, which {@link #commit} writes last, listing them all.
 *
 * <p>A writer made by {@link #create} fills a fresh hidden folder beside the target
 * ({@code .NAME.tmp-<random>}) and swaps it in only at {@link #commit}; closing it uncommitted (a
 * failure, a cancellation) deletes it, so the previous results stay exactly as they were. A
 * writer made by {@link #inPlace} writes into the folder itself, each file atomically: that is the
 * sweep's, whose points must survive a kill and whose folder is its own resumable workspace.
 */
public final class ResultsWriter implements AutoCloseable {
  public static final String MANIFEST = "manifest.json";
  /** A {@code .part} file older than this was left by a killed writer. */
  static final long STALE_PART_MINUTES = 10;

  /** A file written: its name relative to the folder, its size in bytes and its SHA-256 (hex). */
  public record WrittenFile(String name, long bytes, String sha256) {}

  private final Path target;
  private final Path dir;
  private final boolean swap;
  private final Map<String, WrittenFile> files = new LinkedHashMap<>();
  private boolean finished;

  private ResultsWriter(Path target, Path dir, boolean swap) {
    this.target = target;
    this.dir = dir;
    this.swap = swap;
  }

  /**
   * A writer whose folder replaces {@code target} on commit. Leftovers of a run killed before it
   * could tidy up (temporary folders, or a previous result moved aside) are dealt with first.
   */
  public static ResultsWriter create(Path target) throws IOException {
    FolderSwap.check(target);
    Path parent = FolderSwap.parent(target);
    Files.createDirectories(parent);
    FolderSwap.recover(target);
    return new ResultsWriter(target, FolderSwap.fresh(target, FolderSwap.TEMP), true);
  }

  /** A writer that writes into {@code dir} itself, each file atomically (the sweep's). */
  public static ResultsWriter inPlace(Path dir) throws IOException {
    Files.createDirectories(dir);
    FolderSwap.clearStaleParts(dir, STALE_PART_MINUTES);
    return new ResultsWriter(dir, dir, false);
  }

  /** Throws if {@code target} cannot take results (a file, or a folder of other things): check before running. */
  public static void check(Path target) throws UnusableFolderException {
    FolderSwap.check(target);
  }

  /** Throws if nothing can be written where {@code target} is or would be created (read-only, full disk). */
  public static void checkWritable(Path target) throws UnusableFolderException {
    FolderSwap.checkWritable(target);
  }

  /** Where the results will be once committed. */
  public Path target() {
    return target;
  }

  /** Writes text (UTF-8) to {@code name}. */
  public void text(String name, AtomicFiles.Content content) throws IOException {
    write(name, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(w);
      w.flush();
    });
  }

  /** Writes {@code bytes} to {@code name} (an image, say). */
  public void bytes(String name, byte[] bytes) throws IOException {
    write(name, out -> out.write(bytes));
  }

  /** The files written so far, in the order first written. */
  public List<WrittenFile> files() {
    return List.copyOf(files.values());
  }

  /**
   * Writes {@code manifest.json} listing every file, then (for a fresh folder) swaps the folder in:
   * the previous one is moved aside, the new one moved in, the old one deleted.
   */
  public Path commit(Manifest manifest) throws IOException {
    return commit(manifest, MANIFEST);
  }

  /**
   * The same under another name: a shard of a sweep marks its part done with
   * {@code shard-i-of-n.json}, leaving {@code manifest.json} to the merged whole.
   */
  public Path commit(Manifest manifest, String name) throws IOException {
    List<WrittenFile> written = files();
    write(name, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      ManifestJson.write(manifest, written, w);
      w.flush();
    });
    if (swap) {
      FolderSwap.swapIn(dir, target);
    }
    finished = true;
    return target;
  }

  /** Without a commit, throws the unfinished folder away; the target is untouched. */
  @Override
  public void close() throws IOException {
    if (!finished && swap) {
      finished = true;
      FolderSwap.delete(dir);
    }
  }

  @FunctionalInterface
  private interface Bytes {
    void into(OutputStream out) throws IOException;
  }

  /** Into a temporary file beside the final one, then moved over it: a reader never sees a part. */
  private void write(String name, Bytes content) throws IOException {
    if (finished) {
      throw new IllegalStateException("results already committed or abandoned: " + name);
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Path part = FolderSwap.beside(file, FolderSwap.PART);
    MessageDigest sha = sha256();
    try {
      try (OutputStream out = new DigestOutputStream(
          Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), sha)) {
        content.into(out);
      }
      FolderSwap.move(part, file);
    } catch (IOException e) {
      // a full disk or a folder made read-only during the run: say which folder, in plain words
      throw new UnusableFolderException("cannot write the results in " + target + ": " + FolderSwap.reason(e));
    } finally {
      Files.deleteIfExists(part);
    }
    files.put(name, new WrittenFile(name, Files.size(file), HexFormat.of().formatHex(sha.digest())));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
