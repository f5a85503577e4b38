package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The CSV wizard end to end: a file with a bad row is refused by line, then a good file is committed. */
class ImportsBrowserTest {

    private static ChromeDriver browser;
    private static ConsolePage console;

    @TempDir
    static Path files;

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
    void wizard_givenABadRowThenAGoodFile_reportsTheLineThenCommits() throws IOException {
        String day = LocalDate.now().minusDays(3).toString();
        String next = LocalDate.now().minusDays(2).toString();
        Path bad = files.resolve("bad-spend.csv");
        Files.writeString(bad, "Day,Campaign,Cost,Currency\r\n" + day + ",Brand Search,12.30,EUR\r\n"
                + next + ",Brand Search,twelve,EUR\r\n");
        Path good = files.resolve("good-spend.csv");
        Files.writeString(good, "Day,Campaign,Cost,Currency\r\n" + day + ",Brand Search,12.30,EUR\r\n"
                + next + ",Brand Search,10.00,EUR\r\n");

        console.open("#/" + ConsoleServer.PROBES_TENANT + "/imports");
        WebElement page = console.waitForPage("imports");
        assertThat(page.findElement(By.cssSelector(".empty")).getText()).contains("No uploads yet");
        Axe.check(browser, "imports, empty");

        WebElement report = uploadAndCheck(page, bad, "invalid");
        WebElement problem = report.findElement(By.cssSelector("[data-problems] tr[data-line='3']"));
        assertThat(problem.getText()).contains("Cost");
        assertThat(report.findElements(By.cssSelector("[data-commit]"))).isEmpty();
        Axe.check(browser, "imports, a bad row");
        Screenshots.take(browser, "imports-invalid", () -> Layout.fitsWidth(browser));

        report = uploadAndCheck(page, good, "ready");
        assertThat(report.findElements(By.cssSelector("[data-preview] tbody tr"))).hasSize(2);
        report.findElement(By.cssSelector("[data-commit]")).click();
        WebElement committed = console.waitFor(By.cssSelector("[data-committed]"));
        assertThat(committed.getText()).contains("Committed");
        Waits.patiently(browser).until(driver -> !driver.findElements(
                By.cssSelector("[data-uploads] tr[data-status='committed']")).isEmpty());
        assertThat(page.findElements(By.cssSelector("[data-uploads] tr[data-status='invalid']"))).hasSize(1);
        Axe.check(browser, "imports, committed");
        Screenshots.take(browser, "imports", () -> Layout.fitsWidth(browser));
    }

    private static WebElement uploadAndCheck(WebElement page, Path file, String status) {
        page.findElement(By.cssSelector("[data-upload-form] input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        page.findElement(By.cssSelector("[data-upload-form] button[type='submit']")).click();
        WebElement mapping = Waits.patiently(browser).until(driver -> driver.findElement(
                By.cssSelector("[data-wizard][data-status='uploaded'] [data-mapping]")));
        mapping.findElement(By.cssSelector("button[type='submit']")).click();
        return Waits.patiently(browser).until(driver -> driver.findElement(
                By.cssSelector("[data-wizard][data-status='" + status + "'] [data-report]")));
    }
}
