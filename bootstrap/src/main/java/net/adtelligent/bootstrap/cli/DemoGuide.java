package net.adtelligent.bootstrap.cli;

import net.adtelligent.bootstrap.DemoData;

/** What a newcomer can try once the demo is up. */
final class DemoGuide {

    private DemoGuide() {
    }

    static String text(String base, DemoData.Demo demo) {
        String password = demo.generatedPassword()
                .map(generated -> generated + "   (generated now and shown only this once; set ADT_DEMO_PASSWORD to choose it)")
                .getOrElse("as set in ADT_DEMO_PASSWORD, or as shown when the demo was first created");
        // The generated password is shown anyway; a configured one is the operator's secret and stays out.
        String inCommand = demo.generatedPassword().getOrElse("PASSWORD");
        return String.join(System.lineSeparator(),
                "",
                "Demo tenant '" + DemoData.SLUG + "' is ready; its owner is " + DemoData.EMAIL + ".",
                "  password: " + password,
                "",
                "Open the console in a browser: " + base + "/  (sign in with this email and password)",
                "",
                "Try:",
                "  curl " + base + "/api/health/",
                "  TOKEN=$(curl -s -X POST " + base + "/api/auth/login/ -H 'Content-Type: application/json' \\",
                "          -d '{\"email\":\"" + DemoData.EMAIL + "\",\"password\":\"" + inCommand + "\"}' | sed -E 's/.*\"access\":\"([^\"]+)\".*/\\1/')",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/tenants/",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/tenants/" + DemoData.SLUG + "/members/",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/tenants/" + DemoData.SLUG + "/audit/",
                "  curl -H \"Authorization: Bearer $TOKEN\" '" + base + "/api/tenants/" + DemoData.SLUG
                        + "/metrics/combined/?granularity=week&group_by=platform'",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/tenants/" + DemoData.SLUG + "/snapshots/latest/",
                "  curl " + base + "/openapi.json",
                "",
                "Connections (one per platform in the demo, with fake credentials that are never shown):",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/connectors/",
                "  curl -H \"Authorization: Bearer $TOKEN\" " + base + "/api/tenants/" + DemoData.SLUG + "/connections/",
                "  adtelligent readiness tenant --tenant " + DemoData.SLUG + "   (with this service's settings: do its connections open?)",
                "",
                "Password-reset and invitation mails land in the outbox folder under ADT_DATA_DIR.",
                "");
    }
}
