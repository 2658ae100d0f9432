package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;

/** Watch rules and alerts against a real PostgreSQL server (skipped without one). */
class WatchPostgresTest extends WatchContract {
    private String url;

    @Override
    protected Store create() {
        url = PostgresServer.get().newDatabase();
        return Store.open(url);
    }

    @Test
    void twoProcessesStoringCopiesOfOneStoryAtOnceMakeOneStoryAndOneAlert() throws Exception {
        store.saveRule(exampleRule("dprk-arms-transfers.yaml"));
        Article seed = seed();
        Pipeline p = pipeline();
        List<Incoming> copies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Article a = copy(seed, "wire-" + i, "outlet-" + i, "نسخة " + i);
            copies.add(new Incoming(p.code(a), Pipeline.CODER_VERSION, Fingerprint.of(p.analyze(a.text())),
                    FullText.terms(p.analyze(a.text())), SourceRecord.of(a, "test", i)));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 2; t++) {
            int first = t;
            Thread th = new Thread(() -> {
                try (Store s = Store.open(url)) {
                    long run = s.startRun("test", Pipeline.CODER_VERSION);
                    go.await();
                    for (int i = first; i < copies.size(); i += 2) {
                        s.add(copies.get(i), run);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            th.start();
            threads.add(th);
        }
        go.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(List.of(), failures);
        List<Alert> alerts = store.alerts(false, 10);
        assertEquals(1, alerts.size(), alerts.toString());
        assertEquals(6, alerts.get(0).numMentions());
        assertEquals(6, alerts.get(0).numSources());
    }
}
