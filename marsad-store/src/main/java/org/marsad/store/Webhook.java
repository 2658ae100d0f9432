package org.marsad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.marsad.io.CodedArticleJson;

/**
 * Delivers alerts to HTTP endpoints from a background thread, so that ingest never waits for a receiver.
 * Each alert is POSTed as JSON ({@link #json}) with the header {@value #SIGNATURE_HEADER}:
 * {@code sha256=<hex HMAC-SHA256 of the body with the shared secret>} (GitHub's convention; a receiver
 * recomputes it over the raw body and compares in constant time) and {@value #EVENT_HEADER}: {@code alert}.
 * A delivery that fails (no connection, a timeout, a status other than 2xx) is tried again after 0.5 s, 1 s,
 * 2 s ... up to {@link #maxAttempts} attempts; then it is dropped and reported. The queue is bounded: when the
 * receiver is down for long, the newest alerts are reported and dropped rather than filling memory.
 */
public final class Webhook implements AutoCloseable {
    public static final String SIGNATURE_HEADER = "X-Marsad-Signature";
    public static final String EVENT_HEADER = "X-Marsad-Event";

    /** A delivery to make: where, with which secret, what. */
    public record Delivery(String url, String secret, String body) {
    }

    private static final Delivery STOP = new Delivery(null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final BlockingQueue<Delivery> queue;
    private final Thread worker;
    private final int maxAttempts;
    private final long firstBackoffMillis;
    private final Consumer<String> problems;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * @param maxAttempts        how many times one alert is tried
     * @param firstBackoffMillis the wait after the first failure (doubled after each further one)
     * @param problems           hears about deliveries given up (called on the webhook thread)
     */
    public Webhook(int maxAttempts, long firstBackoffMillis, Consumer<String> problems) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.queue = new LinkedBlockingQueue<>(10_000);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstBackoffMillis = Math.max(1, firstBackoffMillis);
        this.problems = problems;
        this.worker = new Thread(this::work, "marsad-webhook");
        worker.setDaemon(true);
        worker.start();
    }

    /** Five attempts, 0.5 s apart at first. */
    public Webhook(Consumer<String> problems) {
        this(5, 500, problems);
    }

    /**
     * The store listener that sends each alert of a rule with a {@code webhook} to it, with the secret from the
     * environment variable the rule names. Without a secret nothing is sent (a receiver could not trust it): the
     * alert is reported instead. {@code rules} is asked on the writing thread (e.g. {@code store::rules}).
     */
    public Consumer<Alert> listener(java.util.function.Supplier<java.util.List<WatchRule>> rules,
                                    java.util.function.Function<String, String> env) {
        return alert -> {
            for (WatchRule r : rules.get()) {
                if (r.name().equals(alert.rule()) && r.webhook() != null) {
                    String secret = env.apply(r.webhookSecretEnv());
                    if (secret == null || secret.isEmpty()) {
                        problems.accept("alert " + alert.id() + " of rule " + r.name() + " not sent to its webhook: "
                                + "the secret variable " + r.webhookSecretEnv() + " is not set");
                    } else {
                        send(r.webhook(), secret, alert);
                    }
                }
            }
        };
    }

    /** Queues an alert for delivery; never blocks. */
    public void send(String url, String secret, Alert alert) {
        String body;
        try {
            body = JSON.writeValueAsString(json(alert));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!queue.offer(new Delivery(url, secret, body))) {
            failed.incrementAndGet();
            problems.accept("webhook queue full: alert " + alert.id() + " not sent to " + url);
        }
    }

    /** The hex HMAC-SHA256 of {@code body} under {@code secret}, as sent in {@value #SIGNATURE_HEADER} after "sha256=". */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** An alert as JSON: the alert's fields and its event as {@code marsad code} prints events. */
    public static ObjectNode json(Alert a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("rule", a.rule());
        n.put("rule_title", a.ruleTitle());
        n.put("story_id", a.storyId());
        n.put("global_event_id", a.eventEid());
        n.put("article_id", a.articleId());
        n.put("url", a.url());
        n.put("outlet", a.outlet());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("evidence", a.evidence());
        n.put("sentence", a.sentence());
        n.put("num_mentions", a.numMentions());
        n.put("num_sources", a.numSources());
        n.put("num_articles", a.numArticles());
        n.put("created_at", a.createdAt());
        n.put("updated_at", a.updatedAt());
        n.put("read", a.read());
        n.set("event", CodedArticleJson.event(a.event()));
        return n;
    }

    private void work() {
        while (true) {
            Delivery d;
            try {
                d = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (d == STOP) {
                return;
            }
            deliver(d);
        }
    }

    private void deliver(Delivery d) {
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=" + sign(d.secret(), body);
        long wait = firstBackoffMillis;
        String last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", "marsad-webhook")
                        .header(EVENT_HEADER, "alert")
                        .header(SIGNATURE_HEADER, signature)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                HttpResponse<Void> resp = client.send(req, HttpResponse.BodyHandlers.discarding());
                if (resp.statusCode() / 100 == 2) {
                    delivered.incrementAndGet();
                    return;
                }
                last = "HTTP " + resp.statusCode();
            } catch (IOException | IllegalArgumentException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt < maxAttempts) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait *= 2;
            }
        }
        failed.incrementAndGet();
        problems.accept("webhook " + d.url() + ": alert not delivered after " + maxAttempts + " attempts (" + last + ")");
    }

    public long delivered() {
        return delivered.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Deliveries waiting. */
    public int pending() {
        return queue.size();
    }

    /** Delivers what is queued (waiting at most {@code timeout}), then stops the thread. */
    public void close(Duration timeout) {
        queue.offer(STOP);
        try {
            worker.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.interrupt();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

}
