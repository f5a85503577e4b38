package net.adtelligent.contracts.csv;

import io.vavr.control.Option;

/**
 * Tells binary files from text by their first bytes: text has no NUL byte and few control
 * characters, where images, archives and executables have many. A file renamed .csv is refused
 * on upload, not reported row by row as thousands of problems.
 */
final class BinarySniffer {

    static final int SNIFF_BYTES = 8192;
    static final String BINARY = "the file is binary, not CSV text: it holds NUL bytes or control characters "
            + "(an Excel workbook, an image? save it as \"CSV UTF-8\" and upload that)";

    // A share of control characters no export has: a stray form feed or two is still text.
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinarySniffer() {
    }

    /** Why the file is no text, if its first bytes say so. */
    static Option<String> refuse(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return Option.of(BINARY);
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                control++;
            }
        }
        return control > length * MAX_CONTROL_SHARE ? Option.of(BINARY) : Option.none();
    }
}
