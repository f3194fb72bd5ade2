package dev.deliverysim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workshop server over real HTTP, on an ephemeral port of 127.0.0.1. */
class WorkshopServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A queue whose arrival rate is a lever: cheap at its start, slow enough to cancel at its top. */
  private static final String SLOW = """
      name: slow
      run: {replications: 1000, seed: 3, horizon: 20000h}
      job_classes:
        - {name: job, arrivals: {rate: 0.01}, enter: desk}
      stations:
        - {name: desk, servers: unlimited, service: {exponential: {mean: 1h}}}
      levers:
        - {path: "job_classes[0].arrivals.rate", label: Arrivals per hour, min: 0.01, max: 5, step: 0.01}
      """;
  private static WorkshopServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    List<LoadedScenario> scenarios = List.of(
        ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"), List.of("run.horizon=30w", "run.warmup=4w")),
        ScenarioLoader.loadString(SLOW, "slow.yaml", List.of()));
    server = WorkshopServer.start("127.0.0.1", 0, new WorkshopApi(scenarios, 1000, 2, 1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return HTTP.send(runRequest(body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest runRequest(String body) {
    return HttpRequest.newBuilder(server.uri().resolve("api/run")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  @Test
  void servesThePageAndItsAssetsFromTheJarWithNothingFromElsewhere() throws Exception {
    for (String path : List.of("", "app.js", "replay.js", "replay-delivery.js", "app.css")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(r.body()).find(), path + " loads nothing remote");
      assertFalse(Pattern.compile("https?://(?!www\\.w3\\.org/2000/svg')").matcher(r.body()).find(),
          path + " names no remote address (but the SVG namespace, a name, never fetched)");
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }
    assertEquals(404, get("nothing-here").statusCode());
    assertEquals(404, get("../pom.xml").statusCode());
  }

  @Test
  void listsEachScenarioWithItsLevers() throws Exception {
    JsonNode list = JSON.readTree(get("api/scenarios").body());
    assertEquals(2, list.size());
    assertEquals("ux-dev-qa", list.get(0).get("name").asText());
    assertEquals("Developers", list.get(0).get("levers").get(0).get("label").asText());
    assertEquals(2, list.get(0).get("levers").get(0).get("start").asDouble());
  }

  @Test
  void aMovedLeverChangesTheNumbersAndTheBottleneck() throws Exception {
    JsonNode start = JSON.readTree(post("{\"scenario\": 0, \"client\": \"t1\", \"values\": {}}").body());
    HttpResponse<String> moved = post("{\"scenario\": 0, \"client\": \"t1\", \"values\": {\"stations[dev].servers\": 3}}");
    assertEquals(200, moved.statusCode(), moved.body());
    JsonNode after = JSON.readTree(moved.body());
    assertEquals("dev", start.get("bottleneck").asText());
    assertEquals("qa", after.get("bottleneck").asText());
    assertTrue(after.get("headline").get(0).get("mean").asDouble() > start.get("headline").get(0).get("mean").asDouble());
    assertEquals("stations[dev].servers=3", after.get("assignments").get(0).asText());
  }

  @Test
  void badRequestsAreRefusedWithTheirReason() throws Exception {
    HttpResponse<String> range = post("{\"scenario\": 0, \"client\": \"t2\", \"values\": {\"stations[dev].servers\": 40}}");
    assertEquals(400, range.statusCode());
    assertTrue(range.body().contains("expected a number from 1 to 4, received: 40"), range.body());
    HttpResponse<String> refused = post("{\"scenario\": 0, \"client\": \"t2\", \"values\": {\"stations[dev].servers\": 1.5}}");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("--set:1:23: error: stations[1].servers: expected an integer"), refused.body());
    assertEquals(400, post("{\"scenario\": 7, \"client\": \"t2\"}").statusCode(), "only the scenarios it started with");
    assertEquals(400, post("{\"scenario\": 0, \"client\": \"../x\"}").statusCode());
    assertEquals(400, post("not json").statusCode());
    assertEquals(400, post("{\"scenario\": 0, \"client\": \"t2\", \"values\": {\"stations[dev].servers\": \"3\"}}")
        .statusCode());
    HttpResponse<String> big = post("{\"scenario\": 0, \"client\": \"t2\", \"pad\": \"" + "x".repeat(20_000) + "\"}");
    assertEquals(413, big.statusCode());
    HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("api/run"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(415, form.statusCode(), "a cross-site form cannot post JSON without asking");
    assertEquals(405, get("api/run").statusCode());
  }

  /** A replay is one replication's own timeline at the setting: the same request, the same frames. */
  @Test
  void aReplayIsTheSameForTheSameSettingAndReplication() throws Exception {
    String ask = "{\"scenario\": 0, \"client\": \"r1\", \"values\": {\"stations[dev].servers\": 3},"
        + " \"replication\": 2, \"frames\": 50}";
    HttpResponse<String> first = HTTP.send(replayRequest(ask), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, first.statusCode(), first.body());
    JsonNode replay = JSON.readTree(first.body());
    assertEquals(50, replay.get("times").size());
    assertEquals(30, replay.get("times").get(49).asDouble(), 1e-9, "the horizon, in weeks");
    assertEquals(List.of("ux", "dev", "qa"), List.of(replay.get("states").get(0).get("stage").asText(),
        replay.get("states").get(2).get("stage").asText(), replay.get("states").get(4).get("stage").asText()));
    assertEquals(first.body(), HTTP.send(replayRequest(ask), HttpResponse.BodyHandlers.ofString()).body());
    String other = ask.replace("\"replication\": 2", "\"replication\": 3");
    assertFalse(first.body().equals(HTTP.send(replayRequest(other), HttpResponse.BodyHandlers.ofString()).body()));
    HttpResponse<String> outside = HTTP.send(replayRequest(ask.replace("\"replication\": 2", "\"replication\": 99")),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, outside.statusCode());
    assertTrue(outside.body().contains("replication: expected 0 to 39, received: 99"), outside.body());
    HttpResponse<String> frames = HTTP.send(replayRequest(ask.replace("50}", "100000}")),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(frames.body().contains("frames: expected 2 to 2000, received: 100000"), frames.body());
  }

  private static HttpRequest replayRequest(String body) {
    return HttpRequest.newBuilder(server.uri().resolve("api/replay")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach the API. */
  @Test
  void aRequestForAnotherHostNameIsRefused() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET /api/scenarios HTTP/1.1\r\nHost: attacker.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
    }
  }

  /**
   * One slot, taken by client b's long run: a's first request waits, and a's second cancels it
   * (409); b's second request cancels b's run under way between replications (409); both second
   * requests then answer.
   */
  @Test
  void aClientsNewRequestCancelsItsPreviousOne() throws Exception {
    assertEquals(200, post("{\"scenario\": 1, \"client\": \"warm\"}").statusCode(), "the start, run once");
    CompletableFuture<HttpResponse<String>> b1 = HTTP.sendAsync(
        runRequest("{\"scenario\": 1, \"client\": \"b\", \"values\": {\"job_classes[0].arrivals.rate\": 5}}"),
        HttpResponse.BodyHandlers.ofString());
    Thread.sleep(400); // b1 holds the only slot
    CompletableFuture<HttpResponse<String>> a1 = HTTP.sendAsync(
        runRequest("{\"scenario\": 1, \"client\": \"a\", \"values\": {\"job_classes[0].arrivals.rate\": 4}}"),
        HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200);
    CompletableFuture<HttpResponse<String>> a2 = HTTP.sendAsync(
        runRequest("{\"scenario\": 1, \"client\": \"a\", \"values\": {}}"), HttpResponse.BodyHandlers.ofString());
    assertEquals(409, a1.get(10, TimeUnit.SECONDS).statusCode(), "superseded while waiting");
    assertFalse(b1.isDone(), "b's long run is still under way");
    HttpResponse<String> b2 = post("{\"scenario\": 1, \"client\": \"b\", \"values\": {}}");
    assertEquals(409, b1.get(10, TimeUnit.SECONDS).statusCode(), "superseded while running");
    assertEquals(200, b2.statusCode());
    assertEquals(200, a2.get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void listensOnLoopbackByItsAddress() {
    assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
  }

  /** A long run reports how far it got, grows, and stops when its client cancels it (409). */
  @Test
  void aLongRunShowsItsProgressAndCanBeCancelled() throws Exception {
    assertEquals("{\"running\":false}", get("api/progress?client=c").body());
    assertEquals(200, post("{\"scenario\": 1, \"client\": \"warm2\"}").statusCode(), "the start, run once");
    CompletableFuture<HttpResponse<String>> c1 = HTTP.sendAsync(
        runRequest("{\"scenario\": 1, \"client\": \"c\", \"values\": {\"job_classes[0].arrivals.rate\": 5}}"),
        HttpResponse.BodyHandlers.ofString());
    JsonNode first = waitForProgress(0);
    assertTrue(first.path("running").asBoolean(), first.toString());
    assertEquals(1000, first.path("total").asInt(), first.toString());
    JsonNode later = waitForProgress(first.path("done").asInt());
    assertTrue(later.path("done").asInt() > first.path("done").asInt() && later.path("done").asInt() < 1000,
        first + " then " + later);
    HttpResponse<String> cancel = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("api/cancel"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"client\": \"c\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("{\"cancelled\":true}", cancel.body());
    assertEquals(409, c1.get(10, TimeUnit.SECONDS).statusCode(), "cancelled between replications");
    assertEquals("{\"running\":false}", get("api/progress?client=c").body());
    assertEquals(400, get("api/progress?client=bad%20name").statusCode());
  }

  /** The client's progress once more than {@code done} replications finished (at most 10 s). */
  private static JsonNode waitForProgress(int done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      JsonNode p = JSON.readTree(get("api/progress?client=c").body());
      if (p.path("running").asBoolean() && p.path("done").asInt() > done) {
        return p;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no progress past " + done + " replications");
  }
}
