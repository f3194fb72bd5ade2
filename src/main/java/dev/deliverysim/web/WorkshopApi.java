package dev.deliverysim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.CancelledException;
import dev.deliverysim.model.Replay;
import dev.deliverysim.scenario.Levers;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.study.StudyInputException;
import dev.deliverysim.study.WorkshopReadout;
import dev.deliverysim.study.WorkshopStudy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The page's requests: the scenarios it was started with and their levers
 * ({@code GET /api/scenarios}), one setting of the levers run against its scenario's starting
 * point ({@code POST /api/run}, {@code {"scenario": 0, "client": "…", "values": {"path": 2}}}), and
 * one replication of a setting recorded frame by frame ({@code POST /api/replay}), how far a
 * client's run under way got ({@code GET /api/progress?client=…}) and stopping it
 * ({@code POST /api/cancel}).
 *
 * <p>Work is bounded: every answer runs at most the capped replications, at most {@code slots}
 * answers run at once (the others wait their turn), and a client's new request cancels its previous
 * one, which stops within a few thousand events and answers 409. Only the scenarios given at start can run.
 */
public final class WorkshopApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  /** How long a request waits for a free slot before the page is told the server is busy. */
  private static final long WAIT_SECONDS = 60;
  /** Snapshots of a replay unless the request asks otherwise. */
  static final int FRAMES = 300;

  /** An HTTP status and its JSON body. */
  public record Answer(int status, String json) {}

  private final List<LoadedScenario> scenarios;
  private final int replications;
  private final int threads;
  private final Semaphore slots;
  private final StartingPoints starts;
  private final Map<String, Job> running = new ConcurrentHashMap<>();

  /**
   * A client's request under way: how to stop it, and how far it got (replications done of total,
   * or, while it waits for its scenario's starting point, that start's).
   */
  private static final class Job {
    final Cancellation cancellation = new Cancellation();
    volatile int done;
    volatile int total;
    /** The scenario whose starting point the job waits for, or −1. */
    volatile int waitingForStart = -1;
  }

  /**
   * @param replications the most replications an answer runs (a scenario asking fewer runs its own)
   * @param threads worker threads of one answer
   * @param slots answers that may run at once
   */
  public WorkshopApi(List<LoadedScenario> scenarios, int replications, int threads, int slots) {
    if (scenarios.isEmpty() || replications < 2 || replications > WorkshopStudy.MAX_REPLICATIONS || threads < 1
        || slots < 1) {
      throw new IllegalArgumentException("need scenarios, 2.." + WorkshopStudy.MAX_REPLICATIONS
          + " replications, threads ≥ 1 and slots ≥ 1");
    }
    this.scenarios = List.copyOf(scenarios);
    this.replications = replications;
    this.threads = threads;
    this.slots = new Semaphore(slots, true);
    this.starts = new StartingPoints(this.scenarios, replications, threads);
  }

  /** Begins running every scenario's starting point in the background, so the first answers come sooner. */
  public void warmUp() {
    starts.warmUp();
  }

  /** {@code GET /api/scenarios}: each scenario with its levers, in the order given. */
  public String scenarios() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i).scenario();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", i);
      entry.put("name", s.name());
      entry.put("description", s.description());
      entry.put("kind", s.body() instanceof Scenario.DeliveryBody ? "delivery" : "network");
      entry.put("replications", Math.min(s.replications(), replications));
      entry.put("seed", s.seed());
      entry.put("unit", s.outputUnit().symbol());
      entry.put("levers", Levers.of(scenarios.get(i)));
      list.add(entry);
    }
    return write(list);
  }

  /** {@code POST /api/run}: the readout of one setting, or why there is none. */
  public Answer run(String body) {
    return answer(body, (request, start, job) -> {
      job.total = start.scenario().replications();
      return write(WorkshopReadout.of(start,
          WorkshopStudy.trial(start, request.values(), threads, job.cancellation, done -> job.done = done)));
    });
  }

  /**
   * {@code GET /api/progress?client=…}: how far the client's request under way got
   * ({@code {"running": true, "done": 12, "total": 50}}), or {@code {"running": false}}.
   */
  public Answer progress(String client) {
    if (client == null || !CLIENT.matcher(client).matches()) {
      return bad("client: expected 1 to 64 letters, digits, '-' or '_'");
    }
    Job job = running.get(client);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("running", job != null);
    int start = job == null ? -1 : job.waitingForStart;
    if (start >= 0) {
      answer.put("done", starts.done(start));
      answer.put("total", starts.total(start));
      answer.put("stage", "start");
    } else if (job != null) {
      answer.put("done", job.done);
      answer.put("total", job.total);
      answer.put("stage", "setting");
    }
    return new Answer(200, write(answer));
  }

  /** {@code POST /api/cancel} ({@code {"client": "…"}}): stops the client's request under way, which answers 409. */
  public Answer cancel(String body) {
    String client;
    try {
      client = JSON.readTree(body).path("client").asText("");
    } catch (JsonProcessingException e) {
      client = "";
    }
    if (!CLIENT.matcher(client).matches()) {
      return bad("client: expected 1 to 64 letters, digits, '-' or '_', received: \"" + shorten(client) + "\"");
    }
    Job job = running.get(client);
    if (job != null) {
      job.cancellation.cancel();
    }
    return new Answer(200, write(Map.of("cancelled", job != null)));
  }

  /**
   * {@code POST /api/replay}: one replication of a setting frame by frame ({@code "replication"},
   * default 0; {@code "frames"}, default {@value #FRAMES}, or one a round for a game played in rounds),
   * times in the scenario's output unit, with the items' moves (and a delivery organisation's people)
   * where the model traces them ({@link ReplayJson}).
   */
  public Answer replay(String body) {
    return answer(body, (request, start, job) -> {
      Replay recorded = WorkshopStudy.replay(start, request.values(), request.json().path("replication").asInt(0),
          request.json().path("frames").asInt(WorkshopStudy.frames(start, FRAMES)), job.cancellation);
      Map<String, Object> head = new LinkedHashMap<>();
      head.put("scenario", start.scenario().name());
      head.put("replication", request.json().path("replication").asInt(0));
      head.put("seed", start.scenario().seed());
      head.put("unit", start.scenario().outputUnit().symbol());
      return write(ReplayJson.of(head, recorded, start.scenario().outputUnit().hours()));
    });
  }

  /** What a request asks of a scenario's start, once parsed and bounded. */
  private interface Work {
    String apply(Request request, WorkshopStudy.Start start, Job job)
        throws StudyInputException, ScenarioException;
  }

  private record Request(int scenario, String client, Map<String, Double> values, JsonNode json) {}

  private Answer answer(String body, Work work) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return bad("expected a JSON object such as {\"scenario\": 0, \"client\": \"a1\", \"values\": {}}");
    }
    if (json == null || !json.isObject() || !json.path("scenario").isIntegralNumber()) {
      return bad("scenario: expected the number of a scenario this page was started with");
    }
    int id = json.get("scenario").asInt();
    if (id < 0 || id >= scenarios.size()) {
      return bad("scenario: expected 0 to " + (scenarios.size() - 1) + ", received: " + id);
    }
    String client = json.path("client").asText("");
    if (!CLIENT.matcher(client).matches()) {
      return bad("client: expected 1 to 64 letters, digits, '-' or '_', received: \"" + shorten(client) + "\"");
    }
    for (String key : List.of("replication", "frames")) {
      if (!json.path(key).isMissingNode() && !json.path(key).isIntegralNumber()) {
        return bad(key + ": expected a whole number, received: " + shorten(json.path(key).toString()));
      }
    }
    Map<String, Double> values = new LinkedHashMap<>();
    JsonNode given = json.path("values");
    if (!given.isMissingNode() && !given.isObject()) {
      return bad("values: expected an object of lever paths and numbers");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        return bad("values." + shorten(e.getKey()) + ": expected a number, received: " + shorten(e.getValue().toString()));
      }
      values.put(e.getKey(), e.getValue().asDouble());
    }
    return runFor(new Request(id, client, values, json), work);
  }

  private Answer runFor(Request request, Work work) {
    Job job = new Job();
    Cancellation mine = job.cancellation;
    Job previous = running.put(request.client(), job);
    if (previous != null) {
      previous.cancellation.cancel(); // superseded: the page wants only the newest setting
    }
    boolean acquired = false;
    try {
      // the start runs on its own thread: waiting for it takes no slot, so clients of ready scenarios go on
      WorkshopStudy.Start start = start(request.scenario(), job);
      acquired = acquire(mine);
      if (!acquired) {
        return mine.isCancelled() ? cancelled() : new Answer(503, errors("busy: too many runs at once, try again"));
      }
      return new Answer(200, work.apply(request, start, job));
    } catch (CancelledException e) {
      return cancelled();
    } catch (StudyInputException e) {
      List<String> lines = new ArrayList<>(e.located());
      lines.addAll(e.messages());
      return new Answer(400, errors(lines));
    } catch (ScenarioException e) {
      return new Answer(400, errors(e.problems().stream().filter(Problem::isError).map(Problem::format).toList()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return cancelled();
    } finally {
      if (acquired) {
        slots.release();
      }
      running.remove(request.client(), job); // the map holds only runs under way: bounded by the requests open
    }
  }

  /** Waits for a slot, giving up when superseded or after {@link #WAIT_SECONDS}. */
  private boolean acquire(Cancellation mine) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!mine.isCancelled() && System.nanoTime() < deadline) {
      if (slots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scenario's starting point, shared by every client: while it runs (once, on first use or from
   * {@link #warmUp}) the job shows its progress, and a cancelled job stops waiting for it.
   */
  private WorkshopStudy.Start start(int id, Job job) throws ScenarioException, InterruptedException {
    job.waitingForStart = id;
    try {
      return starts.await(id, job.cancellation);
    } finally {
      job.waitingForStart = -1;
    }
  }

  @Override
  public void close() {
    running.values().forEach(job -> job.cancellation.cancel());
    starts.close();
  }

  private static Answer bad(String message) {
    return new Answer(400, errors(message));
  }

  private static Answer cancelled() {
    return new Answer(409, "{\"cancelled\":true}");
  }

  static String errors(String message) {
    return errors(List.of(message));
  }

  static String errors(List<String> messages) {
    return write(Map.of("errors", messages));
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records and maps of numbers always serialise", e);
    }
  }
}
