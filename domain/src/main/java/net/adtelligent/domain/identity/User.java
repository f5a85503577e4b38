package net.adtelligent.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** A person who logs in. Which tenants they see is decided by their memberships. */
public record User(UserId id, Email email, PasswordHash passwordHash, UserStatus status, Instant createdAt, Instant updatedAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static User register(UserId id, Email email, PasswordHash hash, Instant now) {
        return new User(id, email, hash, UserStatus.ACTIVE, now, now);
    }

    public User withPassword(PasswordHash hash, Instant now) {
        return new User(id, email, hash, status, createdAt, now);
    }

    public boolean canLogIn() {
        return status == UserStatus.ACTIVE;
    }
}
