package io.corroborate.gateway.portal;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.corroborate.devstack.demo.DemoData;
import io.corroborate.devstack.keycloak.KeycloakPortalClient;
import io.corroborate.devstack.keycloak.KeycloakUsers;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The analyst portal in a real headless Chromium, against the real gateway, services, PostgreSQL and Keycloak, each
 * analyst logging in through Keycloak's own login page. Every test leaves a screenshot in target/portal-screenshots.
 */
@QuarkusTest
class PortalBrowserTest {

    private static final String COMPENSATION = "North Korea refused Russia's offer of financial compensation for treating and hosting wounded Russian soldiers.";
    private static final String TREATED_ABROAD = "Hundreds of Russian soldiers wounded in Ukraine are being treated in North Korea.";
    private static final String ISW_DOUBT = "Russia's treatment of its wounded calls into question official claims that it sends soldiers abroad for treatment.";

    private static final GraphQLClient ADMIN = GraphQLClient.as("portal-admin", "admin");
    private static boolean prepared;

    @TestHTTPResource("/")
    URL root;

    private String portal;

    @BeforeEach
    void servePortalAndDemoData() {
        // Keycloak's login server answers the browser only from origins listed on the portal client (README, Security).
        portal = "http://127.0.0.1:" + root.getPort() + "/";
        if (!prepared) {
            KeycloakPortalClient.allowOrigin("http://127.0.0.1:" + root.getPort());
            DemoData.load(portal.substring(0, portal.length() - 1), TestTokens.forUser("portal-admin", "admin"));
            prepared = true;
        }
    }

