package net.adtelligent.domain.upload;

import io.vavr.control.Option;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.domain.fact.Platform;

/**
 * A first mapping from a file's header names, for the user to confirm or correct. Each field of
 * the generic CSV contract takes the header that carries one of its names in the common exports
 * (Google Ads, Meta, Microsoft Advertising, LinkedIn, TikTok, plain spreadsheets; English, German,
 * French and Spanish), compared
 * without case, spaces or punctuation: "Impr." matches "impr", "CampaignName" matches "Campaign name".
 *
 * <p>Priority, so the outcome never depends on chance: fields in the order of {@link CsvMapping#FIELDS};
 * for a field, its names in the order listed (Meta's "Link clicks" before "Clicks (all)"); for a
 * name, the first header in the file. A header serves one field at most.
 *
 * <p>A currency code in parentheses after the spend header ("Amount spent (EUR)", "Cost (USD)"),
 * else after the conversion-value header, becomes the fixed currency. Only three capital letters
 * count: Meta's "Clicks (all)" is not Albanian lek. Dates are proposed as ISO; the account and the
 * source are {@link CsvMapping#DEFAULT_SOURCE} until the user names them.
 */
public final class MappingProposal {

    private static final Pattern CURRENCY = Pattern.compile("\\(\\s*([A-Z]{3})\\s*\\)");

