package dev.deliverysim.experiment.calibrate;

import dev.deliverysim.experiment.calibrate.GitLogReader.Commit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pull requests in a git history. A merge commit whose subject names a PR
 * ({@code Merge pull request #123 from …}, or any {@code #123}) is one: merged at its commit date,
 * opened at the earliest author date of the commits it brought in (the branch, walked from its
 * second parent back to the main line — with {@code --parents}; without, the branch's last commit
 * alone), its size their changed lines, its author theirs. A commit on its own whose subject ends
 * in {@code (#123)} is a squash merge: opened at its author date, merged at its commit date. A
 * merge without a PR number (a branch merged by hand) and a PR number seen twice are warnings. A
 * history without any PR (commits pushed straight to the main line) is read commit by commit.
 */
final class GitPullRequests {
  private static final Pattern MERGE_PR = Pattern.compile("#(\\d+)");
  private static final Pattern SQUASH_PR = Pattern.compile("\\(#(\\d+)\\)\\s*$");
  private static final Pattern FROM_USER = Pattern.compile("from ([^/\\s]+)/(\\S+)");
  /** A branch longer than this is not one PR's: stop walking (a merge of a long-lived branch). */
  private static final int MAX_BRANCH = 10_000;

  private final String source;
  private final Pseudonyms names;
  private final Map<String, Commit> bySha = new HashMap<>();
  private final TreeMap<String, Commit> sorted = new TreeMap<>();
  private final Set<String> mainline = new HashSet<>();
  private final Set<String> claimed = new HashSet<>();
  private final Map<String, ObservedPr> prs = new LinkedHashMap<>();
  private final Map<String, Integer> bots = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();
  private int unnumbered;
  private boolean commitByCommit;
  private long unnumberedFirstLine;

  private GitPullRequests(String source, Pseudonyms names) {
    this.source = source;
    this.names = names;
  }

  static ImportedHistory of(List<Commit> commits, String source, Pseudonyms names) {
    GitPullRequests g = new GitPullRequests(source, names);
    for (Commit c : commits) {
      g.bySha.put(c.sha(), c);
      g.sorted.put(c.sha(), c);
    }
    g.walkMainline(commits.get(0));
    for (Commit c : commits) {
      if (c.merge()) {
        g.merge(c);
      }
    }
    for (Commit c : commits) {
      if (!c.merge() && !g.claimed.contains(c.sha())) {
        g.squash(c);
      }
    }
    if (g.unnumbered > 0) {
      g.warnings.add(source + ":" + g.unnumberedFirstLine + ": " + g.unnumbered + " merge commit"
          + (g.unnumbered == 1 ? "" : "s") + " without a PR number (#123) in the subject, skipped (branches merged by"
          + " hand); the first is here");
    }
    if (g.prs.isEmpty()) {
      g.warnings.add(source + ": no pull requests found (no merge commit names one, #123, and no subject ends in"
          + " (#123)): each commit is read as one change, with no cycle time (a commit does not say when its work"
          + " began)");
      g.commitByCommit = true;
      for (Commit c : commits) {
        if (!c.merge()) {
          g.add(c.sha().substring(0, Math.min(12, c.sha().length())), c, c.author(), c.bot(), null, c.lines());
        }
      }
    }
    return new ImportedHistory(source, g.commitByCommit ? "git-commits" : "git", List.copyOf(g.prs.values()), g.bots,
        g.warnings);
  }

  /** The first-parent chain from the newest commit: what branches were merged into. */
  private void walkMainline(Commit head) {
    Commit c = head;
    while (c != null && mainline.add(c.sha())) {
      c = c.parents().isEmpty() ? null : find(c.parents().get(0));
    }
  }

  private void merge(Commit m) {
    Matcher number = MERGE_PR.matcher(m.subject());
    if (!number.find()) {
      if (unnumbered++ == 0) {
        unnumberedFirstLine = m.line();
      }
      return;
    }
    List<Commit> branch = branch(m);
    Commit tip = find(m.parents().get(1));
    Matcher from = FROM_USER.matcher(m.subject());
    String who = tip != null ? tip.author() : from.find() ? from.group(1) : m.author();
    boolean bot = tip != null ? tip.bot() : Bots.isBot(m.subject());
    Instant opened = null;
    long lines = branch.isEmpty() ? -1 : 0;
    for (Commit c : branch) {
      opened = opened == null || c.authorDate().isBefore(opened) ? c.authorDate() : opened;
      lines += c.lines();
    }
    add("#" + number.group(1), m, who, bot, opened, lines);
  }

  private void squash(Commit c) {
    Matcher number = SQUASH_PR.matcher(c.subject());
    if (number.find()) {
      add("#" + number.group(1), c, c.author(), c.bot(), c.authorDate(), c.lines());
    }
  }

  /** {@code id}: "#123" for a pull request, the commit's short SHA when the history has none. */
  private void add(String id, Commit c, String who, boolean bot, Instant opened, long lines) {
    if (prs.containsKey(id)) {
      warnings.add(source + ":" + c.line() + ": PR " + id + " is merged a second time here; the first (newest)"
          + " is kept");
      return;
    }
    if (bot) {
      bots.merge(who, 1, Integer::sum); // a bot's name is not a person's: reported as it is
    }
    String author = bot ? who : names.of(who);
    prs.put(id, new ObservedPr(id, author, bot, opened, null, null, c.commitDate(), false, lines, -1));
  }

  /** The commits a merge brought in: from its second parent back to the main line or a claimed commit. */
  private List<Commit> branch(Commit merge) {
    List<Commit> branch = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(merge.parents().get(1));
    while (!todo.isEmpty() && branch.size() < MAX_BRANCH) {
      Commit c = find(todo.pop());
      if (c == null || mainline.contains(c.sha()) || !claimed.add(c.sha())) {
        continue;
      }
      branch.add(c);
      if (!c.abbreviatedParents()) {
        c.parents().forEach(todo::push);
      }
    }
    return branch;
  }

  /** A commit by its hash, or by an abbreviation of it (the {@code Merge:} line's). */
  private Commit find(String sha) {
    Commit c = bySha.get(sha);
    if (c != null) {
      return c;
    }
    Map.Entry<String, Commit> next = sorted.ceilingEntry(sha);
    return next != null && next.getKey().startsWith(sha) ? next.getValue() : null;
  }
}
