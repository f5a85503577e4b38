package net.adtelligent.domain;

/**
 * What sort of refusal a {@link Rejection} is: the one thing an embedder switches on to pick its
 * own answer (an HTTP status, an exit code, a gRPC status). Infrastructure failures are not here:
 * they are exceptions, never rejections.
 */
public enum RejectionKind {
    /** What was typed is wrong; {@link Rejection#violations()} names each field. */
    INVALID,
    /** The thing named does not exist, or the caller may not know that it does. */
    NOT_FOUND,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** The caller could not be told who they are (wrong credentials). */
    UNAUTHENTICATED,
    /** The request is fine, but the state of what it names does not allow it now. */
    CONFLICT,
    /** What it names existed but is gone for good (an upload whose file was removed): only deleting it is left. */
    GONE,
    /** More than the configured limit. */
    TOO_LARGE,
    /** Well-formed, but its content cannot be used (a file that is not CSV, an amount without a rate). */
    UNPROCESSABLE,
    /** Too many attempts in a short time: the same request may succeed after a wait. */
    TOO_MANY_ATTEMPTS
}
