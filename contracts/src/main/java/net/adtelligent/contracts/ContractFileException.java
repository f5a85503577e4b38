package net.adtelligent.contracts;

import java.util.Objects;

/**
 * A contract file that cannot be used as written. It names the file and the key (a dotted path
 * such as {@code mapping.spend.as}) so whoever edits the file knows where to look; contracts are
 * shipped with the code, so this is a programming error and fails loading as a whole.
 */
public final class ContractFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String key;

    public ContractFileException(String file, String key, String problem) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(key, "key") + ": "
                + Objects.requireNonNull(problem, "problem"));
        this.file = file;
        this.key = key;
    }

    /** The resource name of the file, e.g. {@code net/adtelligent/contracts/streams/csv.generic.json}. */
    public String file() {
        return file;
    }

    /** The dotted path of the key at fault, or {@code (file)} when the file as a whole is. */
    public String key() {
        return key;
    }
}
