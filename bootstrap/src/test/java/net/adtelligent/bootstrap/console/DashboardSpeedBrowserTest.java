package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;


/**
 * The budget of docs/benchmarks.md: the dashboard over the demo's whole year, by day, is drawn
 * within a second of the page being opened (a reload, signed in: the session refreshed, the
 * tenants, the role and the year's numbers fetched, table and chart drawn), on loopback.
 */
class DashboardSpeedBrowserTest {

    static final double BUDGET_MS = 1_000;
    private static final int ROUNDS = 7;

    private static ChromeDriver browser;
    private static ConsolePage console;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        console = new ConsolePage(browser, ConsoleServer.get());
        console.signedOut();
        console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dashboardOfAYearByDay_isReadyWithinASecondOfOpening() throws IOException {
        List<Double> times = new ArrayList<>();
        console.open("#/demo/dashboard?granularity=day&period=365");
        console.waitForPage("dashboard");
        for (int round = 0; round < ROUNDS; round++) {
            // Each reload only once the last is drawn: a reload during the session's refresh
            // would drop the rotated cookie, and presenting the used one again ends the session.
            browser.navigate().refresh();
            console.waitForPage("dashboard");
            Object ready = ((JavascriptExecutor) browser).executeScript(
                    "const m = performance.getEntriesByName('console:dashboard:ready'); return m.length ? m[m.length - 1].startTime : null;");
            times.add(((Number) ready).doubleValue());
        }
        new ConsolePage(browser, ConsoleServer.get()).waitFor(org.openqa.selenium.By.cssSelector("[data-rows][data-complete]"));
        int rows = browser.findElements(org.openqa.selenium.By.cssSelector("[data-rows] tbody tr")).size();
        // The first round warms the JVM and the browser's caches: the budget is for the rest.
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(warm);
        double median = warm.get(warm.size() / 2);
        String figures = String.format("dashboard ready (ms from navigation start), a year by day, %d rows: first %d, warm %s,"
                + " median %d%n", rows, Math.round(times.get(0)), warm.stream().map(Math::round).toList(), Math.round(median));
        Files.writeString(Path.of("target", "console-dashboard-speed.txt"), figures);
        assertThat(rows).isGreaterThan(1_000);
        assertThat(median).as("median ms until the dashboard is drawn").isLessThan(BUDGET_MS);
    }
}
