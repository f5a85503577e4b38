package net.adtelligent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.tenant.TenantRejection;
import org.junit.jupiter.api.Test;

class InvalidFieldsTest {

    @Test
    void detail_givenTwoViolations_countsThemAndNamesEachFieldWithItsReason() {
        TenantRejection.Invalid invalid = new TenantRejection.Invalid(List.of(
                new FieldViolation("slug", "must be 3 to 63 characters long"),
                new FieldViolation("reporting_currency", "must be an ISO 4217 code")));

        assertThat(invalid.detail()).isEqualTo("2 fields are invalid: slug must be 3 to 63 characters long; "
                + "reporting_currency must be an ISO 4217 code");
        assertThat(invalid.kind()).isEqualTo(RejectionKind.INVALID);
        assertThat(invalid.code()).isEqualTo("validation");
    }

    @Test
    void detail_givenOneInvalidQueryParameter_namesItAsAParameter() {
        MetricsRejection.Invalid invalid = new MetricsRejection.Invalid(List.of(new FieldViolation("start", "must be a date")));

        assertThat(invalid.detail()).isEqualTo("1 parameter is invalid: start must be a date");
    }
}
