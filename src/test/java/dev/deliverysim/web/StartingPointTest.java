package dev.deliverysim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.study.WorkshopStudy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scenario's starting point is run once for every client: a client waiting for it sees its
 * progress, a cancelled client stops waiting at once, and the start carries on for the others.
 */
class StartingPointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A start of about 50 million events: long enough to watch and to cancel a wait for it. */
  private static final String SLOW_START = """
      name: slow-start
      run: {replications: 200, seed: 5, horizon: 60000h}
      job_classes:
        - {name: job, arrivals: {rate: 2}, enter: desk}
      stations:
        - {name: desk, servers: unlimited, service: {exponential: {mean: 1h}}}
      """;

  @Test
  void aWaitForTheStartShowsItsProgressAndACancelledWaitLeavesItRunningForOthers() throws Exception {
    try (WorkshopApi api = new WorkshopApi(List.of(ScenarioLoader.loadString(SLOW_START, "slow-start.yaml", List.of())),
        200, 1, 2)) {
      CompletableFuture<WorkshopApi.Answer> a = CompletableFuture.supplyAsync(
          () -> api.run("{\"scenario\": 0, \"client\": \"a\"}"));
      JsonNode first = progressPast(api, "a", 0);
      assertEquals("start", first.path("stage").asText(), first.toString());
      assertEquals(200, first.path("total").asInt(), first.toString());
      JsonNode later = progressPast(api, "a", first.path("done").asInt());
      assertTrue(later.path("done").asInt() < 200, "still running: " + later);

      api.cancel("{\"client\": \"a\"}");
      assertEquals(409, a.get(2, TimeUnit.SECONDS).status(), "a cancelled wait answers at once");

      CompletableFuture<WorkshopApi.Answer> b = CompletableFuture.supplyAsync(
          () -> api.run("{\"scenario\": 0, \"client\": \"b\"}"));
      JsonNode joined = progressPast(api, "b", 0);
      assertEquals("start", joined.path("stage").asText(), joined.toString());
      assertTrue(joined.path("done").asInt() >= later.path("done").asInt(),
          "b joins the start where it got, not from the beginning: " + later + " then " + joined);
      WorkshopApi.Answer answer = b.get(60, TimeUnit.SECONDS);
      assertEquals(200, answer.status(), answer.json());
      assertEquals(200, JSON.readTree(answer.json()).path("replications").asInt(), answer.json());
    }
  }

  @Test
  void warmingUpRunsEveryStartBeforeAnyoneAsks() throws Exception {
    StartingPoints starts = new StartingPoints(List.of(
        ScenarioLoader.loadString(SLOW_START, "a.yaml", List.of("run.horizon=200h")),
        ScenarioLoader.loadString(SLOW_START, "b.yaml", List.of("run.horizon=100h", "run.replications=50"))), 200, 1);
    try (starts) {
      assertTrue(!starts.isReady(0) && !starts.isReady(1));
      starts.warmUp();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!(starts.isReady(0) && starts.isReady(1)) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(starts.isReady(0) && starts.isReady(1), "both run without a request");
      assertEquals(List.of(200, 50), List.of(starts.done(0), starts.done(1)));
      assertEquals(List.of(200, 50), List.of(starts.total(0), starts.total(1)));
      assertEquals(50, starts.await(1, new Cancellation()).run().replications().size());
    }
  }

  @Test
  void aStartAskedForBeforeTheWarmUpReachesItRunsAtOnce() throws Exception {
    StartingPoints starts = new StartingPoints(List.of(
        ScenarioLoader.loadString(SLOW_START, "slow.yaml", List.of()),
        ScenarioLoader.loadString(SLOW_START, "quick.yaml", List.of("run.horizon=100h", "run.replications=20"))),
        200, 1);
    try (starts) {
      starts.warmUp(); // the slow one first
      WorkshopStudy.Start quick = starts.await(1, new Cancellation());
      assertEquals(20, quick.run().replications().size());
      assertFalse(starts.isReady(0), "the quick start did not wait for the slow one the warm-up began with");
    }
  }

  /** Waiting for a start takes no run slot: with one slot, a client of a ready scenario is not held up. */
  @Test
  void aClientWaitingForAStartHoldsUpNoOtherClient() throws Exception {
    try (WorkshopApi api = new WorkshopApi(List.of(ScenarioLoader.loadString(SLOW_START, "slow.yaml", List.of()),
        ScenarioLoader.loadString(SLOW_START, "quick.yaml", List.of("run.horizon=100h", "run.replications=20"))),
        200, 1, 1)) {
      assertEquals(200, api.run("{\"scenario\": 1, \"client\": \"b\"}").status(), "the quick start, run");
      CompletableFuture<WorkshopApi.Answer> a = CompletableFuture.supplyAsync(
          () -> api.run("{\"scenario\": 0, \"client\": \"a\"}"));
      progressPast(api, "a", 0); // a waits for the slow start
      WorkshopApi.Answer b = api.run("{\"scenario\": 1, \"client\": \"b\", \"values\": {}}");
      assertEquals(200, b.status(), b.json());
      assertFalse(a.isDone(), "b answered while a still waits for its start");
      assertEquals(200, a.get(60, TimeUnit.SECONDS).status());
    }
  }

  /** The client's progress once more than {@code done} replications of what it runs finished (at most 20 s). */
  private static JsonNode progressPast(WorkshopApi api, String client, int done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      JsonNode p = JSON.readTree(api.progress(client).json());
      if (p.path("running").asBoolean() && p.path("done").asInt() > done) {
        return p;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no progress past " + done + " replications");
  }
}
