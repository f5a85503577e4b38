package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard against the demo's year of data: the API's numbers, and the freshness banner's three states. */
class DashboardBrowserTest {

    private static final List<String> METRICS = List.of("spend", "impressions", "clicks", "conversions", "conversions_value",
            "cpc", "cpa", "roas");

    private static ChromeDriver browser;
    private static ConsoleServer server;
    private static ConsolePage console;

    @BeforeAll
    static void start() {
        server = ConsoleServer.get();
        browser = Browser.start();
        console = ConsolePage.signedIn(browser, server, ConsoleServer.OWNER);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void dashboard_showsTheApisNumbers_forTheSameQuery() {
        console.open("#/demo/dashboard?granularity=month&period=365");
        WebElement page = console.waitForPage("dashboard");
        String query = page.getDomAttribute("data-query");
        assertThat(query).contains("granularity=month", "group_by=platform");
        JsonNode api = new ConsoleApi(server, ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS)
                .get("/api/tenants/demo/metrics/combined/?" + query);

        // Long tables arrive in slices after the first rows: wait for the last.
        console.waitFor(By.cssSelector("[data-rows][data-complete]"));
        List<Map<String, String>> shown = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("[data-rows] tbody tr"))) {
            Map<String, String> cells = new java.util.TreeMap<>();
            cells.put("period", row.getDomAttribute("data-period"));
            cells.put("platform", row.getDomAttribute("data-platform"));
            row.findElements(By.cssSelector("td[data-metric]")).forEach(cell ->
                    cells.put(cell.getDomAttribute("data-metric"), cell.getDomAttribute("data-value")));
            shown.add(cells);
        }
        List<Map<String, String>> answered = new ArrayList<>();
        api.path("rows").forEach(row -> {
            Map<String, String> cells = new java.util.TreeMap<>();
            cells.put("period", row.path("period").asText());
            cells.put("platform", row.path("platform").asText());
            METRICS.forEach(metric -> cells.put(metric, row.path(metric).isNull() ? "" : row.path(metric).asText()));
            answered.add(cells);
        });
        assertThat(answered).hasSizeGreaterThan(12);
        assertThat(shown).isEqualTo(answered);
        for (String metric : METRICS) {
            WebElement total = browser.findElement(By.cssSelector(".totals dd[data-metric='" + metric + "']"));
            assertThat(total.getDomAttribute("data-value")).as(metric)
                    .isEqualTo(api.path("totals").path(metric).isNull() ? "" : api.path("totals").path(metric).asText());
        }
        // In the tenant's currency, as the reader's browser writes money.
        assertThat(browser.findElement(By.cssSelector(".totals dd[data-metric='spend']")).getText()).contains("€");
        Axe.check(browser, "dashboard");
        Screenshots.forReadme(Screenshots.take(browser, "dashboard", () -> console.waitForPage("dashboard")),
                "console-dashboard.png");
    }

    @Test
    void banner_givenAFreshSnapshot_saysUpToDateInTheTenantsAndTheViewersTimeZone() {
        console.open("#/demo/dashboard");
        console.waitForPage("dashboard");
        WebElement banner = browser.findElement(By.cssSelector(".banner[data-state]"));
        assertThat(banner.getDomAttribute("data-state")).isEqualTo("fresh");
        assertThat(banner.getText()).contains("Up to date", "Europe/Berlin", "your time");
        assertThat(banner.findElements(By.cssSelector("time[data-zone]"))).hasSize(2);
    }

    @Test
    void banner_givenATenantWithoutData_saysStaleWithTheReasons_andTheEmptyListSaysSo() {
        console.open("#/" + ConsoleServer.SECOND_TENANT + "/dashboard");
        console.waitForPage("dashboard");
        WebElement banner = browser.findElement(By.cssSelector(".banner[data-state]"));
        assertThat(banner.getDomAttribute("data-state")).isEqualTo("stale");
        assertThat(banner.getText()).contains("Some data may be out of date", "Ads: no ads connection has data yet",
                "GA4: no web connection has data yet");
        assertThat(browser.findElement(By.cssSelector(".empty")).getText()).contains("No ad data");
        Axe.check(browser, "dashboard, stale and empty");
        Screenshots.take(browser, "dashboard-stale", () -> console.waitForPage("dashboard"));
    }

    @Test
    void banner_givenTheApiUnreachable_keepsTheLastAnswer_saysHowOld_andRetries() {
        console.open("#/demo/dashboard?granularity=week&period=30");
        console.waitForPage("dashboard");
        String spend = browser.findElement(By.cssSelector(".totals dd[data-metric='spend']")).getText();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        try {
            browser.findElement(By.xpath("//button[normalize-space()='Refresh']")).click();
            WebElement down = new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(driver -> driver.findElement(By.cssSelector(".banner[data-state='down']")));
            assertThat(down.getText()).contains("cannot be reached", "Showing the last answer", "Trying again in");
            assertThat(down.findElement(By.cssSelector(".age")).getText()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector(".totals dd[data-metric='spend']")).getText()).isEqualTo(spend);
            assertThat(browser.findElements(By.cssSelector("[data-rows] tbody tr"))).isNotEmpty();
            Axe.check(browser, "dashboard, API down");
            Screenshots.take(browser, "dashboard-down", () -> { });
        } finally {
            browser.deleteNetworkConditions();
        }
        browser.findElement(By.xpath("//button[normalize-space()='Try now']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> "fresh".equals(browser.executeScript(
                "const b = document.querySelector('.banner[data-state]'); return b && b.dataset.state;")));
    }
}
