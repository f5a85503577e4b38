package net.adtelligent.bootstrap.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page test does in the console: open it, sign in, wait for a page, read its text. */
final class ConsolePage {

    private final WebDriver browser;
    private final ConsoleServer server;

    ConsolePage(WebDriver browser, ConsoleServer server) {
        this.browser = browser;
        this.server = server;
    }

    /** Signed in afresh as {@code email} with the dashboard drawn: where most page tests begin. */
    static ConsolePage signedIn(WebDriver browser, ConsoleServer server, String email) {
        ConsolePage console = new ConsolePage(browser, server);
        console.signedOut();
        console.signIn(email, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
        return console;
    }

    void open(String hash) {
        expectNewPage();
        String target = server.url("/" + hash);
        if (target.equals(browser.getCurrentUrl())) {
            // The same address is no navigation: the page would not be drawn again.
            browser.navigate().refresh();
        } else {
            browser.get(target);
        }
    }

    /**
     * Forgets that the page shown is ready, so the next {@link #waitForPage} waits for the page
     * drawn after this (a hash change keeps the document, and the old page stays until replaced).
     */
    void expectNewPage() {
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('[data-ready]').forEach(e => e.removeAttribute('data-ready'))");
    }

    /** Back to no session: the cookies of the console's origin are gone. */
    void signedOut() {
        browser.get(server.url("/api/health/live/"));
        browser.manage().deleteAllCookies();
    }

    void signIn(String email, String password) {
        open("#/sign-in");
        WebElement form = waitFor(By.cssSelector("[data-page='sign-in'] form"));
        form.findElement(By.cssSelector("input[type='email']")).sendKeys(email);
        form.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** Waits until the page of that name is shown and has finished loading (data-ready on its root). */
    WebElement waitForPage(String name) {
        return waitFor(By.cssSelector("[data-page='" + name + "'][data-ready]"));
    }

    WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException late) {
            // What the page showed instead: a problem the API answered, or another page.
            String shown = browser.findElements(By.id("main")).stream().map(WebElement::getText).findFirst().orElse("(no main)");
            throw new AssertionError("no " + locator + " at " + browser.getCurrentUrl() + "; the page shows: " + shown, late);
        }
    }
}
