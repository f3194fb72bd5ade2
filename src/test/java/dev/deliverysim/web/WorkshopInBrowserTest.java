package dev.deliverysim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.Screenshot;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workshop page in a real headless Chromium driven by Selenium (Debian's {@code chromium} and
 * {@code chromium-driver}; nothing downloaded), as a facilitator uses it: keys move a lever, the
 * numbers and the bottleneck change, the room's guess shows beside the result, the trail grows,
 * stepping the replay moves work into the stages; no
 * console error, no request leaves 127.0.0.1, the screenshot is not blank (kept as
 * {@code target/workshop-page.png} to look at). Without the browser the test is skipped — unless
 * {@code DELIVERYSIM_REQUIRE_BROWSER=1}, as CI sets, where it fails.
 */
class WorkshopInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path tmp;

  @Test
  void movingALeverChangesTheNumbersAndTheBottleneck() throws Exception {
    requireBrowser();
    WorkshopApi api = new WorkshopApi(List.of(
        ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"), List.of("run.horizon=30w", "run.warmup=4w"))),
        20, 2, 1);
    try (WorkshopServer server = WorkshopServer.start("127.0.0.1", 0, api)) {
      WebDriver driver = driver();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> rows(d) == 1);
        String before = text(driver, ".card[data-metric=throughput] .value");
        assertEquals("dev", driver.findElement(By.cssSelector("tr.bottleneck")).getAttribute("data-stage"));

        driver.findElement(By.tagName("body")).sendKeys("g");
        driver.switchTo().activeElement().sendKeys("+25%\n");
        driver.findElement(By.tagName("body")).sendKeys("1+"); // lever 1 (Developers): one more
        wait.until(d -> rows(d) == 2);
        String after = text(driver, ".card[data-metric=throughput] .value");
        assertNotEquals(before, after, "throughput moved");
        assertTrue(Double.parseDouble(after) > Double.parseDouble(before), before + " → " + after);
        assertEquals("qa", driver.findElement(By.cssSelector("tr.bottleneck")).getAttribute("data-stage"));
        assertEquals("3", text(driver, "#lever-value-0"));
        assertTrue(text(driver, "#guessShown").contains("+25%"), "the room's guess beside the result");
        assertTrue(text(driver, "#trail").contains("Developers = 3"), text(driver, "#trail"));

        driver.findElement(By.tagName("body")).sendKeys("r"); // the replay of replication 0, at this setting
        wait.until(d -> "0".equals(d.findElement(By.id("replayTime")).getAttribute("data-frame")));
        String atStart = tokens(driver);
        driver.findElement(By.tagName("body")).sendKeys(".".repeat(30));
        assertEquals("30", driver.findElement(By.id("replayTime")).getAttribute("data-frame"));
        String later = tokens(driver);
        assertNotEquals(atStart, later, "work moved into the stages");
        driver.findElement(By.tagName("body")).sendKeys(",.");
        assertEquals("30", driver.findElement(By.id("replayTime")).getAttribute("data-frame"));
        assertEquals(later, tokens(driver), "a frame shows the same work every time");
        java.util.Map<String, String> here = items(driver);
        assertTrue(here.size() > 3, "individual items: " + here);
        assertEquals(3, driver.findElements(By.cssSelector(".replayStage[data-stage=dev] .server")).size(),
            "a slot for each of the 3 developers");
        assertTrue(driver.findElements(By.cssSelector(".server.busy .token[data-item]")).size() > 0, "someone busy");
        driver.findElement(By.tagName("body")).sendKeys(".");
        java.util.Map<String, String> next = items(driver);
        assertTrue(here.keySet().stream().anyMatch(item -> next.containsKey(item) && !next.get(item).equals(here.get(item))),
            "an item moved on, from " + here + " to " + next);
        driver.findElement(By.tagName("body")).sendKeys(",");
        assertEquals(here, items(driver), "stepping back shows the same items where they were");
        byte[] replayShot = driver.findElement(By.id("replaySection")).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "workshop-replay.png"), replayShot); // to look at
        Screenshot shot = Screenshot.of(ImageIO.read(new ByteArrayInputStream(replayShot)));
        assertTrue(shot.inked() > shot.sampled() / 20 && shot.colours() > 20, "the replay is drawn: " + shot);
        assertTrue(driver.findElements(By.cssSelector("#replayCfd path")).size() > 3, "the CFD is drawn");

        driver.findElement(By.tagName("body")).sendKeys("h2+"); // predict, then reveal: a tester more, hidden
        wait.until(d -> rows(d) == 3);
        assertTrue(!driver.findElement(By.id("shown")).isDisplayed(), "the result waits for the reveal");
        assertTrue(text(driver, "#trail tr:nth-child(2)").contains("?"), "and the trail does not give it away");
        driver.findElement(By.tagName("body")).sendKeys(" ");
        assertTrue(driver.findElement(By.id("shown")).isDisplayed(), "revealed");
        assertTrue(!text(driver, "#trail tr:nth-child(2)").contains("?"), text(driver, "#trail"));

        List<String> remote = ((List<?>) ((JavascriptExecutor) driver).executeScript(
            "return performance.getEntriesByType('resource').map(e => e.name)")).stream().map(String::valueOf)
            .filter(url -> !url.startsWith(server.uri().toString())).toList();
        assertEquals(List.of(), remote, "every request stays on 127.0.0.1");
        assertEquals(List.of(), consoleErrors(driver), "no console errors");
        notBlank(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      } finally {
        driver.quit();
      }
    }
  }

  /** The dice game with a rope, replayed: matches as items, each player a slot, busy when it passed something on. */
  @Test
  void theDiceGameReplaysItsMatchesAndPlayers() throws Exception {
    requireBrowser();
    WorkshopApi api = new WorkshopApi(List.of(ScenarioLoader.load(Path.of("scenarios/games/dice-dbr.yaml"), List.of())),
        20, 2, 1);
    try (WorkshopServer server = WorkshopServer.start("127.0.0.1", 0, api)) {
      WebDriver driver = driver();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> rows(d) == 1);
        assertTrue(text(driver, "#verdict").startsWith("P3 is the constraint"), text(driver, "#verdict"));
        driver.findElement(By.tagName("body")).sendKeys("r");
        wait.until(d -> "0".equals(d.findElement(By.id("replayTime")).getAttribute("data-frame")));
        driver.findElement(By.tagName("body")).sendKeys(".".repeat(20));
        assertEquals("20", driver.findElement(By.id("replayTime")).getAttribute("data-frame"));
        for (String player : List.of("p1", "p2", "p3", "p4", "p5")) {
          assertEquals(1, driver.findElements(By.cssSelector(".replayStage[data-stage=" + player + "] .server")).size(),
              player + " plays alone");
        }
        assertTrue(driver.findElements(By.cssSelector(".server.busy")).size() > 0, "someone passed matches on");
        java.util.Map<String, String> here = items(driver);
        long betweenGateAndPastDrum = here.values().stream().filter(v -> v.startsWith("p2") || v.startsWith("p3")).count();
        assertTrue(betweenGateAndPastDrum <= 15, "the rope holds at most 15 between p1 and past p3: " + here);
        driver.findElement(By.tagName("body")).sendKeys(".");
        java.util.Map<String, String> next = items(driver);
        assertTrue(here.keySet().stream().anyMatch(item -> next.containsKey(item) && !next.get(item).equals(here.get(item))),
            "a match moved on, from " + here + " to " + next);
        byte[] png = driver.findElement(By.id("replaySection")).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "workshop-dice-replay.png"), png); // to look at
        Screenshot shot = Screenshot.of(ImageIO.read(new ByteArrayInputStream(png)));
        assertTrue(shot.inked() > shot.sampled() / 20 && shot.colours() > 20, "the replay is drawn: " + shot);
        assertEquals(List.of(), consoleErrors(driver), "no console errors");
      } finally {
        driver.quit();
      }
    }
  }

  /**
   * The AI story replayed: PRs as numbered tokens that move from stage to stage, and each team's
   * people, whose dots change with what they do; kept as {@code target/workshop-ai-replay.png}. Then
   * the security review's tab: its own stage and its AppSec team show up
   * ({@code target/workshop-security-replay.png}).
   */
  @Test
  void theAiStoryReplaysItsPrsAndPeople() throws Exception {
    requireBrowser();
    WorkshopApi api = new WorkshopApi(List.of(ScenarioLoader.load(Path.of("scenarios/ai-adoption.yaml"), List.of()),
        ScenarioLoader.load(Path.of("scenarios/security-review.yaml"), List.of())), 20, 2, 1);
    try (WorkshopServer server = WorkshopServer.start("127.0.0.1", 0, api)) {
      WebDriver driver = driver();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> rows(d) == 1);
        driver.findElement(By.tagName("body")).sendKeys("r");
        wait.until(d -> "0".equals(d.findElement(By.id("replayTime")).getAttribute("data-frame")));
        driver.findElement(By.tagName("body")).sendKeys(".".repeat(40));
        assertEquals("40", driver.findElement(By.id("replayTime")).getAttribute("data-frame"));
        java.util.Map<String, String> here = items(driver);
        assertTrue(here.size() > 5, "PRs in the stages: " + here);
        assertTrue(driver.findElements(By.cssSelector(".replayStage[data-stage=review] .token.pr")).size() > 0,
            "PRs at review: " + here);
        java.util.Map<String, String> people = people(driver);
        assertEquals(12, people.size(), "ten developers and two testers: " + people);
        driver.findElement(By.tagName("body")).sendKeys("..");
        java.util.Map<String, String> next = items(driver);
        assertTrue(here.keySet().stream().anyMatch(item -> next.containsKey(item) && !next.get(item).equals(here.get(item))),
            "a PR moved on, from " + here + " to " + next);
        java.util.Map<String, String> later = people(driver);
        assertTrue(people.keySet().stream().anyMatch(p -> !people.get(p).equals(later.get(p))),
            "someone's state changed, from " + people + " to " + later);
        driver.findElement(By.tagName("body")).sendKeys(",,");
        assertEquals(here, items(driver), "stepping back shows the same PRs where they were");
        assertEquals(people, people(driver), "and the same people doing the same");
        Thread.sleep(400); // the tokens' slide ends
        byte[] png = driver.findElement(By.id("replaySection")).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "workshop-ai-replay.png"), png); // to look at
        Screenshot shot = Screenshot.of(ImageIO.read(new ByteArrayInputStream(png)));
        assertTrue(shot.inked() > shot.sampled() / 20 && shot.colours() > 20, "the replay is drawn: " + shot);
        assertTrue(driver.findElements(By.cssSelector("#replayCfd path")).size() > 3, "the chart is drawn");

        driver.findElement(By.cssSelector("nav button[data-id='1']")).click();
        wait.until(d -> rows(d) == 2);
        driver.findElement(By.tagName("body")).sendKeys("r");
        wait.until(d -> "0".equals(d.findElement(By.id("replayTime")).getAttribute("data-frame")));
        driver.findElement(By.tagName("body")).sendKeys(".".repeat(60));
        assertEquals(1, driver.findElements(By.cssSelector(".replayStage[data-stage=security]")).size(), "its own stage");
        assertEquals(1, driver.findElements(By.cssSelector(".replayStage[data-stage=staging-soak]")).size(), "a delay");
        assertEquals(2, driver.findElements(By.cssSelector(".team[data-team=appsec] .person")).size(), "the AppSec team");
        Thread.sleep(400);
        Files.write(Path.of("target", "workshop-security-replay.png"),
            driver.findElement(By.id("replaySection")).getScreenshotAs(OutputType.BYTES)); // to look at
        assertEquals(List.of(), consoleErrors(driver), "no console errors");
      } finally {
        driver.quit();
      }
    }
  }

  /**
   * Esc while a replay is being recorded cancels it: the page says so and shows nothing of the
   * answer that may still come, and a later R records it again. The organisation is large (400
   * developers, a year) so that recording takes a while.
   */
  @Test
  void escCancelsAReplayBeingRecorded() throws Exception {
    requireBrowser();
    WorkshopApi api = new WorkshopApi(List.of(ScenarioLoader.load(Path.of("scenarios/baseline.yaml"),
        List.of("delivery.teams[1].headcount=400", "delivery.gates[0].machines=200", "run.horizon=52w"))), 2, 2, 1);
    try (WorkshopServer server = WorkshopServer.start("127.0.0.1", 0, api)) {
      WebDriver driver = driver();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.until(d -> rows(d) == 1);
        driver.findElement(By.tagName("body")).sendKeys("r" + Keys.ESCAPE);
        assertEquals("Recording cancelled.", text(driver, "#replayTime"));
        Thread.sleep(3000); // whatever the server still answers comes in this time, and is not shown
        assertEquals("Recording cancelled.", text(driver, "#replayTime"));
        assertNull(driver.findElement(By.id("replayTime")).getAttribute("data-frame"), "no frame shown");
        driver.findElement(By.tagName("body")).sendKeys("r");
        wait.until(d -> "0".equals(d.findElement(By.id("replayTime")).getAttribute("data-frame")));
        // the cancelled request's answer, 409, is the API's word for "cancelled": Chrome logs any such status
        List<String> errors = consoleErrors(driver).stream()
            .filter(m -> !m.contains("/api/replay - Failed to load resource: the server responded with a status of 409"))
            .toList();
        assertEquals(List.of(), errors, "no console errors");
      } finally {
        driver.quit();
      }
    }
  }

  /** Each person shown in the replay's current frame: what they are doing, and on which PR. */
  private static java.util.Map<String, String> people(WebDriver d) {
    java.util.Map<String, String> people = new java.util.TreeMap<>();
    for (var person : d.findElements(By.cssSelector(".people .person"))) {
      people.put(person.getAttribute("data-person"), person.getAttribute("data-doing") + " " + person.getText());
    }
    return people;
  }

  /** Each item shown in the replay's current frame: its stage, and whether it is on a server or waiting. */
  private static java.util.Map<String, String> items(WebDriver d) {
    java.util.Map<String, String> items = new java.util.TreeMap<>();
    for (var stage : d.findElements(By.cssSelector(".replayStage"))) {
      for (var token : stage.findElements(By.cssSelector(".token[data-item]"))) {
        items.put(token.getAttribute("data-item"), stage.getAttribute("data-stage")
            + (token.getAttribute("class").contains("working") ? " (in work)" : " (waiting)"));
      }
    }
    return items;
  }

  /** Items in every stage of the replay's current frame, waiting or in work. */
  private static String tokens(WebDriver d) {
    int sum = 0;
    for (var stage : d.findElements(By.cssSelector(".replayStage"))) {
      sum += Integer.parseInt(stage.getAttribute("data-waiting")) + Integer.parseInt(stage.getAttribute("data-working"));
    }
    return String.valueOf(sum);
  }

  private static int rows(WebDriver d) {
    return d.findElements(By.cssSelector("#trail tr")).size() - 1; // the header
  }

  /** The browser console's warnings and errors since the last call. */
  private static List<String> consoleErrors(WebDriver d) {
    return d.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
  }

  private static String text(WebDriver d, String css) {
    return d.findElement(By.cssSelector(css)).getText().replace(",", "");
  }

  private WebDriver driver() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1500,1300", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withLogFile(tmp.resolve("chromedriver.log").toFile()).build();
    return new ChromeDriver(service, options);
  }

  private static void notBlank(byte[] png) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "workshop-page.png"), png);
    Screenshot shot = Screenshot.of(ImageIO.read(new ByteArrayInputStream(png)));
    assertTrue(shot.inked() > shot.sampled() / 20, "the page is drawn on: " + shot.inked() + "/" + shot.sampled());
    assertTrue(shot.colours() > 50, "text and colours, not a flat page: " + shot.colours());
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      boolean required = "1".equals(System.getenv("DELIVERYSIM_REQUIRE_BROWSER"));
      assertTrue(!required, "DELIVERYSIM_REQUIRE_BROWSER=1 but no " + CHROMIUM + " and " + DRIVER
          + " (apt-get install -y chromium chromium-driver)");
      Assumptions.assumeTrue(false, "no Chromium and chromedriver: apt-get install -y chromium chromium-driver");
    }
    new File("target").mkdirs();
  }
}
