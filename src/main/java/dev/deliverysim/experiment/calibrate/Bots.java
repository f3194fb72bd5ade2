package dev.deliverysim.experiment.calibrate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an author is a bot: a {@code [bot]} suffix (GitHub apps), or a known automation account
 * (dependabot, renovate, github-actions, …). Their PRs are counted apart: they need reviews but
 * nobody codes them.
 */
final class Bots {
  private static final Pattern KNOWN = Pattern.compile(
      "(\\[bot]|-bot\\b|\\bbot\\b|dependabot|renovate|github-actions|greenkeeper|snyk-bot|pre-commit-ci|mergify"
          + "|allcontributors|imgbot|whitesource|codecov)", Pattern.CASE_INSENSITIVE);

  private Bots() {}

  /** Whether {@code name} (a login, a commit author's name or e-mail) belongs to a bot. */
  static boolean isBot(String name) {
    return name != null && KNOWN.matcher(name.toLowerCase(Locale.ROOT)).find();
  }
}
