package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The page fits the window's width: only tables scroll sideways, inside their own frame. */
final class Layout {

    private Layout() {
    }

    static void fitsWidth(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).longValue()).as("pixels the page is wider than the window").isLessThanOrEqualTo(0);
    }
}
