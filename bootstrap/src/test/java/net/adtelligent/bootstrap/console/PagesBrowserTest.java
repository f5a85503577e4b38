package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every page: no serious accessibility violation, a picture at both sizes, a phone's width, the keyboard alone. */
class PagesBrowserTest {

    private static final List<String> PUBLIC = List.of("sign-in", "reset-password", "accept-invitation");
    private static final List<String> SIGNED_IN = List.of("dashboard", "health", "tenant");

    private static ChromeDriver browser;
    private static ConsoleServer server;
    private static ConsolePage console;

    @BeforeAll
    static void start() {
        server = ConsoleServer.get();
        browser = Browser.start();
        console = new ConsolePage(browser, server);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPage_hasNoSeriousAccessibilityViolation_andFitsAPhone() {
        console.signedOut();
        for (String page : PUBLIC) {
            check(page, "#/" + page);
        }
        check("reset-password", "#/reset-password?token=made-up-token");
        console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
        for (String page : SIGNED_IN) {
            check(page, "#/demo/" + page);
        }
    }

    private void check(String page, String hash) {
        console.open(hash);
        console.waitForPage(page);
        Axe.check(browser, hash);
        Screenshots.take(browser, page + (hash.contains("token=") ? "-token" : ""), () -> console.waitForPage(page));
        browser.manage().window().setSize(Browser.PHONE);
        console.waitForPage(page);
        // The chart is drawn again for the narrower window a moment after it changes.
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> overflow() <= 0);
        } catch (org.openqa.selenium.TimeoutException wide) {
            assertThat(overflow()).as(hash + " wider than a phone").isLessThanOrEqualTo(0);
        }
        Axe.check(browser, hash + " on a phone");
        browser.manage().window().setSize(Browser.DESKTOP);
    }

    @Test
    void keyboardAlone_signsIn_movesBetweenPages_andChangesTheDashboard() {
        console.signedOut();
        console.open("#/sign-in");
        console.waitForPage("sign-in");
        // The email field has the focus; Tab to the password, Enter submits.
        new Actions(browser).sendKeys(ConsoleServer.OWNER).sendKeys(Keys.TAB).sendKeys(ConsoleServer.SIGN_IN_WORDS)
                .sendKeys(Keys.ENTER).perform();
        console.waitForPage("dashboard");

        WebElement health = tabUntil(By.cssSelector("#nav a[href$='/health']"));
        console.expectNewPage();
        health.sendKeys(Keys.ENTER);
        console.waitForPage("health");

        WebElement dashboard = tabUntil(By.cssSelector("#nav a[href$='/dashboard']"));
        console.expectNewPage();
        dashboard.sendKeys(Keys.ENTER);
        console.waitForPage("dashboard");
        // Tab stops once in a radio group, on its chosen button (week).
        WebElement month = tabUntil(By.cssSelector("input[name='granularity']:checked"));
        // Arrow keys move within a radio group, and choosing reloads the numbers.
        month.sendKeys(Keys.ARROW_RIGHT);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("granularity=month"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElement(By.cssSelector("[data-page='dashboard']")).getDomAttribute("data-query").contains("granularity=month"));
    }

    private static long overflow() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    /** Presses Tab until the element has the focus (at most 60 times). */
    private static WebElement tabUntil(By wanted) {
        WebElement target = browser.findElement(wanted);
        for (int i = 0; i < 60; i++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return target;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + wanted);
    }
}
