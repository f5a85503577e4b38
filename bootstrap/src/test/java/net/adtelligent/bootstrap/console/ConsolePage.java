package net.adtelligent.bootstrap.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    void open(String hash) {
        expectNewPage();
        browser.get(server.url("/" + hash));
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
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
