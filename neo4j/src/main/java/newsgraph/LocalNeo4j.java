package newsgraph;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Local (embedded) Neo4j for development and tests; started by src/graph/local-neo4j.ts.
 *
 * Usage: java -cp 'neo4j/classes:neo4j/lib/*' newsgraph.LocalNeo4j [dataDir] [boltPort]
 * (or -Dnewsgraph.dataDir=... -Dnewsgraph.boltPort=...; defaults .data and 7687).
 *
 * Prints exactly one line to stdout, "NEO4J_READY bolt://127.0.0.1:PORT", once the default
 * database is available; everything else goes to stderr or to log files under dataDir/logs.
 * Shuts down cleanly on SIGTERM/SIGINT and when stdin reaches EOF (so the JVM exits when
 * its parent process dies, however it dies). After a clean shutdown it removes the record of the
 * running database (-Dnewsgraph.recordFile, written by src/graph/local-neo4j.ts) if it is its own, so
 * a record left behind means the store was not shut down cleanly.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        PrintStream stdout = System.out;
        System.setOut(System.err); // keep stdout for the ready line only

        String dataDir = args.length > 0 ? args[0] : System.getProperty("newsgraph.dataDir", ".data");
        int port = Integer.parseInt(args.length > 1 ? args[1] : System.getProperty("newsgraph.boltPort", "7687"));
        long pageCache = Long.parseLong(System.getProperty("newsgraph.pageCacheBytes", String.valueOf(128L << 20)));
        Path home = Path.of(dataDir).toAbsolutePath();

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // the defaults make shutdown wait ~10 s for idle Bolt threads
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("LocalNeo4j: failed to start on 127.0.0.1:" + port + " with data in " + home + ": " + root);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("LocalNeo4j: shutting down");
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(25_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.err.println("LocalNeo4j: shutdown took too long, halting");
                    Runtime.getRuntime().halt(2);
                }, "neo4j-shutdown-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
                try {
                    dbms.shutdown();
                    removeOwnRecord();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
                System.err.println("LocalNeo4j: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown-hook"));

        Thread stdinWatch = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // discard; we only wait for EOF
                }
            } catch (Exception ignored) {
                // treat a broken stdin like EOF
            }
            System.err.println("LocalNeo4j: stdin closed");
            System.exit(0); // runs the shutdown hook
        }, "neo4j-stdin-watch");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!db.isAvailable(1000)) {
            if (System.nanoTime() > deadline) {
                System.err.println("LocalNeo4j: default database did not become available");
                System.exit(1);
            }
        }
        stdout.println("NEO4J_READY bolt://127.0.0.1:" + port);
        stdout.flush();

        Thread.currentThread().join(); // wait until the process is told to stop
    }

    private static void removeOwnRecord() {
        String file = System.getProperty("newsgraph.recordFile");
        if (file == null) {
            return;
        }
        try {
            Path record = Path.of(file);
            if (Files.exists(record)
                    && Files.readString(record).contains("\"pid\":" + ProcessHandle.current().pid() + ",")) {
                Files.delete(record);
            }
        } catch (Exception e) {
            System.err.println("LocalNeo4j: could not remove " + file + ": " + e);
        }
    }
}
