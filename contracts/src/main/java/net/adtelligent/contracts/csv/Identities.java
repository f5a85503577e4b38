package net.adtelligent.contracts.csv;

import io.vavr.control.Option;

/**
 * Who a row's numbers belong to: account, campaign, ad group, ad. Exports often carry names but
 * no ids (Meta's "Campaign name", "Ad set name"), so a name stands in for a missing id, as the
 * generic CSV contract keys rows by names too: without that, two ad sets of one campaign would
 * collapse into one row. The account comes from the mapping when the file has none.
 */
final class Identities {

    private Identities() {
    }

    static void fill(ExportRow row) {
        row.cell("account_id").forEach(id -> row.put("account_id", id));
        if (row.cell("account_id").isEmpty() && row.accountId().isBlank()) {
            row.problem("account_id", "the row names no account: fill the cell or choose the file's account");
        }
        row.cell("account_name").forEach(name -> row.put("account_name", name));
        Option<String> campaign = level(row, "campaign_id", "campaign_name");
        if (campaign.isEmpty()) {
            row.problem(row.mapped("campaign_id") || !row.mapped("campaign_name") ? "campaign_id" : "campaign_name",
                    "the row names no campaign: it needs a campaign id or name");
        }
        Option<String> adGroup = level(row, "ad_group_id", "ad_group_name");
        Option<String> ad = level(row, "ad_id", "ad_name");
        if (ad.isDefined() && adGroup.isEmpty()) {
            row.problem(row.mapped("ad_id") ? "ad_id" : "ad_name", "the row names an ad but not its ad group");
        }
    }

    // The level's id, else its name as the id; the name as given either way.
    private static Option<String> level(ExportRow row, String idField, String nameField) {
        Option<String> name = row.cell(nameField);
        name.forEach(text -> row.put(nameField, text));
        Option<String> id = row.cell(idField).orElse(name);
        id.forEach(text -> row.put(idField, text));
        return id;
    }
}
