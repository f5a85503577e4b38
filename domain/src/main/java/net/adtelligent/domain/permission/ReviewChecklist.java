package net.adtelligent.domain.permission;

import java.util.List;

/**
 * The review checklist (docs/runbooks/meta-app-review-submission-checklist.md), written from the
 * catalog alone, so the two cannot disagree by hand: the drift check compares the file with this
 * text. Meta comes first, its App Review being the one submission that needs a screencast for each
 * permission; the other platforms' reviews follow in the same shape.
 */
public final class ReviewChecklist {

    public static final String PATH = "docs/runbooks/meta-app-review-submission-checklist.md";

    private ReviewChecklist() {
    }

    public static String render(PermissionCatalog catalog) {
        StringBuilder text = new StringBuilder();
        text.append("# Meta App Review submission checklist\n\n")
                .append("<!-- Written by `adtelligent permissions checklist --output ").append(PATH)
                .append("` from docs/permissions/*.yaml.\n")
                .append("     Change the catalog, then run that command; `adtelligent permissions drift` (and CI)\n")
                .append("     fail while this file and the catalog disagree. -->\n\n")
                .append("What to submit to each platform's review of its app, from the permission catalog\n")
                .append("([docs/permissions/](../permissions/)). Ask for exactly the permissions under \"Request\":\n")
                .append("unneeded permissions are a common reason for a rejection. The quarterly review of this list is\n")
                .append("in [permission-review.md](permission-review.md).\n");
        for (PlatformCatalog platform : catalog.all()) {
            section(text, platform);
        }
        return text.toString();
    }

    private static void section(StringBuilder text, PlatformCatalog platform) {
        text.append("\n## ").append(title(platform.platform())).append(": ").append(platform.app()).append("\n\n")
                .append(platform.review()).append("\n");
        checked(text, "Request (required_now: every consent asks for these)",
                platform.withStatus(PermissionStatus.REQUIRED_NOW));
        checked(text, "Request when the feature is turned on (optional_near_term)",
                platform.withStatus(PermissionStatus.OPTIONAL_NEAR_TERM));
        List<PlatformPermission> never = platform.permissions().stream().filter(permission -> !permission.status().requestable())
                .toList();
        if (!never.isEmpty()) {
            text.append("\n### Never request\n\n");
            for (PlatformPermission permission : never) {
                text.append("- `").append(permission.scope()).append("` (").append(permission.status().wireName())
                        .append("): ").append(permission.why()).append("\n");
            }
        }
    }

    private static void checked(StringBuilder text, String heading, List<PlatformPermission> permissions) {
        if (permissions.isEmpty()) {
            return;
        }
        text.append("\n### ").append(heading).append("\n\n");
        for (PlatformPermission permission : permissions) {
            text.append("- [ ] `").append(permission.scope()).append("` (").append(permission.product())
                    .append(", feature `").append(permission.feature()).append("`): ").append(permission.why()).append("\n")
                    .append("  - Use case: ").append(permission.useCase()).append("\n")
                    .append("  - Screencast: ").append(permission.screencast()).append("\n");
        }
    }

    private static String title(PermissionPlatform platform) {
        return switch (platform) {
            case META -> "Meta";
            case GOOGLE -> "Google";
            case MICROSOFT -> "Microsoft Advertising";
            case LINKEDIN -> "LinkedIn";
            case TIKTOK -> "TikTok";
        };
    }
}
