package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** Signing in to the console in a real browser: the session is cookies the page's script cannot read. */
class SignInBrowserTest {

    private static ChromeDriver browser;
    private static ConsoleServer server;

    @BeforeAll
    static void start() {
        server = ConsoleServer.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signIn_givenTheOwnersPassword_showsTheDashboardAndKeepsNoTokenWhereScriptsCanRead() {
        ConsolePage console = new ConsolePage(browser, server);
        console.signedOut();
        console.open("");
        console.waitForPage("sign-in");
        assertThat(browser.getCurrentUrl()).contains("#/sign-in");
        Axe.check(browser, "sign-in");
        Screenshots.take(browser, "sign-in", () -> console.waitForPage("sign-in"));

        console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");

        assertThat(browser.getCurrentUrl()).contains("#/demo/dashboard");
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
        assertThat((String) js.executeScript("return document.cookie")).doesNotContain("adt_console_session");
        // WebDriver lists only the cookies of the page's path; the browser's own list has them all.
        Map<String, Object> session = sessionCookie();
        assertThat(session.get("httpOnly")).isEqualTo(true);
        assertThat(session.get("sameSite")).isEqualTo("Strict");
        assertThat(session.get("path")).isEqualTo("/api/console/session/");

        // A reload keeps the session: the cookie is traded for a new access token.
        browser.navigate().refresh();
        console.waitForPage("dashboard");
        assertThat(browser.findElement(By.id("tenant")).isDisplayed()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionCookie() {
        Map<String, Object> all = browser.executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<Map<String, Object>>) all.get("cookies")).stream()
                .filter(cookie -> "adt_console_session".equals(cookie.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + all));
    }

    @Test
    void signIn_givenAWrongPassword_saysSoAndStaysOnTheSignInPage() {
        ConsolePage console = new ConsolePage(browser, server);
        console.signedOut();
        console.signIn(ConsoleServer.OWNER, "not the password at all");
        String problem = console.waitFor(By.cssSelector("[data-page='sign-in'] .problem")).getText();
        assertThat(problem).containsIgnoringCase("invalid");
        assertThat(browser.getCurrentUrl()).contains("#/sign-in");
    }
}
