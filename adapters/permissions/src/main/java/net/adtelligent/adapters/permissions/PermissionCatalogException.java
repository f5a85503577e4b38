package net.adtelligent.adapters.permissions;

/**
 * A catalog file that cannot be used: not YAML, or an entry missing a field or with a value the
 * catalog does not allow. The message names the file, the line and the field, and says what is allowed.
 */
public final class PermissionCatalogException extends RuntimeException {

    private final String file;
    private final int line;

    PermissionCatalogException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based line of the value at fault; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
