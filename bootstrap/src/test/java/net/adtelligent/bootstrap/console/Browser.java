package net.adtelligent.bootstrap.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Without them the browser
 * tests fail, naming the packages: a browser test that skips itself passes without testing anything.
 * ADT_CHROMIUM and ADT_CHROMEDRIVER point elsewhere when they are installed another way.
 */
final class Browser {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = executable("ADT_CHROMIUM", "/usr/bin/chromium");
        Path driver = executable("ADT_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    private static Path executable(String variable, String debianPath) {
        Path path = Path.of(Optional.ofNullable(System.getenv(variable)).filter(value -> !value.isBlank()).orElse(debianPath));
        if (!Files.isExecutable(path)) {
            throw new AssertionError(path + " not found: the browser tests need Chromium and its driver; install them "
                    + "with `apt-get install chromium chromium-driver` (or set " + variable + ")");
        }
        return path;
    }
}
