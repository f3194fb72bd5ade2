package dev.deliverysim.cli;

import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.study.WorkshopStudy;
import dev.deliverysim.web.WorkshopApi;
import dev.deliverysim.web.WorkshopServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the workshop page. Loads every scenario first (bad input stops here, exit 2), then
 * serves the page until interrupted (Ctrl-C).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the workshop page: levers for each scenario's key values; every change reruns"
        + " its replications on the same random numbers and shows throughput, time in the system, the"
        + " bottleneck and the paired change from the start. Offline; on 127.0.0.1 unless --host says"
        + " otherwise. Stop with Ctrl-C.",
    footer = {"", "Example:",
        "  deliverysim serve scenarios/ux-dev-qa.yaml scenarios/baseline.yaml scenarios/ai-adoption.yaml"})
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "The scenarios the page may run.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port = 8077;

  @Option(names = "--host", paramLabel = "H",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address lets"
          + " anyone who can reach it use the page and the machine's processors.")
  String host = "127.0.0.1";

  @Option(names = "--no-open", description = "Do not open the page in a browser.")
  boolean noOpen;

  @Option(names = "--replications", paramLabel = "N",
      description = "The most replications one change runs (default: ${DEFAULT-VALUE}; a scenario asking fewer"
          + " runs its own). More: tighter intervals, slower answers.")
  int replications = 50;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value in every scenario, as for run.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads of one run (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!checkOptions(err)) {
      return ExitCodes.BAD_INPUT;
    }
    List<LoadedScenario> loaded = new ArrayList<>();
    boolean ok = true;
    for (Path file : files) {
      LoadedScenario l = Console.load(file, sets, err);
      ok &= l != null;
      loaded.add(l);
    }
    err.flush();
    if (!ok) {
      return ExitCodes.BAD_INPUT;
    }
    WorkshopApi api = new WorkshopApi(loaded, replications, threads, Math.max(1, threads / 2));
    WorkshopServer server;
    try {
      server = WorkshopServer.start(host, port, api);
    } catch (IOException e) {
      err.println("deliverysim serve: cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + " (another program may use the port: try --port 0 for any free one)");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    try (server) {
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("deliverysim serve: warning: listening on " + host + ": anyone who can reach this machine"
            + " can use the page and its processors; the default, 127.0.0.1, keeps it to this machine");
      }
      api.warmUp(); // every starting point runs now, so the room's first lever move answers sooner
      out.println("workshop page: " + server.uri() + "  (" + loaded.size() + " scenario"
          + (loaded.size() == 1 ? "" : "s") + ", at most " + replications + " replications a change; Ctrl-C stops)");
      out.flush();
      err.flush();
      if (!noOpen) {
        open(server.uri(), err);
      }
      new CountDownLatch(1).await(); // until Ctrl-C (the JVM exits) or, in tests, an interrupt
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  private boolean checkOptions(PrintWriter err) {
    List<String> problems = new ArrayList<>();
    if (port < 0 || port > 65535) {
      problems.add("--port: expected 0 to 65535, received: " + port);
    }
    if (replications < 2 || replications > WorkshopStudy.MAX_REPLICATIONS) {
      problems.add("--replications: expected an integer from 2 to " + WorkshopStudy.MAX_REPLICATIONS
          + ", received: " + replications);
    }
    if (threads < 1) {
      problems.add("--threads: expected an integer ≥ 1, received: " + threads);
    }
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      problems.add("--host: expected an address of this machine such as 127.0.0.1, received: " + host);
    }
    problems.forEach(p -> err.println("deliverysim serve: " + p));
    err.flush();
    return problems.isEmpty();
  }

  /** Opens the page in the desktop's browser; says so and goes on when there is none. */
  private static void open(URI uri, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
        : os.contains("mac") ? List.of("open", uri.toString()) : List.of("xdg-open", uri.toString());
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("deliverysim serve: no browser to open (" + command.get(0) + "); open the address above");
      err.flush();
    }
  }
}
