package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Members, invitations and the audit log as the owner sees them; what a viewer sees and may not do. */
class AdminBrowserTest {

    private static ChromeDriver browser;
    private static ConsolePage console;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        console = new ConsolePage(browser, ConsoleServer.get());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Waits for a condition of a page that redraws its parts: an element replaced meanwhile is looked up again. */
    private static void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        Waits.patiently(browser).until(condition);
    }

    private static void as(String email) {
        console.signedOut();
        console.signIn(email, ConsoleServer.SIGN_IN_WORDS);
        console.waitForPage("dashboard");
    }

    @Test
    void owner_invitesRevokesAndChangesARole_andTheAuditLogShowsIt() {
        as(ConsoleServer.OWNER);
        console.open("#/demo/members");
        WebElement page = console.waitForPage("members");
        assertThat(page.findElements(By.cssSelector("[data-members] tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.findElement(By.cssSelector("[data-invitations], .empty")).getText()).isNotBlank();

        WebElement invite = page.findElement(By.cssSelector("[data-invite]"));
        invite.findElement(By.cssSelector("input[type='email']")).sendKeys("grace@example.com");
        new Select(invite.findElement(By.cssSelector("select"))).selectByValue("analyst");
        invite.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement invited = console.waitFor(By.cssSelector("[data-invitations] tr[data-invitation='grace@example.com']"));
        assertThat(invited.getText()).contains("analyst");
        Axe.check(browser, "members");
        Screenshots.take(browser, "members", () -> {
            console.waitForPage("members");
            Layout.fitsWidth(browser);
        });

        invited.findElement(By.xpath(".//button[normalize-space()='Revoke']")).click();
        console.waitFor(By.cssSelector("[data-invitations] tr[data-invitation='grace@example.com'] [data-confirm]")).click();
        waitUntil(driver ->
                driver.findElements(By.cssSelector("[data-invitations] tr[data-invitation='grace@example.com']")).isEmpty());

        WebElement viewer = page.findElement(By.cssSelector("[data-members] tr[data-member='" + ConsoleServer.VIEWER + "']"));
        new Select(viewer.findElement(By.cssSelector("select"))).selectByValue("analyst");
        viewer.findElement(By.cssSelector("[data-change-role]")).click();
        waitUntil(driver -> driver.findElement(By.cssSelector(".ok")).getText()
                .contains("is now analyst"));
        WebElement back = console.waitFor(By.cssSelector("[data-members] tr[data-member='" + ConsoleServer.VIEWER + "'] select"));
        new Select(back).selectByValue("viewer");
        browser.findElement(By.cssSelector("[data-members] tr[data-member='" + ConsoleServer.VIEWER + "'] [data-change-role]")).click();
        waitUntil(driver -> driver.findElement(By.cssSelector(".ok")).getText()
                .contains("is now viewer"));

        console.open("#/demo/audit?action=member.role_changed");
        WebElement audit = console.waitForPage("audit");
        assertThat(audit.findElements(By.cssSelector("[data-audit] tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(audit.findElement(By.cssSelector("input[name='action']")).getDomProperty("value")).isEqualTo("member.role_changed");
        Axe.check(browser, "audit");
        Screenshots.take(browser, "audit", () -> {
            console.waitForPage("audit");
            Layout.fitsWidth(browser);
        });
        String csv = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/session.js').then(s => s.accessToken()).then(token => fetch('/api/tenants/demo/audit/?format=csv&action=member.role_changed',
                  {headers: {Authorization: 'Bearer ' + token}})).then(r => r.text()).then(done, e => done(String(e)));""");
        assertThat(csv).startsWith("\"id\"").contains("member.role_changed");
        audit.findElement(By.cssSelector("[data-export]")).click();
        waitUntil(driver -> driver.findElement(By.id("announce")).getDomProperty("textContent")
                .contains("audit log CSV is downloaded"));
        assertThat(audit.findElements(By.cssSelector(".problem"))).isEmpty();
    }

    @Test
    void viewer_seesNoAdminPagesOrButtons_andAForcedRequestIsRefused() {
        as(ConsoleServer.VIEWER);
        assertThat(browser.findElements(By.cssSelector("#nav a[href$='/members'], #nav a[href$='/audit']"))).isEmpty();
        console.open("#/demo/connections");
        WebElement connections = console.waitForPage("connections");
        assertThat(connections.findElements(By.cssSelector("[data-connect]"))).isEmpty();
        assertThat(connections.findElements(By.tagName("button"))).noneMatch(WebElement::isDisplayed);
        assertThat(connections.findElements(By.cssSelector("[data-connections] tbody tr"))).isNotEmpty();
        Axe.check(browser, "connections, viewer");
        console.open("#/demo/alerts?state=all");
        WebElement alerts = console.waitForPage("alerts");
        assertThat(alerts.findElements(By.cssSelector("button[data-acknowledge]"))).isEmpty();
        console.open("#/demo/imports");
        WebElement imports = console.waitForPage("imports");
        assertThat(imports.findElements(By.cssSelector("[data-upload-form], [data-mapping], [data-commit]"))).isEmpty();
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/api.js').then(api => api.client('demo').get('/api/tenants/demo/alerts/')
                  .then(page => api.client('demo').post('/api/tenants/demo/alerts/' + page.items[0].id + '/acknowledge/'))
                  .then(() => done(200), e => done(e.status)));""");
        assertThat(status).isEqualTo(403L);
        Object members = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/api.js').then(api => api.client('demo').get('/api/tenants/demo/members/').then(() => done(200), e => done(e.status)));""");
        assertThat(members).isEqualTo(403L);
    }
}
