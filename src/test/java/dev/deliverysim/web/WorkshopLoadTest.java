package dev.deliverysim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ScenarioLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A room's laptops at once: 20 clients on 127.0.0.1 moving levers for {@value #SECONDS} seconds.
 * Every answer arrives, every answer for a setting is the same (none is another setting's or a
 * cancelled run's), and memory stays bounded. Slow: profile slow runs it.
 */
@Tag("slow")
class WorkshopLoadTest {
  private static final int CLIENTS = 20;
  private static final int SECONDS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twentyClientsChangingLeversAllGetTheirOwnAnswers() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/ux-dev-qa.yaml"),
        List.of("run.horizon=30w", "run.warmup=4w"));
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    Map<String, String> firstAnswer = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    try (WorkshopServer server = WorkshopServer.start("127.0.0.1", 0,
        new WorkshopApi(List.of(loaded), 20, threads, Math.max(1, threads / 2)))) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      List<Future<List<String>>> problems = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        problems.add(clients.submit(() -> {
          List<String> wrong = new ArrayList<>();
          SplittableRandom random = new SplittableRandom(client);
          while (System.nanoTime() < end) {
            int developers = 1 + random.nextInt(4);
            int testers = 1 + random.nextInt(3);
            String body = "{\"scenario\": 0, \"client\": \"c" + client + "\", \"values\": {\"stations[dev].servers\": "
                + developers + ", \"stations[qa].servers\": " + testers + "}}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("api/run"))
                .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              wrong.add(body + " → " + r.statusCode() + " " + r.body());
              continue;
            }
            answered.incrementAndGet();
            ObjectNode readout = (ObjectNode) JSON.readTree(r.body());
            readout.remove("seconds"); // the one thing allowed to differ
            JsonNode values = readout.get("values");
            if (values.get("stations[dev].servers").asInt() != developers
                || values.get("stations[qa].servers").asInt() != testers) {
              wrong.add(body + " answered for " + values);
            }
            String previous = firstAnswer.putIfAbsent(developers + "/" + testers, readout.toString());
            if (previous != null && !previous.equals(readout.toString())) {
              wrong.add(body + ": another answer than before for the same setting");
            }
          }
          return wrong;
        }));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : problems) {
        all.addAll(f.get(SECONDS + 120, TimeUnit.SECONDS));
      }
      clients.shutdown();
      assertEquals(List.of(), all);
    }
    assertTrue(answered.get() >= CLIENTS, "every client was answered: " + answered.get());
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    assertTrue(used < 512L << 20, "memory stays bounded: " + (used >> 20) + " MiB in use");
  }
}
