package net.adtelligent.domain.tenant;

import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import net.adtelligent.domain.FieldViolation;

/**
 * Parses the two settings every number a tenant sees depends on: the ISO 4217 currency spend is
 * converted into, and the IANA time zone its days are counted in. Offsets such as "+02:00" are
 * refused on purpose: they ignore daylight saving, so a day would start at the wrong hour half the year.
 */
public final class ReportingSettings {

    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

    private ReportingSettings() {
    }

    public static Validation<FieldViolation, Currency> currency(String field, String code) {
        if (code == null || code.isEmpty()) {
            return Validation.invalid(new FieldViolation(field, "is required"));
        }
        if (!code.matches("[A-Z]{3}")) {
            return Validation.invalid(new FieldViolation(field, "must be an ISO 4217 code of three capital letters, such as EUR"));
        }
        try {
            return Validation.valid(Currency.getInstance(code));
        } catch (IllegalArgumentException unknown) {
            return Validation.invalid(new FieldViolation(field, "is not a known ISO 4217 currency code"));
        }
    }

    public static Validation<FieldViolation, ZoneId> timeZone(String field, String id) {
        if (id == null || id.isEmpty()) {
            return Validation.invalid(new FieldViolation(field, "is required"));
        }
        if (!ZONE_IDS.contains(id)) {
            return Validation.invalid(new FieldViolation(field, "must be an IANA time zone id, such as Europe/Berlin"));
        }
        return Validation.valid(ZoneId.of(id));
    }
}
