package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tenant switcher, roles, and names that look like markup or formulas. */
class TenantsBrowserTest {

    // Within a display name's 100 characters.
    private static final String PROBE = "<script>window.__probed=1</script><img src=x onerror=window.__probed=2>=HYPERLINK(\"x\")";

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
    void switchTenant_keepsThePageAndItsQuery() {
        console.signedOut();
        console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
        console.open("#/demo/health");
        console.waitForPage("health");
        console.expectNewPage();
        new Select(browser.findElement(By.id("tenant"))).selectByValue(ConsoleServer.SECOND_TENANT);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("#/second/health"));
        console.waitForPage("health");

        console.open("#/second/dashboard?granularity=month&period=30");
        console.waitForPage("dashboard");
        console.expectNewPage();
        new Select(browser.findElement(By.id("tenant"))).selectByValue("demo");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("#/demo/dashboard"));
        assertThat(browser.getCurrentUrl()).contains("granularity=month", "period=30");
        WebElement page = console.waitForPage("dashboard");
        assertThat(page.findElement(By.tagName("h1")).getText()).contains("Demo Agency");
        assertThat(browser.findElement(By.cssSelector("input[name='granularity'][value='month']")).isSelected()).isTrue();
    }

    @Test
    void viewer_seesNoAdminControls_andAForcedRequestIsRefused() {
        console.signedOut();
        console.signIn(ConsoleServer.VIEWER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
        console.open("#/demo/tenant");
        WebElement page = console.waitForPage("tenant");
        assertThat(page.getText()).contains("Your role here: viewer");
        assertThat(browser.findElements(By.cssSelector("[data-admin]"))).isEmpty();
        Axe.check(browser, "tenant, as a viewer");

        // The same request the owner's button sends, made by hand from the viewer's page.
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/api.js').then(({client}) => client('demo').patch('/api/tenants/demo/', {display_name: 'Taken'}))"
                        + ".then(() => done(200), (e) => done(e.status));");
        assertThat(status).isEqualTo(403L);

        console.signedOut();
        console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
        console.open("#/demo/tenant");
        console.waitForPage("tenant");
        assertThat(browser.findElements(By.cssSelector("[data-admin='rename']"))).hasSize(1);
        Axe.check(browser, "tenant, as an owner");
        Screenshots.take(browser, "tenant", () -> console.waitForPage("tenant"));
    }

    @Test
    void names_thatLookLikeMarkupOrFormulas_areShownAsText() {
        ConsoleApi owner = new ConsoleApi(server, ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
        String original = owner.get("/api/tenants/" + ConsoleServer.SECOND_TENANT + "/").path("display_name").asText();
        owner.patch("/api/tenants/" + ConsoleServer.SECOND_TENANT + "/",
                "{\"display_name\": " + new com.fasterxml.jackson.databind.node.TextNode(PROBE) + "}");
        try {
            console.signedOut();
            console.signIn(ConsoleServer.OWNER, ConsoleServer.SIGN_IN_WORDS);
            console.waitForPage("dashboard");
            for (String page : new String[] {"dashboard", "tenant", "health"}) {
                console.open("#/" + ConsoleServer.SECOND_TENANT + "/" + page);
                WebElement root = console.waitForPage(page);
                assertThat(root.getText() + browser.findElement(By.id("tenant")).getText()).as(page).contains(PROBE);
                assertThat(((JavascriptExecutor) browser).executeScript("return window.__probed === undefined")).as(page)
                        .isEqualTo(true);
                assertThat(browser.findElements(By.cssSelector("main script, main img, header script, header img"))).as(page)
                        .isEmpty();
            }
        } finally {
            owner.patch("/api/tenants/" + ConsoleServer.SECOND_TENANT + "/",
                    "{\"display_name\": " + new com.fasterxml.jackson.databind.node.TextNode(original) + "}");
        }
    }
}
