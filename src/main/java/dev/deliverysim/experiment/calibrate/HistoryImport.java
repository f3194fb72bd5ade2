package dev.deliverysim.experiment.calibrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Reads a team's history from what it has: a git repository (running {@code git log} itself), a
 * file of {@code git log} output, GitHub PR JSON, a Jira CSV export or a CSV of stage timestamps.
 * Every file is streamed: its size bounds neither memory nor time beyond one small record per change.
 */
public final class HistoryImport {
  /** The formats read, as {@code --format} names them. */
  public enum Format {
    GIT, GITHUB, JIRA, STAGES;

    public static Format of(String name) throws CalibrationInputException {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CalibrationInputException("--format: expected git, github, jira or stages, received: '" + name + "'");
      }
    }
  }

  /** How to run git on a repository: how long it may take, and from when. */
  public record GitOptions(Duration timeout, String since) {}

  private HistoryImport() {}

  public static ImportedHistory read(Path source, Format format, Pseudonyms names, GitOptions git)
      throws IOException, CalibrationInputException {
    if (!Files.exists(source)) {
      throw new CalibrationInputException(source + ": no such file or folder");
    }
    if (Files.isDirectory(source)) {
      if (format != null && format != Format.GIT) {
        throw new CalibrationInputException(source + ": a folder is read as a git repository, not as " + format);
      }
      return GitRepository.log(source, names, git);
    }
    if (!Files.isRegularFile(source)) {
      throw new CalibrationInputException(source + ": not a regular file (a device, a pipe or a socket)");
    }
    Format f = format != null ? format : detect(source);
    try (InputStream in = Files.newInputStream(source)) {
      return switch (f) {
        case GIT -> GitPullRequests.of(GitLogReader.read(new BufferedReader(utf8(in)), source.toString()),
            source.toString(), names);
        case GITHUB -> GitHubPrReader.read(in, source.toString(), names);
        case JIRA -> JiraCsvReader.read(utf8(in), source.toString(), names);
        case STAGES -> StageCsvReader.read(utf8(in), source.toString(), names);
      };
    } catch (CharacterCodingException e) {
      throw new CalibrationInputException(source + ": not UTF-8 text (" + e.getMessage() + "); export it as UTF-8");
    }
  }

  /** By its name (.json, .csv) and, for a CSV, its header; anything else is read as a git log. */
  static Format detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.GITHUB;
    }
    if (name.endsWith(".csv")) {
      try (BufferedReader in = new BufferedReader(utf8(Files.newInputStream(file)))) {
        String header = in.readLine();
        return header != null && header.toLowerCase(Locale.ROOT).contains("entered_at") ? Format.STAGES : Format.JIRA;
      }
    }
    return Format.GIT;
  }

  static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Runs {@code git log} in a repository and reads its output as it comes. */
  static final class GitRepository {
    private GitRepository() {}

    static ImportedHistory log(Path repo, Pseudonyms names, GitOptions options)
        throws IOException, CalibrationInputException {
      return log(repo, names, options, "git");
    }

    /** With another executable in git's place: how tests stand in a missing or a hanging git. */
    static ImportedHistory log(Path repo, Pseudonyms names, GitOptions options, String executable)
        throws IOException, CalibrationInputException {
      List<String> command = new ArrayList<>(List.of(executable, "-C", repo.toString(), "log", "--pretty=fuller",
          "--date=iso-strict", "--numstat", "--parents", "--no-color", "--no-decorate"));
      if (options.since() != null) {
        command.add("--since=" + options.since());
      }
      Path errors = Files.createTempFile("deliverysim-git", ".err");
      Process git;
      try {
        git = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      } catch (IOException e) {
        Files.deleteIfExists(errors);
        throw new CalibrationInputException(repo + ": cannot run git (" + e.getMessage() + "): install git, or"
            + " give a file holding the output of: git log --pretty=fuller --date=iso-strict --numstat");
      }
      java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
      Thread watchdog = new Thread(() -> {
        try {
          if (!git.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            timedOut.set(true);
            stop(git);
          }
        } catch (InterruptedException e) {
          stop(git);
        }
      }, "git-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      try {
        git.getOutputStream().close();
        List<GitLogReader.Commit> commits;
        String source = repo + " (git log)";
        try (BufferedReader out = new BufferedReader(utf8(git.getInputStream()))) {
          commits = GitLogReader.read(out, source);
        } catch (CalibrationInputException e) {
          int exit = waitFor(git);
          if (exit != 0) {
            throw failed(repo, exit, errors, options, timedOut.get());
          }
          throw e;
        }
        int exit = waitFor(git);
        if (exit != 0) {
          throw failed(repo, exit, errors, options, timedOut.get());
        }
        return GitPullRequests.of(commits, source, names);
      } finally {
        stop(git);
        Files.deleteIfExists(errors);
      }
    }

    /** Stops git and whatever it started (a child holding the output pipe open would keep the reader waiting). */
    private static void stop(Process git) {
      git.descendants().forEach(ProcessHandle::destroyForcibly);
      git.destroyForcibly();
    }

    private static int waitFor(Process git) throws IOException {
      try {
        return git.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while git ran", e);
      }
    }

    /**
     * Why git stopped: the watchdog's timeout (known for certain: a shell whose child was killed
     * may still print "Killed" and exit 137), or git's own first error line.
     */
    private static CalibrationInputException failed(Path repo, int exit, Path errors, GitOptions options,
        boolean timedOut) throws IOException {
      String first = Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
          .findFirst().orElse("");
      if (timedOut) {
        return new CalibrationInputException(repo + ": git log did not finish within " + options.timeout().toSeconds()
            + " s (--git-timeout); calibrate on a shorter period with --since");
      }
      return new CalibrationInputException(repo + ": git log failed (exit " + exit + "): " + first);
    }
  }
}
