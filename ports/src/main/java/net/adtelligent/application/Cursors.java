package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.PageQuery;

/**
 * Opaque keyset cursors: the sort key of the last item, base64url-encoded so clients treat it as a
 * token and never build one. Keyset paging stays correct while rows are added between pages.
 */
final class Cursors {

    private static final String SLUG_PREFIX = "slug:";

    private Cursors() {
    }

    static String ofSlug(Slug slug) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((SLUG_PREFIX + slug.value()).getBytes(StandardCharsets.UTF_8));
    }

    static Either<TenantRejection, Option<Slug>> afterSlug(PageQuery query) {
        if (query.limit() < 1 || query.limit() > PageQuery.MAX_LIMIT) {
            return invalid("limit", "must be between 1 and " + PageQuery.MAX_LIMIT);
        }
        if (query.cursor().isEmpty()) {
            return Either.right(Option.none());
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(query.cursor().get()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return invalid("cursor", "is not a cursor this list returned");
        }
        if (!decoded.startsWith(SLUG_PREFIX)) {
            return invalid("cursor", "is not a cursor this list returned");
        }
        return Slug.parse("cursor", decoded.substring(SLUG_PREFIX.length()))
                .<Either<TenantRejection, Option<Slug>>>fold(
                        bad -> invalid("cursor", "is not a cursor this list returned"),
                        slug -> Either.right(Option.of(slug)));
    }

    private static <T> Either<TenantRejection, T> invalid(String field, String reason) {
        return Either.left(new TenantRejection.Invalid(List.of(new FieldViolation(field, reason))));
    }
}
