package net.adtelligent.domain.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GA4's default channel groups, decided from a session's source and medium only (GA4 also reads
 * campaign names and ad-platform click ids, which the traffic report does not carry): close to
 * GA4's own grouping for tagged traffic, "Unassigned" where it cannot tell. The paid rule is GA4's:
 * a medium matching {@code ^(.*cp.*|ppc|retargeting|paid.*)$}.
 */
public enum ChannelGroup {
    PAID_SEARCH, PAID_SOCIAL, PAID_OTHER, ORGANIC_SEARCH, ORGANIC_SOCIAL, EMAIL, REFERRAL, DIRECT, UNASSIGNED;

    private static final Pattern PAID = Pattern.compile("^(.*cp.*|ppc|retargeting|paid.*)$");
    private static final Set<String> SEARCH_ENGINES = Set.of("google", "bing", "yahoo", "duckduckgo", "baidu", "yandex",
            "ecosia", "naver", "seznam", "qwant");
    private static final Set<String> SOCIAL_SITES = Set.of("facebook", "fb", "instagram", "ig", "linkedin", "tiktok",
            "twitter", "x", "t.co", "pinterest", "reddit", "snapchat", "youtube", "threads");
    private static final Set<String> SOCIAL_MEDIA = Set.of("social", "social-network", "social-media", "sm",
            "social network", "social media");
    private static final Set<String> EMAIL_WORDS = Set.of("email", "e-mail", "e_mail", "e mail");

    /** Whether GA4 counts a session of this medium as paid media. */
    public static boolean paid(String medium) {
        return PAID.matcher(medium.toLowerCase(Locale.ROOT)).matches();
    }

    public static ChannelGroup of(String source, String medium) {
        String from = source.toLowerCase(Locale.ROOT);
        String by = medium.toLowerCase(Locale.ROOT);
        boolean social = SOCIAL_SITES.contains(from) || SOCIAL_MEDIA.contains(by) || by.contains("social");
        if (from.equals("(direct)") && (by.equals("(none)") || by.equals("(not set)"))) {
            return DIRECT;
        }
        if (paid(by)) {
            return SEARCH_ENGINES.contains(from) ? PAID_SEARCH : social ? PAID_SOCIAL : PAID_OTHER;
        }
        if (SEARCH_ENGINES.contains(from) || by.equals("organic")) {
            return ORGANIC_SEARCH;
        }
        if (social) {
            return ORGANIC_SOCIAL;
        }
        if (EMAIL_WORDS.contains(from) || EMAIL_WORDS.contains(by)) {
            return EMAIL;
        }
        return by.equals("referral") || by.equals("app") || by.equals("link") ? REFERRAL : UNASSIGNED;
    }

    public boolean isPaid() {
        return this == PAID_SEARCH || this == PAID_SOCIAL || this == PAID_OTHER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
