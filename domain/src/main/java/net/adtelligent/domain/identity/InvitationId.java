package net.adtelligent.domain.identity;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** An invitation's public name: what an admin lists and revokes it by. The token never leaves the mail. */
public record InvitationId(UUID value) {

    // Canonical form only: UUID.fromString also takes "1-1-1-1-1", which no invitation id looks like.
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    /** An id as a client typed it; none when it is not one, so the caller answers "not found". */
    public static Option<InvitationId> parse(String text) {
        return text == null || !CANONICAL.matcher(text).matches()
                ? Option.none()
                : Option.of(new InvitationId(UUID.fromString(text)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
