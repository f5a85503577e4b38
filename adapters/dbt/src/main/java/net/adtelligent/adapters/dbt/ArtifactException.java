package net.adtelligent.adapters.dbt;

/** A file that is JSON but not the artifact dbt documents: says which field, never the contents. */
final class ArtifactException extends RuntimeException {

    ArtifactException(String message) {
        super(message, null, false, false);
    }
}
