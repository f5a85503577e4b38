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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;


/**
 * The budget of docs/benchmarks.md: the dashboard of the demo tenant (a year of data) is drawn
 * within a second of the page being opened (a reload, signed in: the session refreshed, the
 * tenants, the role and the numbers fetched, totals and table drawn), on loopback: as it opens
 * (90 days by week, from the snapshot), and over the whole year by day (computed from the facts).
 */
class DashboardSpeedBrowserTest {

    static final double BUDGET_MS = 1_000;
    private static final int ROUNDS = 7;

    private static ChromeDriver browser;
    private static ConsolePage console;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        console = ConsolePage.signedIn(browser, ConsoleServer.get(), ConsoleServer.OWNER);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dashboardOfAYearByDay_isReadyWithinASecondOfOpening() throws IOException {
        String opened = measure("#/demo/dashboard");
        String year = measure("#/demo/dashboard?granularity=day&period=365");
        Files.writeString(Path.of("target", "console-dashboard-speed.txt"), opened + year);
    }

    /** Reloads the page ROUNDS times; asserts the median of all but the first under the budget; returns the figures. */
    private static String measure(String hash) {
        console.open(hash);
        console.waitForPage("dashboard");
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Each reload only once the last is drawn: a reload during the session's refresh
            // would drop the rotated cookie, and presenting the used one again ends the session.
            browser.navigate().refresh();
            console.waitForPage("dashboard");
            Object ready = ((JavascriptExecutor) browser).executeScript(
                    "const m = performance.getEntriesByName('console:dashboard:ready'); return m.length ? m[m.length - 1].startTime : null;");
            times.add(((Number) ready).doubleValue());
        }
        console.waitFor(By.cssSelector("[data-rows][data-complete]"));
        int rows = browser.findElements(By.cssSelector("[data-rows] tbody tr")).size();
        // The first round warms the JVM and the browser's caches: the budget is for the rest.
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(warm);
        double median = warm.get(warm.size() / 2);
        assertThat(median).as("median ms until " + hash + " is drawn").isLessThan(BUDGET_MS);
        return String.format("%s, %d rows: ready after (ms from navigation start) first %d, then %s; median %d%n", hash, rows,
                Math.round(times.get(0)), warm.stream().map(Math::round).toList(), Math.round(median));
    }
}
