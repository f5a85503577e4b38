package net.adtelligent.bootstrap.cli;

import net.adtelligent.bootstrap.DemoData;

/** What a newcomer can try once the demo is up. */
final class DemoGuide {

    private DemoGuide() {
    }

    static String text(String base) {
        return String.join(System.lineSeparator(),
                "",
                "Demo tenant '" + DemoData.SLUG + "' is ready. Try:",
                "  curl " + base + "/api/health/",
                "  curl " + base + "/api/tenants/",
                "  curl " + base + "/api/tenants/" + DemoData.SLUG + "/",
                "  curl -X POST " + base + "/api/tenants/ -H 'Content-Type: application/json' \\",
                "       -d '{\"slug\":\"acme\",\"display_name\":\"Acme\",\"reporting_currency\":\"USD\","
                        + "\"reporting_time_zone\":\"America/New_York\"}'",
                "  curl " + base + "/openapi.json",
                "");
    }
}
