package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Alerts: the demo's TikTok sync_failing alert acknowledged, the state filter, the probe in an alert's text. */
class AlertsBrowserTest {

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
    void acknowledge_theOpenSyncFailingAlert_movesItToAcknowledged() {
        console.open("#/demo/alerts?state=open");
        WebElement page = console.waitForPage("alerts");
        Axe.check(browser, "alerts");
        Screenshots.take(browser, "alerts", () -> {
            console.waitForPage("alerts");
            Layout.fitsWidth(browser);
        });
        WebElement alert = page.findElement(By.cssSelector("[data-alerts] tr[data-kind='sync_failing'][data-state='open']"));
        String id = alert.getDomAttribute("data-alert");
        assertThat(alert.getText()).contains("syncs failed");
        // The connection by its name, linking to it.
        assertThat(alert.findElement(By.cssSelector("a[href*='connections?id=']")).getText()).startsWith("TikTok Ads");
        // The keyboard alone: Enter on the focused button.
        alert.findElement(By.cssSelector("button[data-acknowledge]")).sendKeys(Keys.ENTER);
        Waits.patiently(browser).until(driver -> "acknowledged".equals(driver
                .findElement(By.cssSelector("[data-alerts] tr[data-alert='" + id + "']")).getDomAttribute("data-state")));
        assertThat(page.findElement(By.cssSelector(".ok")).getText()).contains("acknowledged");

        console.expectNewPage();
        new Select(page.findElement(By.cssSelector("select[name='state']"))).selectByValue("acknowledged");
        WebElement acknowledged = console.waitForPage("alerts");
        assertThat(browser.getCurrentUrl()).contains("state=acknowledged");
        assertThat(acknowledged.findElements(By.cssSelector("[data-alerts] tr[data-alert='" + id + "']"))).hasSize(1);
        assertThat(acknowledged.findElements(By.cssSelector("button[data-acknowledge]"))).isEmpty();
    }

    @Test
    void emptyState_givenNoResolvedAlerts_saysSo() {
        console.open("#/" + ConsoleServer.SECOND_TENANT + "/alerts?state=resolved");
        WebElement page = console.waitForPage("alerts");
        assertThat(page.findElement(By.cssSelector(".empty")).getText()).contains("No resolved alerts");
        Axe.check(browser, "alerts, empty");
    }

    @Test
    void probe_inAnAlertsMessage_showsAsTextAndNeverRuns() {
        console.open("#/" + ConsoleServer.PROBES_TENANT + "/alerts?state=all");
        WebElement page = console.waitForPage("alerts");
        WebElement message = page.findElement(By.cssSelector("[data-alerts] tr[data-kind='sync_failing'] td.message"));
        assertThat(message.getText()).contains(ConsoleServer.PROBE);
        Probes.assertNotRun(browser);
    }
}
