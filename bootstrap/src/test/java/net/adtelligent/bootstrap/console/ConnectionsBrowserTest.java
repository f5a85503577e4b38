package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Data sources: the demo's connections, one connection's syncs, connecting through the stubbed consent screen, the probe. */
class ConnectionsBrowserTest {

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
    void list_showsEveryDemoConnection_withItsStatusTokenAndLastSync_andTheOwnersButtons() {
        console.open("#/demo/connections");
        WebElement page = console.waitForPage("connections");
        List<WebElement> rows = page.findElements(By.cssSelector("[data-connections] tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        assertThat(page.getText()).contains("TikTok Ads", "reauth required");
        assertThat(page.findElements(By.cssSelector("[data-connect] select option"))).isNotEmpty();
        assertThat(page.findElements(By.xpath(".//button[normalize-space()='Sync now']"))).hasSize(rows.size());
        Axe.check(browser, "connections");
        Screenshots.take(browser, "connections", () -> {
            console.waitForPage("connections");
            Layout.fitsWidth(browser);
        });
    }

    @Test
    void detail_showsTheSyncHistoryWithSuccessRatesAndDurations_andTheCredentialsFormWithoutValues() {
        console.open("#/demo/connections");
        WebElement page = console.waitForPage("connections");
        console.expectNewPage();
        page.findElement(By.xpath(".//tr[th[contains(., 'TikTok')] or td[normalize-space()='TikTok Ads']]//a")).click();
        WebElement detail = console.waitForPage("connections");
        assertThat(detail.getText()).contains("Success rate, 7 days", "Median duration", "Sync history");
        assertThat(detail.findElements(By.cssSelector("[data-runs] tbody tr[data-status='failed']"))).isNotEmpty();
        assertThat(detail.findElements(By.cssSelector("[data-credentials] input[type='password']"))).isNotEmpty();
        assertThat(detail.findElements(By.cssSelector("[data-credentials] input[type='password']")))
                .allMatch(input -> input.getDomProperty("value").isEmpty());
        Axe.check(browser, "connection detail");
        Screenshots.take(browser, "connection-detail", () -> {
            console.waitForPage("connections");
            Layout.fitsWidth(browser);
        });

        WebElement secret = detail.findElement(By.cssSelector("[data-credentials] input[data-field='access_token']"));
        secret.sendKeys("not a token!");
        detail.findElement(By.cssSelector("[data-credentials] button[type='submit']")).click();
        WebElement refused = console.waitFor(By.cssSelector("[data-credentials] .problem"));
        assertThat(refused.getText()).contains("access_token").doesNotContain("not a token!");
    }

    @Test
    void connect_throughTheStubbedConsentScreen_makesTheGoogleAdsConnectionAndReturnsToIt() {
        console.open("#/" + ConsoleServer.SECOND_TENANT + "/connections");
        assertThat(console.waitForPage("connections").findElement(By.cssSelector(".empty")).getText()).contains("No connections yet");
        Axe.check(browser, "connections, empty");
        // Connected in the probe tenant: the second one stays without data for the dashboard's tests.
        String home = browser.getWindowHandle();
        switchToConsent("GOOGLE_ADS", "/o/oauth2/v2/auth");

        // The platform sent the tab back to the callback, which sent it on to the connection made.
        WebElement made = Waits.patiently(browser).until(driver -> driver.findElement(By.cssSelector("[data-connected]")));
        assertThat(made.getText()).contains("Google Ads");
        assertThat(browser.getCurrentUrl()).contains("#/" + ConsoleServer.PROBES_TENANT + "/connections?id=")
                .doesNotContain("code=", "state=");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1234567890", "active")
                .doesNotContain(net.adtelligent.adapters.oauth.PlatformStubs.GOOGLE_REFRESH);
        browser.close();
        browser.switchTo().window(home);

        console.expectNewPage();
        browser.findElement(By.xpath("//button[normalize-space()='Check the connections again']")).click();
        WebElement row = Waits.patiently(browser).until(driver -> driver.findElement(
                By.xpath("//*[@data-connections]//tbody/tr[td[normalize-space()='Google Ads']]")));
        assertThat(row.getText()).contains("Google Ads", "1234567890", "active");
    }

    @Test
    void connect_whenTheConsentSeesTwoAccounts_asksWhichAndConnectsThePickedOne() {
        String home = browser.getWindowHandle();
        switchToConsent("META_ADS", "/v21.0/dialog/oauth");

        WebElement choice = Waits.patiently(browser).until(driver -> driver.findElement(By.cssSelector("[data-pick]")));
        assertThat(browser.getCurrentUrl()).contains("#/" + ConsoleServer.PROBES_TENANT + "/connections?consent=");
        assertThat(choice.getText()).contains("Meta Ads", "2 accounts", "Brand EU (1111111111)", "Brand US (2222222222)");
        Axe.check(browser, "connections, picking an account");
        choice.findElement(By.cssSelector("button[data-account='2222222222']")).click();

        WebElement made = Waits.patiently(browser).until(driver -> driver.findElement(By.cssSelector("[data-connected]")));
        assertThat(made.getText()).contains("Meta Ads");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2222222222")
                .doesNotContain(net.adtelligent.adapters.oauth.PlatformStubs.META_LONG);
        browser.close();
        browser.switchTo().window(home);
    }

    @Test
    void consentRefused_bringsTheBrowserToThePageSayingWhy_asText() {
        console.open("#/demo/connections");
        console.waitForPage("connections");
        console.expectNewPage();
        browser.get(ConsoleServer.get().url("/api/oauth/callback/META_ADS/?error=access_denied"
                + "&error_description=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&state=not-a-state"));

        WebElement page = console.waitForPage("consent-failed");
        assertThat(page.getText()).contains("The account was not connected", "Nothing was stored");
        assertThat(page.findElements(By.tagName("img"))).isEmpty();
        Axe.check(browser, "consent failed");
    }

    /** Starts a consent to the platform in the probe tenant and follows its link into the new tab. */
    private void switchToConsent(String platformName, String consentPath) {
        console.open("#/" + ConsoleServer.PROBES_TENANT + "/connections");
        WebElement page = console.waitForPage("connections");
        new Select(page.findElement(By.cssSelector("[data-connect] select"))).selectByValue(platformName);
        page.findElement(By.cssSelector("[data-connect] button[type='submit']")).click();
        WebElement link = console.waitFor(By.cssSelector("[data-consent-link]"));
        assertThat(link.getDomAttribute("href")).contains(consentPath, "state=");
        List<String> before = new ArrayList<>(browser.getWindowHandles());
        link.click();
        String consent = Waits.patiently(browser).until(driver -> driver.getWindowHandles().stream()
                .filter(handle -> !before.contains(handle)).findFirst().orElse(null));
        browser.switchTo().window(consent);
    }

    @Test
    void probe_inAConnectionsNameAndItsSyncFailure_showsAsTextAndNeverRuns() {
        console.open("#/" + ConsoleServer.PROBES_TENANT + "/connections");
        WebElement page = console.waitForPage("connections");
        WebElement probe = page.findElement(By.xpath(".//*[@data-connections]//tbody/tr[td[normalize-space()='LinkedIn Ads']]/th/a"));
        assertThat(probe.getText()).isEqualTo(ConsoleServer.PROBE);
        console.expectNewPage();
        probe.click();
        WebElement detail = console.waitForPage("connections");
        assertThat(detail.findElement(By.tagName("h1")).getText()).isEqualTo(ConsoleServer.PROBE);
        assertThat(detail.findElement(By.cssSelector("[data-runs] tbody tr")).getText()).contains(ConsoleServer.PROBE);
        Probes.assertNotRun(browser);
    }
}
