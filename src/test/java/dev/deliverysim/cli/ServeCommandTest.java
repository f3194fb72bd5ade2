package dev.deliverysim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code deliverysim serve}: bad input stops before listening; good input serves until interrupted. */
class ServeCommandTest {
  @Test
  void aBadScenarioIsReportedWithItsPlaceAndNothingListens() {
    Cli cli = Cli.run("serve", "src/test/resources/invalid/bad-levers.yaml", "--no-open", "--port", "0");
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("bad-levers.yaml:20:12: error: levers[2].path: a lever changes the system"), cli.err());
    assertFalse(cli.out().contains("workshop page"));
    assertFalse(cli.printedStackTrace(), cli.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    Cli cli = Cli.run("serve", "scenarios/mm1.yaml", "--no-open", "--replications", "1", "--port", "70000");
    assertEquals(2, cli.exit());
    assertTrue(cli.err().contains("--port: expected 0 to 65535, received: 70000"), cli.err());
    assertTrue(cli.err().contains("--replications: expected an integer from 2 to 1000, received: 1"), cli.err());
  }

  @Test
  void servesThePageOnLoopbackUntilInterrupted() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "scenarios/mm1.yaml", "--port", "0", "--no-open", "--replications", "4")));
    serving.start();
    Pattern address = Pattern.compile("workshop page: (http://127\\.0\\.0\\.1:\\d+/)");
    Matcher m = address.matcher("");
    for (int i = 0; i < 200 && !m.find(); i++) {
      Thread.sleep(50);
      m = address.matcher(out.toString());
    }
    assertTrue(m.find(0), "printed its address: " + out + err);
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("deliverysim"));
    assertFalse(err.toString().contains("warning"), "no warning on loopback: " + err);
    serving.interrupt();
    serving.join(10_000);
    assertEquals(0, exit.get());
  }
}
