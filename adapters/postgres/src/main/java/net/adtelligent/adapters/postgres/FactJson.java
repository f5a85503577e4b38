package net.adtelligent.adapters.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;

/**
 * An ad performance row as a JSON object (the preview rows of an import's report), every field,
 * so it reads back equal. Amounts are strings: a JSON number read as a double would lose digits,
 * and the scale (10.50 is not 10.5 to BigDecimal.equals) would not survive either. Instants keep
 * their nanoseconds, as text. None is null.
 */
final class FactJson {

    private FactJson() {
    }

    static ObjectNode write(AdPerformanceDaily row, ObjectNode node) {
        return node.put("tenant_id", row.tenantId().value().toString())
                .put("connection_id", row.connectionId().value().toString())
                .put("platform", row.platform().name())
                .put("date_day", row.dateDay().toString())
                .put("account_id", row.accountId())
                .put("account_name", row.accountName().getOrNull())
                .put("campaign_id", row.campaignId())
                .put("campaign_name", row.campaignName().getOrNull())
                .put("ad_group_id", row.adGroupId().getOrNull())
                .put("ad_group_name", row.adGroupName().getOrNull())
                .put("ad_id", row.adId().getOrNull())
                .put("ad_name", row.adName().getOrNull())
                .put("currency_code", row.currencyCode().map(Currency::getCurrencyCode).getOrNull())
                .put("spend", row.spend().toPlainString())
                .put("impressions", row.impressions())
                .put("clicks", row.clicks())
                .put("conversions", row.conversions().toPlainString())
                .put("conversions_value", row.conversionsValue().toPlainString())
                .put("source_extracted_at", row.sourceExtractedAt().toString());
    }

    static AdPerformanceDaily read(JsonNode node) {
        return new AdPerformanceDaily(new TenantId(UUID.fromString(node.get("tenant_id").asText())),
                new ConnectionId(UUID.fromString(node.get("connection_id").asText())),
                Platform.valueOf(node.get("platform").asText()), LocalDate.parse(node.get("date_day").asText()),
                node.get("account_id").asText(), optional(node, "account_name"),
                node.get("campaign_id").asText(), optional(node, "campaign_name"),
                optional(node, "ad_group_id"), optional(node, "ad_group_name"),
                optional(node, "ad_id"), optional(node, "ad_name"),
                optional(node, "currency_code").map(Currency::getInstance),
                new BigDecimal(node.get("spend").asText()), node.get("impressions").asLong(),
                node.get("clicks").asLong(), new BigDecimal(node.get("conversions").asText()),
                new BigDecimal(node.get("conversions_value").asText()),
                Instant.parse(node.get("source_extracted_at").asText()));
    }

    /** A missing field reads as none too, so a document written before a field existed stays readable. */
    private static Option<String> optional(JsonNode node, String field) {
        return Option.of(node.get(field)).filter(value -> !value.isNull()).map(JsonNode::asText);
    }
}
