package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The XSS probe of {@link ConsoleServer#PROBE} shown as text: no script of it ran, no element of it exists. */
final class Probes {

    private Probes() {
    }

    static void assertNotRun(WebDriver browser) {
        assertThat(((JavascriptExecutor) browser).executeScript("return window.probeRan === undefined")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("main script, main img[src='x']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main a[href^='http://evil']"))).isEmpty();
    }
}
