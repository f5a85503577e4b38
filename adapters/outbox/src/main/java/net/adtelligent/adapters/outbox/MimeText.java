package net.adtelligent.adapters.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/**
 * The two MIME encodings a plain-text mail needs, written out rather than taken from a mail
 * library: RFC 2047 encoded words for a non-ASCII subject and RFC 2045 quoted-printable for a
 * body that 8bit cannot carry. Both keep every line under the RFC 5322 limits.
 */
final class MimeText {

    static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 998;
    // "Subject: " + "=?UTF-8?B?" + 52 base64 chars + "?=" stays within RFC 2047's 76 characters.
    private static final int WORD_OCTETS = 39;
    private static final int QP_LINE_WIDTH = 75;

    private MimeText() {}

    /** The subject as it goes into the header: as is when plain ASCII, else encoded words. */
    static String subject(String subject) {
        boolean plain = subject.chars().allMatch(c -> c >= 0x20 && c < 0x7F)
                && !subject.contains("=?") && subject.length() <= 900;
        return plain ? subject : encodedWords(subject);
    }

    /** Code points are never split across words, so each word decodes on its own. */
    private static String encodedWords(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int chunkOctets = 0;
        for (int cp : text.codePoints().toArray()) {
            int octets = new String(Character.toChars(cp)).getBytes(UTF_8).length;
            if (chunkOctets + octets > WORD_OCTETS) {
                appendWord(out, chunk);
                chunk.setLength(0);
                chunkOctets = 0;
            }
            chunk.appendCodePoint(cp);
            chunkOctets += octets;
        }
        appendWord(out, chunk);
        return out.toString();
    }

    private static void appendWord(StringBuilder out, CharSequence chunk) {
        if (out.length() > 0) {
            out.append(CRLF).append(' '); // folding: the header continues on the next line
        }
        String base64 = Base64.getEncoder().encodeToString(chunk.toString().getBytes(UTF_8));
        out.append("=?UTF-8?B?").append(base64).append("?=");
    }

    /** Text with every line break as CRLF: bare LF and bare CR are both line breaks to a reader. */
    static String crlfLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", CRLF);
    }

    /** True when 8bit may carry the text: no line over 998 octets and no control characters but tab. */
    static boolean fitsEightBit(String crlfText) {
        for (String line : crlfText.split(CRLF, -1)) {
            boolean controls = line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F);
            if (controls || line.getBytes(UTF_8).length > MAX_LINE_OCTETS) {
                return false;
            }
        }
        return true;
    }

    /** Quoted-printable of the UTF-8 octets; CRLF stays a hard line break. */
    static String quotedPrintable(String crlfText) {
        StringBuilder out = new StringBuilder();
        String[] lines = crlfText.split(CRLF, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(CRLF);
            }
            encodeLine(lines[i].getBytes(UTF_8), out);
        }
        return out.toString();
    }

    private static void encodeLine(byte[] octets, StringBuilder out) {
        int width = 0;
        for (int i = 0; i < octets.length; i++) {
            int b = octets[i] & 0xFF;
            boolean endOfLine = i == octets.length - 1;
            // Trailing white space would be stripped in transit, so it is encoded too.
            boolean literal = (b > 0x20 && b < 0x7F && b != '=') || ((b == ' ' || b == '\t') && !endOfLine);
            String token = literal ? String.valueOf((char) b) : String.format("=%02X", b);
            if (width + token.length() > QP_LINE_WIDTH) {
                out.append('=').append(CRLF); // soft line break
                width = 0;
            }
            out.append(token);
            width += token.length();
        }
    }
}
