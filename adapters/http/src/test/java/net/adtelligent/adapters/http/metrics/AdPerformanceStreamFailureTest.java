package net.adtelligent.adapters.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.uploads.UploadRouteTest;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.FactStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A store failing while facts are streamed must not leave the client with a short report that parses as whole. */
class AdPerformanceStreamFailureTest {

    private static final String NOVEMBER = "/api/tenants/acme/facts/ad-performance/?start=2026-11-01&end=2026-11-30";

    /** The read fails at this row (0: before the first); negative: it does not fail. */
    private final AtomicInteger failAt = new AtomicInteger(-1);
    private final FactStores memory = InMemoryStores.facts();
    private final TestApi api = TestApi.start(stores -> stores, core -> core.facts(new FactStores(failing(memory.adPerformance()),
            memory.webAnalytics(), memory.searchConsole(), memory.fxRates(), memory.conversionSettings(), memory.importJobs(),
            memory.warehouse(), memory.snapshots(), memory.alerts())),
            settings -> settings);

    AdPerformanceStreamFailureTest() {
        api.register("acme");
        StringBuilder csv = new StringBuilder("Day,Campaign,Cost (EUR)\r\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("2026-11-03,Campaign ").append(i).append(",2.50\r\n");
        }
        String id = UploadRouteTest.upload(api, csv.toString());
        api.put("/api/tenants/acme/uploads/" + id + "/mapping/", "{}");
        assertThat(api.post("/api/tenants/acme/uploads/" + id + "/commit/", "").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private AdPerformanceStore failing(AdPerformanceStore store) {
        return (AdPerformanceStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AdPerformanceStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("read") && failAt.get() >= 0) {
                        Consumer<Object> each = cast(args[2]);
                        AtomicInteger rows = new AtomicInteger();
                        args[2] = (Consumer<Object>) row -> {
                            if (rows.getAndIncrement() == failAt.get()) {
                                throw new IllegalStateException("connection lost");
                            }
                            each.accept(row);
                        };
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Object> cast(Object consumer) {
        return (Consumer<Object>) consumer;
    }

    @Test
    void read_givenFailureBeforeAnyRowWasSent_answers500Problem() {
        failAt.set(0);

        HttpResponse<String> response = api.get(NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
        assertThat(response.body()).doesNotContain("connection lost", "rows");
    }

    @Test
    void read_givenFailureAfterRowsWereSent_breaksTheResponse() {
        failAt.set(900);

        assertThatThrownBy(() -> api.get(NOVEMBER)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void read_givenNoFailure_answersEveryRow() {
        assertThat(TestApi.json(api.get(NOVEMBER)).path("rows")).hasSize(1_000);
    }
}
