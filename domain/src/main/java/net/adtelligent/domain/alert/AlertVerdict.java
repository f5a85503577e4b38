package net.adtelligent.domain.alert;

import java.util.Objects;

/** What a rule says about one subject now: its condition holds, it cleared, or it cannot tell. */
public sealed interface AlertVerdict {

    String kind();

    AlertSubject subject();

    /** The condition holds: raise (or keep open) with this message, which says what to do. */
    record Raise(String kind, AlertSubject subject, String message) implements AlertVerdict {
        public Raise {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The condition cleared: resolve the open episode, if there is one. */
    record Resolve(String kind, AlertSubject subject) implements AlertVerdict {
        public Resolve {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** Nothing new: leave the episode as it is (a failure below the threshold neither raises nor resolves). */
    record Keep(String kind, AlertSubject subject) implements AlertVerdict {
        public Keep {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