    @Test
    void theSeedTourShowsTheAmbassadorsChainItsCircularReportingAndTheIswContradiction() {
        user("tour-analyst", "AMBER", "analyst");
        try (Browser browser = new Browser(portal, 1280, 900).logIn("tour-analyst")) {
            browser.open("#/claims?search=financial+compensation");
            browser.click(By.linkText(COMPENSATION));
            browser.waitFor(By.cssSelector(".chain"));

            List<String> hops = browser.all(By.cssSelector(".chain li[data-role] .hop-source")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Alexander Matsegora", "Rossiyskaya Gazeta", "Institute for the Study of War"), hops,
                    "origin, then each relay, in order");
            assertTrue(browser.waitFor(By.cssSelector(".warning")).getText().contains("Circular reporting"));
            assertEveryControlIsLabelled(browser);
            browser.screenshot("claim");

            browser.open("#/claims?search=Hundreds+of+Russian+soldiers");
            browser.click(By.linkText(TREATED_ABROAD));
            assertTrue(browser.waitFor(By.cssSelector(".contradictions")).getText().contains(ISW_DOUBT),
                    "ISW's statement contradicts the official claim of treatment abroad");

            browser.click(By.cssSelector(".chain li[data-role=ORIGIN] a"));
            browser.waitFor(By.cssSelector(".reliability-chart"));
            assertEquals("Rossiyskaya Gazeta", browser.waitFor(By.tagName("h1")).getText());
            assertTrue(browser.text().contains("Claims as relay"));
            browser.screenshot("source");
        }
        try (Browser phone = new Browser(portal, 390, 844).logIn("tour-analyst")) {
            phone.open("#/claims?search=financial+compensation");
            phone.click(By.linkText(COMPENSATION));
            phone.waitFor(By.cssSelector(".chain"));
            long width = (Long) phone.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 390, "nothing runs off a 390 px screen sideways: " + width + " px");
            phone.screenshot("claim-390px");
        }
    }

    @Test
    void aGreenViewerNeverSeesARedItemNorARedactedHopsSourceAndIsOfferedNoWork() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String redSource = "Covert informant " + tag;
        String redSourceId = source(redSource, "PERSON", "RED");
        String outlet = source("Open Daily " + tag, "OUTLET", "CLEAR");
        String greenClaim = claim("Sealed cable reports grain convoys " + tag, "GREEN", redSourceId, outlet);
        String redClaim = claim("Sealed cable reports grain convoys, red annex " + tag, "RED", outlet);
        user("green-viewer", "GREEN", "viewer");

        try (Browser browser = new Browser(portal, 1280, 900).logIn("green-viewer")) {
            browser.open("#/claims?search=sealed+cable+grain+convoys");
            browser.waitFor(By.cssSelector("[data-claim-id='" + greenClaim + "']"));
            assertTrue(browser.all(By.cssSelector("[data-claim-id='" + redClaim + "']")).isEmpty(), "the RED claim is not listed");

            browser.click(By.cssSelector("[data-claim-id='" + greenClaim + "'] a"));
            browser.waitFor(By.cssSelector(".hop-redacted"));
            assertTrue(browser.text().contains("Redacted source"));
            assertFalse(browser.driver.getPageSource().contains(redSource), "the redacted hop's source is nowhere in the page");
            assertTrue(browser.all(By.id("s-review-this-claim")).isEmpty() && browser.all(By.id("s-relate-to-another-claim")).isEmpty(),
                    "a viewer is offered neither review nor relate");
            assertFalse(browser.driver.findElement(By.cssSelector("nav a[href='#/claims/new']")).isDisplayed(), "nor recording a claim");
            browser.screenshot("green-viewer-claim");

            browser.open("#/sources?search=" + redSource.replace(' ', '+'));
            String found = browser.waitFor(By.cssSelector("main table")).getText();
            assertFalse(found.contains(redSource), "the RED source is not found by search: " + found);

            browser.open("#/claims/" + redClaim);
            browser.until(() -> browser.text().contains("Claim not found"));
            browser.open("#/sources/" + redSourceId);
            browser.until(() -> browser.text().contains("Source not found"));
            browser.open("#/sources/" + outlet);
            browser.waitFor(By.cssSelector(".reliability-chart"));
            assertTrue(browser.all(By.id("s-rate-this-source")).isEmpty(), "a viewer is offered no rating");
            assertFalse(browser.driver.getPageSource().contains("red annex"), "the outlet's RED claim is not among its claims");
        }
    }

    @Test
    void anEditorsReviewChangesTheSourcesComputedReliabilityAndItsChartOnceTheFeedHasAppliedIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String origin = source("Port authority spokesman " + tag, "PERSON", "CLEAR");
        String outlet = source("Harbour Gazette " + tag, "OUTLET", "CLEAR");
        String claim = claim("The port reopened to grain ships " + tag, "CLEAR", origin, outlet);
        user("portal-editor", "RED", "editor");

        try (Browser browser = new Browser(portal, 1280, 900).logIn("portal-editor")) {
            browser.open("#/sources/" + origin);
            String before = browser.waitFor(By.cssSelector(".current-reliability")).getText();
            String chartBefore = chartFigures(browser);

            browser.open("#/claims/" + claim);
            WebElement form = browser.waitFor(By.cssSelector("form[aria-label='Review this claim']"));
            new Select(form.findElement(By.name("input.status"))).selectByValue("CONFIRMED");
            new Select(form.findElement(By.name("input.credibility"))).selectByValue("2");
            form.findElement(By.name("input.rationale")).sendKeys("The port's own notice and two shipping trackers agree.");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.until(() -> browser.driver.findElement(By.cssSelector(".reviews")).getText().contains("confirmed"));

            browser.open("#/sources/" + origin);
            browser.until(() -> {
                browser.driver.navigate().refresh();
                String now = browser.waitFor(By.cssSelector(".current-reliability")).getText();
                return !now.equals(before) && now.contains("n=1");
            });
            assertNotEquals(chartBefore, chartFigures(browser), "the chart shows the new figure");
            browser.screenshot("source-after-review");
        }
    }

    @Test
    void aValidationErrorAppearsNextToItsFieldAndNothingIsStored() {
        user("portal-analyst", "AMBER", "analyst");
        // Letters only, six of them: each hex digit of a random UUID, with 0-9 read as g-p.
        String marker = "Quokkaphant" + UUID.randomUUID().toString().replace("-", "").chars().limit(6)
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
        try (Browser browser = new Browser(portal, 1280, 900).logIn("portal-analyst")) {
            browser.click(By.linkText("New claim"));
            WebElement statement = browser.waitFor(By.name("input.statement"));
            browser.driver.executeScript("arguments[0].value = arguments[1]", statement, marker + " " + "x".repeat(2001));
            browser.waitFor(By.cssSelector("[data-field='input.attribution[0].sourceId'] input")).sendKeys("Institute for the Study");
            browser.click(By.xpath("//button[contains(@class,'suggestion')][starts-with(normalize-space(.), 'Institute for the Study of War')]"));
            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement error = browser.waitFor(By.cssSelector("[data-field='input.statement'] .field-error"));
            browser.until(() -> error.getText().equals("must be at most 2000 characters"));
            assertEquals("true", statement.getDomAttribute("aria-invalid"));
            assertTrue(statement.getDomProperty("value").startsWith(marker), "the form keeps what was typed");
            browser.screenshot("validation-error");
        }
        ADMIN.execute("query($s: String) { claims(filter: {search: $s}) { totalCount } }", Map.of("s", marker))
                .body("data.claims.totalCount", is(0));
    }

    @Test
    void anAnalystPastesAnArticleReviewsItsProposedClaimsAndAcceptsThemInOneStep() {
        user("intake-analyst", "AMBER", "analyst");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(portal, 1280, 900).logIn("intake-analyst")) {
            browser.click(By.linkText("Article intake"));
            browser.waitFor(By.name("input.url")).sendKeys("https://news.example.test/intake-" + tag);
            browser.driver.findElement(By.name("title")).sendKeys("Pyongyang declines payment " + tag);
            browser.driver.findElement(By.name("input.text")).sendKeys("Rossiyskaya Gazeta reported, citing Alexander Matsegora, that"
                    + " Pyongyang declined any payment for treating wounded soldiers.\nThe weather in Kursk was cold.\n"
                    + "“The front is quiet,” a sentry said. “Nobody has moved for a week.”");
            browser.click(By.xpath("//button[text()='Propose claims']"));

            WebElement proposal = browser.waitFor(By.cssSelector("li.proposal"));
            assertTrue(browser.waitFor(By.cssSelector("mark")).getText().contains("declined any payment"), "the content is marked in the text");
            // The sentry's quotation goes on after the speaker: both its passages are marked as the second proposal.
            List<String> sentry = browser.all(By.cssSelector("mark[title='Proposal 2']")).stream().map(WebElement::getText).toList();
            assertEquals(2, sentry.size(), sentry.toString());
            assertTrue(sentry.get(1).contains("Nobody has moved for a week"), sentry.toString());
            browser.click(By.id("accept-1")); // not this one: only the ambassador's claim is recorded
            assertTrue(proposal.getText().contains("Alexander Matsegora (match 1.00)") && proposal.getText().contains("Rossiyskaya Gazeta (match"),
                    proposal.getText());
            browser.screenshot("intake");

            browser.click(By.xpath("//button[text()='Accept the checked claims']"));
            browser.waitFor(By.cssSelector("table.claims"));
            String row = browser.waitFor(By.cssSelector("table.claims tbody tr")).getText();
            assertTrue(row.contains("Pyongyang declined any payment") && row.contains("Alexander Matsegora → Rossiyskaya Gazeta"), row);
        }
    }

    /** What the chart's points say (their tooltips), in order. */
    private static String chartFigures(Browser browser) {
        return browser.all(By.cssSelector(".reliability-chart circle.point title")).stream()
                .map(title -> title.getDomProperty("textContent")).toList().toString();
    }

    /** Every form control has a label a screen reader can announce. */
    private static void assertEveryControlIsLabelled(Browser browser) {
        Object unlabelled = browser.driver.executeScript("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')).map(c => c.outerHTML)");
        assertEquals(List.of(), unlabelled);
    }

    private static void user(String username, String clearance, String role) {
        KeycloakUsers.ensure(username, clearance, List.of(role));
    }

    private static String source(String name, String kind, String marking) {
        return ADMIN.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "kind", kind, "marking", marking))).extract().path("data.createSource.id");
    }

    private static String claim(String statement, String marking, String origin, String... relays) {
        List<Map<String, String>> chain = new java.util.ArrayList<>();
        chain.add(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "STATEMENT"));
        for (String relay : relays) {
            chain.add(Map.of("role", "RELAY", "sourceId", relay, "verb", "REPORTED"));
        }
        return ADMIN.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                Map.of("i", Map.of("statement", statement, "marking", marking, "claimedAt", "2025-02-01T00:00:00Z",
                        "attribution", chain))).extract().path("data.createClaim.id");
    }
}
