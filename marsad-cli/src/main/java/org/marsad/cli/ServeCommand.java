package org.marsad.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.marsad.Pipeline;
import org.marsad.server.MarsadServer;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: a REST/JSON API under /api/ (described at /openapi.json and /api) and the web UI",
                "at / (article reader with highlighted evidence, event table with CSV/GDELT export, dyad timeline,",
                "actor network, map, full-text search). Read-only unless a token is given: then POST /api/articles",
                "(ingest one article) and POST /api/recode answer requests that carry 'Authorization: Bearer TOKEN'.",
                "Bound to 127.0.0.1 unless --bind says otherwise. Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", description = {
            "Turns the write endpoints on, for requests with this bearer token (default: $MARSAD_TOKEN;",
            "prefer the variable: a command line is visible to other users of the machine)."})
    String token;

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv("MARSAD_TOKEN");
        if (port < 0 || port > 65535) {
            Io.stderr().println("marsad: --port must be from 0 to 65535");
            return 2;
        }
        Store store = db.open();
        // one reader connection per processor: event queries and dyad series run side by side (SQLite's WAL
        // lets readers go on while a writer, e.g. an ingest, commits)
        List<Store> readers = new ArrayList<>();
        for (int i = 0; i < Math.max(2, Runtime.getRuntime().availableProcessors()); i++) {
            readers.add(db.open());
        }
        return serve(store, readers, bind, port, t);
    }

    /** Serves {@code store} until the process is stopped; prints the URL first. */
    static int serve(Store store, String bind, int port, String token) throws InterruptedException {
        return serve(store, List.of(), bind, port, token);
    }

    /** As {@link #serve(Store, String, int, String)}, with reader connections for the busiest read endpoints. */
    static int serve(Store store, List<Store> readers, String bind, int port, String token) throws InterruptedException {
        PrintStream out = Io.stdout();
        Pipeline pipeline = Pipeline.load();
        MarsadServer server;
        try {
            server = new MarsadServer(store, readers, pipeline, token).start(bind, port);
        } catch (RuntimeException e) {
            store.close();
            readers.forEach(Store::close);
            Io.stderr().println("marsad: cannot serve on " + bind + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            host = "127.0.0.1";
        }
        out.println("Marsad serving " + store.describe() + " at http://" + host + ":" + server.port() + "/"
                + "  (API: /api, /openapi.json; writes " + (token == null || token.isBlank() ? "off" : "on, with the token")
                + "). Stop with Ctrl-C.");
        if (!isLoopback(bind)) {
            Io.stderr().println("marsad: listening on " + bind + ": other machines can reach this server");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            synchronized (store) {
                store.close();
            }
            stopped.countDown();
        }, "marsad-serve-stop"));
        stopped.await();
        return 0;
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }
}
