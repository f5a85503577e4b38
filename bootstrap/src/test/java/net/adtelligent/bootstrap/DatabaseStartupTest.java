package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` before its database: it waits for it within ADT_DATABASE_STARTUP_WAIT, but not for a refused login. */
class DatabaseStartupTest {

    @TempDir
    Path pgData;

    @TempDir
    Path dataDir;

    @Test
    void start_givenDatabaseThatAppearsDuringTheStartupWait_servesOnceItIsThere() throws Exception {
        try (RestartablePostgres postgres = new RestartablePostgres(pgData)) {
            Settings settings = Settings.from(Map.of("ADT_DATABASE_URL", postgres.url(), "ADT_DATA_DIR", dataDir.toString(),
                    "ADT_HTTP_PORT", "0", "ADT_DATABASE_STARTUP_WAIT", "PT60S"));
            CompletableFuture<RestartablePostgres> appearing = CompletableFuture.supplyAsync(() -> {
                pause(Duration.ofSeconds(2));
                return postgres.start();
            });
            long start = System.nanoTime();

            try (StandaloneService service = StandaloneService.start(settings)) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(appearing.get(1, TimeUnit.MINUTES)).isNotNull();
                assertThat(took).isGreaterThan(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(40));
                assertThat(service.embeddedDatabase()).isFalse();
                assertThat(StandaloneServiceTest.get(service.httpPort(), "/api/health/ready/", null).statusCode())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void serve_givenRefusedLogin_exits2AtOnceWithoutWaiting() {
        try (RestartablePostgres postgres = new RestartablePostgres(pgData).start()) {
            String noSuchDatabase = postgres.url().replace("/postgres", "/no_such_db");
            StringWriter err = new StringWriter();
            long start = System.nanoTime();

            int code = Main.run(Map.of("ADT_DATABASE_URL", noSuchDatabase, "ADT_DATA_DIR", dataDir.toString(),
                    "ADT_HTTP_PORT", "0", "ADT_DATABASE_STARTUP_WAIT", "PT60S"),
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve");

            assertThat(code).as(err.toString()).isEqualTo(2);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(err.toString()).contains("refused the login", "no_such_db", "check ADT_DATABASE_URL");
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
