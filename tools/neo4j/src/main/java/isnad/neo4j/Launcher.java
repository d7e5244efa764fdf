package isnad.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only its Bolt connector, for development and tests.
 *
 * <p>Configured by environment (tools/neo4j/control.ts sets it): NEO4J_PORT (7687), NEO4J_DATA_DIR
 * (var/neo4j: Neo4j's home, holding data/ and logs/), NEO4J_PAGECACHE (256m) and
 * NEO4J_EXIT_ON_STDIN_CLOSE=1 (stop when the parent process goes away, so that a test run that
 * is killed leaves no database behind).
 *
 * <p>Protocol on stdout, one line each, read by control.ts: {@code READY <bolt-uri> <millis>} once
 * Bolt accepts connections, {@code ERROR <code> <message>} before a failed exit (code 2: port in
 * use, 1: anything else), {@code STOPPED} after a clean shutdown.
 */
public final class Launcher {
  // Authentication is off, so the server must never be reachable from another machine.
  private static final String HOST = "127.0.0.1";

  private Launcher() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    int port = intEnv("NEO4J_PORT", 7687);
    Path home = Path.of(env("NEO4J_DATA_DIR", "var/neo4j")).toAbsolutePath();
    long pageCache = size("NEO4J_PAGECACHE", "256m");

    // Neo4j finds a taken port only after building its stores and then spends seconds shutting
    // down; probing first turns the common case into an immediate, clear failure.
    if (!portFree(port)) {
      fail(2, "port " + HOST + ":" + port + " is already in use");
    }

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          // While articles stream in, the statistics drift past the divergence threshold between
          // batches and Neo4j replanned the ingest statements every 10 s, each plan costing up to
          // 1.7 s of CPU, as much as running the statement (README, ingest figures). Plans a minute
          // older still seek by id through the same unique indexes.
          .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(1))
          // Netty's default 5 s quiet period per connector makes every stop take 10 s; a local,
          // single-user server has no in-flight work worth that wait.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (Throwable e) {
      if (causedBy(e, BindException.class)) {
        fail(2, "port " + HOST + ":" + port + " is already in use");
      }
      fail(1, "Neo4j did not start: " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and SIGINT run shutdown hooks: flush and close the store so the next start needs no recovery.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        dbms.shutdown();
        System.out.println("STOPPED");
        System.out.flush();
      } finally {
        stopped.countDown();
      }
    }, "neo4j-shutdown"));

    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
      fail(1, "database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + " did not become available in 120 s");
    }
    if (!waitForPort(port, 30_000)) {
      fail(1, "Bolt is not accepting connections on " + HOST + ":" + port);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("READY bolt://" + HOST + ":" + port + " " + millis);
    System.out.flush();

    if ("1".equals(System.getenv("NEO4J_EXIT_ON_STDIN_CLOSE"))) {
      watchStdin();
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Input is ignored: only the end of the stream matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, like an end of stream.
      }
      System.exit(0);
    }, "stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static boolean portFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(HOST, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean waitForPort(int port, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return true;
      } catch (IOException e) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  private static void fail(int code, String message) {
    System.out.println("ERROR " + code + " " + message);
    System.out.flush();
    // halt, not exit: a half-built DBMS may hold non-daemon threads or a hook that would wait on them.
    Runtime.getRuntime().halt(code);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (causedBy(s, type)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static long size(String name, String fallback) {
    String value = env(name, fallback);
    try {
      return ByteUnit.parse(value);
    } catch (IllegalArgumentException e) {
      fail(1, name + " must be a size like 256m or 1g, not '" + value + "'");
      return 0;
    }
  }

  private static int intEnv(String name, int fallback) {
    String value = env(name, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      fail(1, name + " must be a port number (1-65535), not '" + value + "'");
      return fallback;
    }
  }
}
