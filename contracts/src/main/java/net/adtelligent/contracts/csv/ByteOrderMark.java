package net.adtelligent.contracts.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A file's encoding as its first bytes declare it. Spreadsheets that save "Unicode text" (Excel's
 * UTF-16 export, which Google Ads and LinkedIn offer as their Excel-ready CSV) always start with a
 * byte-order mark; a file without one is read as UTF-8, strictly.
 */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    static Charset charset(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }
}
