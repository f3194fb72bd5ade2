package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.Screenshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's {@code report.html} opened in a real headless Chromium, as a reader would open it:
 * every image decodes (the page's own check, read from the DOM after load) and the screenshot is
 * not blank. Without Chromium the test is skipped — unless {@code DELIVERYSIM_REQUIRE_BROWSER=1},
 * as CI sets after installing Debian's {@code chromium}, where a missing browser fails.
 */
class ReportInBrowserTest {
  @TempDir Path tmp;

  @Test
  void theReportRendersWithEveryImageLoadedAndIsNotBlank() throws Exception {
    Path browser = browser();
    Path results = tmp.resolve("results");
    Cli cli = Cli.run("run", "scenarios/pipeline.yaml", "--out", results.toString(), "--quiet");
    assertEquals(0, cli.exit(), cli.err());
    String url = results.resolve("report.html").toUri().toString();

    String dom = chromium(browser, "--virtual-time-budget=5000", "--dump-dom", url);
    Matcher loaded = Pattern.compile("data-images-loaded=\"(\\d+)/(\\d+)\"").matcher(dom);
    assertTrue(loaded.find(), "the page's load check ran: " + dom.substring(0, Math.min(300, dom.length())));
    assertEquals("5", loaded.group(2), "five charts in the report of a network");
    assertEquals(loaded.group(2), loaded.group(1), "every image decoded");

    Path shot = tmp.resolve("report.png");
    chromium(browser, "--window-size=1200,2400", "--screenshot=" + shot, url);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1200, image.getWidth());
    Screenshot drawn = Screenshot.of(image);
    assertTrue(drawn.inked() > drawn.sampled() / 10,
        "more than a tenth of the page is drawn on: " + drawn.inked() + "/" + drawn.sampled());
    assertTrue(drawn.colours() > 100, "text and charts, not a flat page: " + drawn.colours() + " colours");
  }

  /** Every other command's report, opened the same way: every image decodes. */
  @Test
  void everyCommandsReportLoadsEveryImage() throws Exception {
    Path browser = browser();
    List<List<String>> commands = List.of(
        List.of("compare", "scenarios/baseline.yaml", "scenarios/ai-adoption.yaml", "--replications", "4",
            "--set", "run.horizon=6w", "--set", "run.warmup=1w"),
        List.of("sweep", "scenarios/ux-dev-qa.yaml", "--replications", "3"),
        List.of("sensitivity", "scenarios/pipeline.yaml", "--replications", "4", "--param", "stations[1].servers",
            "--param", "job_classes[0].arrivals.rate"),
        List.of("forecast", "scenarios/forecast-backlog.yaml", "--start", "2026-12-01", "--target", "2027-03-31",
            "--replications", "8"),
        List.of("run", "scenarios/small-team.yaml", "--replications", "4"),
        List.of("sweep", "scenarios/ux-dev-qa.yaml", "--replications", "2", "--param", "stations[1].servers=1,2",
            "--param", "stations[2].servers=1,2"),
        List.of("sweep", "scenarios/ux-dev-qa.yaml", "--replications", "2", "--param",
            "stations[1].service.lognormal.mean=1d,2d"));
    // compare: forest, change over time, hours; a delivery run: five flow charts, the aging chart and
    // the time in each state; two parameters: two heatmaps; values that are not numbers: a bar chart
    int[] images = {3, 2, 1, 1, 7, 2, 1};
    for (int i = 0; i < commands.size(); i++) {
      Path out = tmp.resolve("report-" + i);
      List<String> args = new ArrayList<>(commands.get(i));
      args.addAll(List.of("--out", out.toString(), "--quiet"));
      Cli cli = Cli.run(args.toArray(String[]::new));
      assertEquals(0, cli.exit(), args + ": " + cli.err());
      String dom = chromium(browser, "--virtual-time-budget=5000", "--dump-dom", out.resolve("report.html").toUri().toString());
      Matcher loaded = Pattern.compile("data-images-loaded=\"(\\d+)/(\\d+)\"").matcher(dom);
      assertTrue(loaded.find(), args.get(0) + ": the page's load check ran");
      assertEquals(images[i] + "/" + images[i], loaded.group(1) + "/" + loaded.group(2), args.get(0));
    }
  }

  private static Path browser() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    boolean required = "1".equals(System.getenv("DELIVERYSIM_REQUIRE_BROWSER"));
    assertTrue(!required, "DELIVERYSIM_REQUIRE_BROWSER=1 but no Chromium found (apt-get install -y chromium)");
    Assumptions.assumeTrue(false, "no Chromium on this machine: apt-get install -y chromium to run this test");
    return null;
  }

  /** Runs headless Chromium with the flags that keep it quiet and offline; returns its stdout. */
  private String chromium(Path browser, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(tmp, "chromium", ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
    assertEquals(0, process.exitValue(), Files.readString(log));
    return new String(out, StandardCharsets.UTF_8);
  }
}
