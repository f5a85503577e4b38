package net.adtelligent.application;

/** A file name as a client sent it, made safe to show and store: no path, no control characters, bounded. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String plain(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        }
        return name.isEmpty() ? "upload.csv" : name;
    }
}
