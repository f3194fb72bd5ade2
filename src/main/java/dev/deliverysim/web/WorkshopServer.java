package dev.deliverysim.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The workshop page's server: the page and its two assets from the jar, and {@link WorkshopApi}
 * under {@code /api/}. Safe for a room by default: it listens on loopback unless told otherwise,
 * answers only requests addressed to the host it listens on (no DNS rebinding), reads at most
 * {@link #MAX_BODY} bytes of a request, and forbids the page any resource from elsewhere
 * (Content-Security-Policy): nothing leaves the machine.
 */
public final class WorkshopServer implements AutoCloseable {
  /** The largest request body read: a lever setting is a few hundred bytes. */
  static final int MAX_BODY = 16 * 1024;
  /** Threads answering requests; the simulation work itself is bounded by {@link WorkshopApi}. */
  private static final int HANDLER_THREADS = 32;
  private static final Map<String, String> ASSETS = Map.of(
      "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/replay.js", "replay.js",
      "/replay-delivery.js", "replay-delivery.js", "/app.css", "app.css");

  private static final java.util.Set<String> POSTS = java.util.Set.of("/api/run", "/api/replay", "/api/cancel");

  private final HttpServer server;
  private final ExecutorService handlers;
  private final WorkshopApi api;
  private final boolean loopback;

  private WorkshopServer(HttpServer server, ExecutorService handlers, WorkshopApi api, boolean loopback) {
    this.server = server;
    this.handlers = handlers;
    this.api = api;
    this.loopback = loopback;
  }

  /** Starts listening on {@code host:port} (port 0: any free port). */
  public static WorkshopServer start(String host, int port, WorkshopApi api) throws IOException {
    InetAddress address = InetAddress.getByName(host);
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
    ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS, r -> {
      Thread t = new Thread(r, "workshop-http");
      t.setDaemon(true);
      return t;
    });
    WorkshopServer workshop = new WorkshopServer(server, handlers, api, address.isLoopbackAddress());
    server.createContext("/", workshop::handle);
    server.setExecutor(handlers);
    server.start();
    return workshop;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, as printed and opened. */
  public URI uri() {
    String host = server.getAddress().getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    api.close();
    handlers.shutdownNow();
    try {
      handlers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 403, "text/plain", "this page answers only at " + uri());
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.startsWith("/api/")) {
        api(exchange, path, method);
      } else if (ASSETS.containsKey(path) && method.equals("GET")) {
        asset(exchange, ASSETS.get(path));
      } else {
        send(exchange, 404, "text/plain", "not found: " + path);
      }
    } catch (RuntimeException e) {
      send(exchange, 500, "application/json", WorkshopApi.errors("internal error: " + e));
    }
  }

  private void api(HttpExchange exchange, String path, String method) throws IOException {
    if (path.equals("/api/scenarios") && method.equals("GET")) {
      send(exchange, 200, "application/json", api.scenarios());
    } else if (path.equals("/api/progress") && method.equals("GET")) {
      String query = exchange.getRequestURI().getRawQuery();
      String client = query != null && query.startsWith("client=") ? query.substring("client=".length()) : null;
      WorkshopApi.Answer answer = api.progress(client);
      send(exchange, answer.status(), "application/json", answer.json());
    } else if (POSTS.contains(path) && method.equals("POST")) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        // a form on another site cannot send JSON without asking first, and we never answer that
        send(exchange, 415, "application/json", WorkshopApi.errors("expected Content-Type: application/json"));
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        send(exchange, 413, "application/json",
            WorkshopApi.errors("request too large: at most " + MAX_BODY + " bytes"));
        return;
      }
      String text = new String(body, StandardCharsets.UTF_8);
      WorkshopApi.Answer answer = switch (path) {
        case "/api/run" -> api.run(text);
        case "/api/cancel" -> api.cancel(text);
        default -> api.replay(text);
      };
      send(exchange, answer.status(), "application/json", answer.json());
    } else {
      boolean known = POSTS.contains(path) || path.equals("/api/scenarios") || path.equals("/api/progress");
      send(exchange, known ? 405 : 404, "application/json",
          WorkshopApi.errors(method + " " + path + ": no such request"));
    }
  }

  /** A request addressed to this server by a name it is known by; any host when not on loopback. */
  private boolean hostAllowed(String host) {
    if (!loopback) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
    return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
  }

  /** At most {@link #MAX_BODY} bytes; null when there is more. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private static void asset(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = WorkshopServer.class.getResourceAsStream(name)) {
      if (in == null) {
        send(exchange, 404, "text/plain", "missing from the jar: " + name);
        return;
      }
      String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type + "; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Content-Security-Policy",
        "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
