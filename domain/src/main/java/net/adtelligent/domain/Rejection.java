package net.adtelligent.domain;

import java.util.List;

/**
 * Why a use case said no: an expected outcome, told to the user, never an exception. Every
 * rejection says its {@link #kind()}, so whoever answers the user maps all of them with one switch.
 */
public interface Rejection {

    /** The kind, code and title this rejection shares with every other occurrence of it. */
    RejectionType type();

    default RejectionKind kind() {
        return type().kind();
    }

    /** The stable name of this problem ("slug-taken"): part of the public contract, never reworded. */
    default String code() {
        return type().code();
    }

    /** A short summary of the problem, the same for every occurrence of it ("Slug already taken"). */
    default String title() {
        return type().title();
    }

    /** This occurrence in one line, naming the field and reason where the refusal is about fields. */
    String detail();

    /** Each refused field with its reason; empty when the refusal is not about what was typed. */
    default List<FieldViolation> violations() {
        return List.of();
    }
}