    // Names as exports write them; compared by key(), so spelling variants of one name are listed once.
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("date", List.of("date", "Day", "Reporting starts", "TimePeriod", "Gregorian date",
                    "Start Date (in UTC)", "Start Date", "By Day",
                    "Tag", "Datum", "Berichtsbeginn",
                    "Jour", "Début des rapports", "Date de début",
                    "Día", "Fecha", "Inicio del informe", "Fecha de inicio")),
            Map.entry("account_id", List.of("account_id", "Customer ID", "AccountId", "Account number", "Account ID",
                    "Kunden-ID", "Konto-ID", "ID client", "ID de cliente")),
            Map.entry("account_name", List.of("account_name", "Account", "Customer name", "Account name",
                    "Konto", "Kontoname", "Compte", "Cuenta")),
            Map.entry("campaign_id", List.of("campaign_id", "CampaignId", "Kampagnen-ID", "ID de campagne",
                    "ID de la campagne", "ID de campaña", "ID de la campaña")),
            Map.entry("campaign_name", List.of("campaign_name", "Campaign", "Kampagnenname", "Kampagne",
                    "Campagne", "Nom de la campagne", "Campaña", "Nombre de la campaña")),
            Map.entry("ad_group_id", List.of("ad_group_id", "Ad set ID", "Anzeigengruppen-ID")),
            Map.entry("ad_group_name", List.of("ad_group_name", "Ad group", "Ad set name", "Ad set",
                    "Anzeigengruppenname", "Name der Anzeigengruppe", "Anzeigengruppe",
                    "Groupe d'annonces", "Nom de l'ensemble de publicités", "Grupo de anuncios",
                    "Nombre del conjunto de anuncios")),
            Map.entry("ad_id", List.of("ad_id", "Anzeigen-ID")),
            Map.entry("ad_name", List.of("ad_name", "Anzeigenname", "Name der Anzeige", "Nom de la publicité",
                    "Nombre del anuncio")),
            Map.entry("currency_code", List.of("currency_code", "Currency", "Währungscode", "Währung",
                    "Code de la devise", "Devise", "Código de moneda", "Moneda", "Divisa")),
            Map.entry("spend", List.of("spend", "Cost", "Amount spent", "Total Spent", "Kosten", "Betrag ausgegeben",
                    "Ausgegebener Betrag", "Coût", "Montant dépensé", "Coste", "Costo", "Importe gastado")),
            Map.entry("impressions", List.of("impressions", "Impr.", "Impressionen", "Impresiones")),
            Map.entry("clicks", List.of("clicks", "Link clicks", "Clicks (all)", "Clicks (destination)", "Klicks",
                    "Link-Klicks", "Klicks (alle)", "Clics", "Clics sur un lien", "Clics en el enlace",
                    "Clics (destino)")),
            Map.entry("conversions", List.of("conversions", "Conv.", "Results", "Purchases", "Ergebnisse",
                    "Käufe", "Résultats", "Achats", "Conversiones", "Resultados", "Compras")),
            Map.entry("conversions_value", List.of("conversions_value", "Conv. value", "Conversion value",
                    "Purchases conversion value", "Total conv. value", "Revenue", "Conv.-Wert",
                    "Wert der Conversions", "Umsatz", "Valeur de conv.", "Valor de conv.")));

    // Per platform, sets of header names that together say which UI wrote the file.
    private static final Map<Platform, List<List<String>>> SIGNATURES = signatures();

    private static Map<Platform, List<List<String>>> signatures() {
        Map<Platform, List<List<String>>> signatures = new LinkedHashMap<>();
        signatures.put(Platform.LINKEDIN_ADS, List.of(List.of("Start Date (in UTC)"), List.of("Total Spent")));
        signatures.put(Platform.TIKTOK_ADS, List.of(List.of("Clicks (destination)"), List.of("Clics (destino)"),
                List.of("Klicks (Ziel)"), List.of("Clics (destination)")));
        signatures.put(Platform.META_ADS, List.of(List.of("Reporting starts"), List.of("Amount spent"),
                List.of("Berichtsbeginn"), List.of("Betrag ausgegeben"), List.of("Ausgegebener Betrag"),
                List.of("Début des rapports"), List.of("Montant dépensé"), List.of("Inicio del informe"),
                List.of("Importe gastado")));
        signatures.put(Platform.MICROSOFT_ADS, List.of(List.of("Gregorian date"), List.of("Spend", "Impr.")));
        signatures.put(Platform.GOOGLE_ADS, List.of(List.of("Cost", "Impr."), List.of("Kosten", "Impr."),
                List.of("Coût", "Impr."), List.of("Coste", "Impr."), List.of("Costo", "Impr.")));
        return signatures;
    }

    private MappingProposal() {
    }

    public static CsvMapping propose(List<String> headers) {
        List<String> keys = headers.stream().map(MappingProposal::key).toList();
        Set<Integer> used = new HashSet<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String field : CsvMapping.FIELDS) {
            for (String name : NAMES.get(field)) {
                int at = firstUnused(keys, key(name), used);
                if (at >= 0) {
                    used.add(at);
                    columns.put(field, headers.get(at));
                    break;
                }
            }
        }
        Option<Currency> currency = currencyIn(columns.get("spend"))
                .orElse(() -> currencyIn(columns.get("conversions_value")));
        return new CsvMapping(columns, currency, DateOrder.ISO, CsvMapping.DEFAULT_SOURCE, CsvMapping.DEFAULT_SOURCE,
                platform(Set.copyOf(keys)));
    }

    /**
     * The platform whose UI names columns so: names only one platform's reports use, first the
     * most particular. Microsoft Advertising and Google Ads both write "Impr."; Microsoft says
     * "Spend" where Google says "Cost".
     */
    static Option<Platform> platform(Set<String> keys) {
        for (Map.Entry<Platform, List<List<String>>> signature : SIGNATURES.entrySet()) {
            for (List<String> names : signature.getValue()) {
                if (names.stream().map(MappingProposal::key).allMatch(keys::contains)) {
                    return Option.of(signature.getKey());
                }
            }
        }
        return Option.none();
    }

    /** A header as compared: lower case, letters and digits only, without a currency in parentheses. */
    static String key(String header) {
        String withoutCurrency = currencyIn(header).isDefined() ? CURRENCY.matcher(header).replaceAll("") : header;
        StringBuilder key = new StringBuilder();
        withoutCurrency.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static int firstUnused(List<String> keys, String wanted, Set<Integer> used) {
        for (int i = 0; i < keys.size(); i++) {
            if (!used.contains(i) && keys.get(i).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static Option<Currency> currencyIn(String header) {
        if (header == null) {
            return Option.none();
        }
        Matcher matcher = CURRENCY.matcher(header);
        if (!matcher.find()) {
            return Option.none();
        }
        try {
            return Option.of(Currency.getInstance(matcher.group(1)));
        } catch (IllegalArgumentException notACurrency) {
            return Option.none();
        }
    }
}
