package net.adtelligent.bootstrap.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pictures of a page at desktop and phone sizes, in target/screenshots/. With
 * -Dconsole.readme=true the desktop picture of a page the README shows is also copied to docs/images/.
 */
final class Screenshots {

    static final Path TARGET = Path.of("target", "screenshots");
    static final Path README_IMAGES = Path.of("..", "docs", "images");

    private Screenshots() {
    }

    /** Both sizes; the window is left at the desktop size. Returns the desktop picture. */
    static Path take(WebDriver browser, String name, Runnable settle) {
        at(browser, Browser.PHONE, name + "-phone.png", settle);
        return at(browser, Browser.DESKTOP, name + "-desktop.png", settle);
    }

    static void forReadme(Path picture, String name) {
        if (!Boolean.getBoolean("console.readme")) {
            return;
        }
        try {
            Files.createDirectories(README_IMAGES);
            Files.copy(picture, README_IMAGES.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Path at(WebDriver browser, Dimension size, String file, Runnable settle) {
        browser.manage().window().setSize(size);
        settle.run();
        // A chart is drawn again for the new width a moment later: wait until nothing sticks out.
        try {
            new WebDriverWait(browser, Duration.ofSeconds(3)).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
        } catch (TimeoutException stillWide) {
            // The picture then shows it; the page tests assert the width themselves.
        }
        try {
            Files.createDirectories(TARGET);
            Path picture = TARGET.resolve(file);
            Files.write(picture, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return picture;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
