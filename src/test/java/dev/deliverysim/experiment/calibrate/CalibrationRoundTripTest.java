package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A synthetic team with known parameters, exported as gh JSON, read back and fitted: the fit must
 * recover what was put in. 26 weeks from Monday 2026-01-05; 12 PRs a week by people on average, 3
 * by a bot; sizes lognormal with median 120 lines (σ = 0.8); first reviews ask for changes as the
 * model's reviews would at 10 defects per kloc and detection 0.6.
 */
class CalibrationRoundTripTest {
  private static final int WEEKS = 26;
  private static final double PEOPLE_PER_WEEK = 12;
  private static final double MEDIAN_SIZE = 120;
  private static final double SIGMA = 0.8;
  private static final double DEFECTS_PER_KLOC = 10;
  private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  static String syntheticGhJson(long seed) {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    ContinuousSampler size = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), Math.log(MEDIAN_SIZE), SIGMA);
    List<String> prs = new ArrayList<>();
    int number = 1;
    for (int week = 0; week < WEEKS; week++) {
      int people = PoissonSampler.of(rng, PEOPLE_PER_WEEK).sample();
      int bots = PoissonSampler.of(rng, 3).sample();
      for (int i = 0; i < people + bots; i++) {
        boolean bot = i >= people;
        // merged at a random moment of a weekday (Mon–Fri) of this week; opened 1–3 days earlier
        Instant merged = START.plus(Duration.ofDays(7L * week + rng.nextInt(5)))
            .plus(Duration.ofMinutes(rng.nextInt(24 * 60)));
        Instant opened = merged.minus(Duration.ofMinutes(60 + rng.nextInt(3 * 24 * 60)));
        Instant review = opened.plus(Duration.between(opened, merged).dividedBy(3));
        long lines = Math.max(1, Math.round(size.sample()));
        double found = 0.6 * Math.min(1, 400.0 / lines);
        boolean asked = rng.nextDouble() < 1 - Math.exp(-lines / 1000.0 * DEFECTS_PER_KLOC * found);
        String author = bot ? "dependabot[bot]" : "dev" + rng.nextInt(8);
        prs.add(String.format(Locale.ROOT, "{\"number\": %d, \"author\": {\"login\": \"%s\"}, \"createdAt\": \"%s\","
            + " \"mergedAt\": \"%s\", \"closedAt\": \"%s\", \"additions\": %d, \"deletions\": 0, \"reviews\": ["
            + "{\"author\": {\"login\": \"rev\"}, \"state\": \"%s\", \"submittedAt\": \"%s\"}]}",
            number++, author, opened, merged, merged, lines, asked ? "CHANGES_REQUESTED" : "APPROVED", review));
      }
    }
    return "[\n" + String.join(",\n", prs) + "\n]\n";
  }

  /** The same team's PRs as a Jira export and as stage rows (people's only, no bots: Jira has none). */
  static String[] asJiraAndStages(ImportedHistory gh) {
    StringBuilder jira = new StringBuilder("Issue key,Issue Type,Status,Created,Resolved\n");
    StringBuilder stages = new StringBuilder("id,stage,entered_at\n");
    for (ObservedPr pr : gh.humans()) {
      jira.append("DEV-").append(pr.id().substring(1)).append(",Story,Done,").append(pr.opened()).append(',')
          .append(pr.finished()).append('\n');
      // in reverse order: the reader sorts each item's rows by time
      stages.append(pr.id()).append(",done,").append(pr.finished()).append('\n');
      stages.append(pr.id()).append(",coding,").append(pr.opened()).append('\n');
    }
    return new String[] {jira.toString(), stages.toString(), gitLog(gh)};
  }

  /** The same PRs as squash merges in a git log, newest first: authored when opened, committed when merged. */
  private static String gitLog(ImportedHistory gh) {
    StringBuilder log = new StringBuilder();
    List<ObservedPr> prs = new java.util.ArrayList<>(gh.humans());
    prs.sort(java.util.Comparator.comparing(ObservedPr::finished).reversed());
    for (ObservedPr pr : prs) {
      String sha = String.format(Locale.ROOT, "%040x", Long.parseLong(pr.id().substring(1)));
      log.append("commit ").append(sha).append("\nAuthor:     ").append(pr.author()).append(" <x@example.com>\n")
          .append("AuthorDate: ").append(pr.opened()).append("\nCommit:     GitHub <noreply@github.com>\n")
          .append("CommitDate: ").append(pr.finished()).append("\n\n    Change (").append(pr.id()).append(")\n\n")
          .append(pr.lines()).append("\t0\tsrc/a.txt\n\n");
    }
    return log.toString();
  }

  @Test
  void everyFormatOfTheSameTeamGivesTheSameThroughputAndCycleTime() throws Exception {
    ImportedHistory gh = GitHubPrReader.read(new ByteArrayInputStream(syntheticGhJson(5).getBytes(StandardCharsets.UTF_8)),
        "synthetic.json", new Pseudonyms(false));
    String[] exports = asJiraAndStages(gh);
    ImportedHistory jira = JiraCsvReader.read(new java.io.StringReader(exports[0]), "synthetic.csv", new Pseudonyms(false));
    ImportedHistory stages = StageCsvReader.read(new java.io.StringReader(exports[1]), "stages.csv",
        new Pseudonyms(false));
    ImportedHistory git = GitPullRequests.of(GitLogReader.read(new java.io.BufferedReader(
        new java.io.StringReader(exports[2])), "git.log"), "git.log", new Pseudonyms(false));
    Window window = new Window(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-05").plusWeeks(WEEKS));
    Calibration fromGh = Calibration.of(gh, window, 8);
    Calibration fromGit = Calibration.of(git, window, 8);
    assertEquals(fromGh.size(), fromGit.size(), "the same sizes, the same law");
    assertEquals(fromGh.authors(), fromGit.authors());
    for (ImportedHistory other : List.of(jira, stages, git)) {
      Calibration c = Calibration.of(other, window, 8);
      assertEquals(fromGh.people(), c.people(), other.format());
      assertEquals(fromGh.throughputPerWeek(), c.throughputPerWeek(), 1e-12, other.format());
      assertEquals(fromGh.cycleHours(0.5), c.cycleHours(0.5), 1e-9, other.format());
      assertEquals(fromGh.cycleHours(0.85), c.cycleHours(0.85), 1e-9, other.format());
      assertEquals(fromGh.cycle().family(), c.cycle().family(), other.format());
    }
  }

  private static Calibration calibrate(long seed) throws Exception {
    ImportedHistory h = GitHubPrReader.read(new ByteArrayInputStream(syntheticGhJson(seed).getBytes(StandardCharsets.UTF_8)),
        "synthetic.json", new Pseudonyms(false));
    return Calibration.of(h, new Window(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-05").plusWeeks(WEEKS)), 8);
  }

  @Test
  void recoversTheRateTheSizeLawTheBotShareAndTheDefectRate() throws Exception {
    Calibration c = calibrate(2026);
    assertEquals(PEOPLE_PER_WEEK, c.throughputPerWeek(), 1.5, "people's PRs per week, bots apart");
    assertEquals(3.0 / 15, c.botShare(), 0.04);
    assertEquals("lognormal", c.size().family());
    assertEquals(MEDIAN_SIZE * Math.exp(SIGMA * SIGMA / 2), c.size().mean(), 0.12 * c.size().mean());
    assertEquals(Math.sqrt(Math.exp(SIGMA * SIGMA) - 1), c.size().cv(), 0.15);
    double rate = DefectsFromRounds.rate(c.sizes(), c.changesRequested(), 0.6, 400);
    assertEquals(DEFECTS_PER_KLOC, rate, 0.2 * DEFECTS_PER_KLOC, "defects per kloc from review rounds");
    assertEquals(8, c.authors(), "eight people, the bot not among them");
    assertEquals(WEEKS, c.weekly().length);
  }

  @Test
  void theFittedScenarioLoadsAndEveryValueSaysWhereItCameFrom() throws Exception {
    Calibration c = calibrate(7);
    String yaml = FittedScenario.yaml(c, "synthetic-calibrated");
    LoadedScenario loaded = ScenarioLoader.loadString(yaml, "synthetic-calibrated.yaml", List.of());
    assertEquals("synthetic-calibrated", loaded.scenario().name());
    boolean inDelivery = false;
    for (String line : yaml.lines().toList()) {
      inDelivery |= line.equals("delivery:");
      boolean value = inDelivery && line.matches("\\s+[a-z_\\- ]+: .*") && !line.strip().startsWith("#");
      if (value && !line.strip().startsWith("- name:") && !line.contains("name: devs")) {
        assertTrue(line.contains("# fitted: ") || line.contains("# assumption"), "no source for: " + line);
      }
    }
    assertTrue(yaml.contains("rate: " + Fmt.num(c.throughputPerWeek()) + "/w   # fitted: " + c.people() + " PRs, "
        + "2026-01-05..2026-07-05"), yaml);
    assertTrue(yaml.contains("defects_per_kloc: " + Fmt.num(DefectsFromRounds.rate(c.sizes(), c.changesRequested(), 0.6,
        400)) + "   # fitted: "), yaml);
    assertTrue(yaml.contains("task_effort: {lognormal: {mean: " + Fmt.num(c.size().mean() / 20) + "h"), yaml);
  }
}
