package dev.deliverysim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a finished results folder replaces the previous one: it was filled beside the target (same
 * parent, so the same file system and a rename, not a copy), then the old folder is renamed aside
 * ({@code .NAME.old-<random>}), the new one renamed in, and the old one deleted. A crash at any
 * point leaves either the old folder or the new one in place, plus hidden leftovers that the next
 * writer into the same target clears — putting a result that was moved aside back first.
 */
final class FolderSwap {
  static final String TEMP = ".tmp-";
  static final String OLD = ".old-";
  static final String PART = ".part-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private FolderSwap() {}

  /**
   * Refuses a target that is a file, or a folder of other things than results: replacing it would
   * delete what the user keeps there. An empty folder, or one with a manifest, is a results folder.
   */
  static void check(Path target) throws UnusableFolderException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UnusableFolderException(target + " is a file; expected a folder for the results");
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve(ResultsWriter.MANIFEST)) && !isEmpty(target)) {
      throw new UnusableFolderException(target + " holds files but no " + ResultsWriter.MANIFEST
          + ": it is not a results folder, and writing there would replace what it holds;"
          + " choose another folder, or empty this one");
    }
    checkWritable(target);
  }

  /** Below this much free space a results folder (charts, CSVs, a report) may not fit. */
  static final long MIN_FREE_BYTES = 20L << 20;

  /**
   * Refuses a folder that cannot be written — read-only, not ours, or on a full disk — before any
   * computing, by creating (and removing) a hidden file in the nearest folder that exists: the
   * target's parent, or the first of its ancestors, where the target will be created.
   */
  static void checkWritable(Path target) throws UnusableFolderException {
    Path existing = target.toAbsolutePath().normalize().getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new UnusableFolderException(target + ": cannot be created, " + existing + " is not a folder");
    }
    try {
      Files.delete(Files.createTempFile(existing, ".deliverysim-probe-", ""));
      long free = Files.getFileStore(existing).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw new UnusableFolderException(target + ": the disk is full (" + (free >> 20) + " MiB free in "
            + existing + "); free some space or choose another folder with --out");
      }
    } catch (UnusableFolderException e) {
      throw e;
    } catch (IOException e) {
      throw new UnusableFolderException(target + ": cannot write in " + existing + " (" + reason(e)
          + "); choose another folder with --out");
    }
  }

  /** The operating system's words, without Java's class names. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Deletes the hidden {@code .part} files a killed writer left in {@code dir} (and its folders),
   * once they are older than {@code minutes}: a part lives for the milliseconds of one write, so
   * an old one is a leftover, while a young one may be another shard's write under way.
   */
  static void clearStaleParts(Path dir, long minutes) throws IOException {
    long cutoff = System.currentTimeMillis() - minutes * 60_000;
    Files.walkFileTree(dir, java.util.Set.of(), 2, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) throws IOException {
        String name = p.getFileName().toString();
        boolean part = name.startsWith(".") && (name.contains(PART) || name.endsWith(".part"));
        if (part && attributes.isRegularFile() && attributes.lastModifiedTime().toMillis() < cutoff) {
          Files.deleteIfExists(p);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
        // Shards of one sweep share the folder: another one's part may be renamed between the
        // listing and the look at its attributes. Gone is what we wanted anyway.
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
  }

  private static boolean isEmpty(Path folder) throws UnusableFolderException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UnusableFolderException("cannot read " + folder + ": " + e.getMessage());
    }
  }

  static Path parent(Path target) {
    Path parent = target.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a results folder needs a parent folder: " + target);
    }
    return parent;
  }

  /** A new, empty hidden folder beside {@code target}, named {@code .NAME<infix><random>}. */
  static Path fresh(Path target, String infix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(beside(target, infix));
      } catch (FileAlreadyExistsException e) {
        // a clash of 64 random bits: draw again
      }
    }
  }

  /** A path beside {@code target} that nothing uses yet (not created). */
  static Path beside(Path target, String infix) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + infix + Long.toHexString(RANDOM.nextLong()));
  }

  /**
   * Clears what a killed writer left beside {@code target}: unfinished folders go; a previous result
   * that was moved aside but never replaced comes back first, so no finished result is lost.
   */
  static void recover(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    String prefix = "." + absolute.getFileName();
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absolute.getParent(), prefix + ".*")) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix + TEMP) || name.startsWith(prefix + OLD)) {
          leftovers.add(p);
        }
      }
    }
    leftovers.sort(Comparator.comparing(Path::toString));
    for (Path p : leftovers) {
      if (!Files.exists(absolute) && p.getFileName().toString().startsWith(prefix + OLD)) {
        move(p, absolute);
      } else {
        delete(p);
      }
    }
  }

  /** Moves the finished folder {@code fresh} to {@code target}, replacing what was there. */
  static void swapIn(Path fresh, Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path old = null;
    if (Files.exists(absolute)) {
      old = beside(absolute, OLD);
      move(absolute, old);
    }
    try {
      move(fresh, absolute);
    } catch (IOException e) {
      if (old != null) {
        move(old, absolute); // put the previous result back before reporting the failure
      }
      throw e;
    }
    if (old != null) {
      delete(old);
    }
  }

  /** A rename; atomic where the file system can (always, within one folder on POSIX). */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a folder and everything in it (or a file); nothing if it is gone already. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
