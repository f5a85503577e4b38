package net.adtelligent.adapters.http.web;

import java.util.Locale;

/** Reads Accept-Encoding (RFC 9110 §12.5.3) for one question: may the answer be gzip? */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * True when gzip (or x-gzip) is listed with a weight above zero, or not listed while "*" is;
     * "gzip;q=0" refuses it whatever "*" says.
     */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, weight(parts));
            } else if (coding.equals("*")) {
                any = weight(parts);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** The q parameter, 1 when absent; an unreadable one counts as 0, so a garbled header gets identity. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
