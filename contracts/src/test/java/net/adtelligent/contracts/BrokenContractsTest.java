package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file under broken/ has one defect; loading it must name the file, the key and the problem. */
class BrokenContractsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            google_ads.unknown_transform.json     | mapping.currency_code.as          | unknown transform "iso4217"
            google_ads.unknown_column.json        | mapping.budget                    | unknown unified column for context
            google_ads.missing_primary_key.json   | primary_key                       | missing required key
            google_ads.unknown_key.json           | primary_keys                      | unknown key
            google_ads.undeclared_field.json      | mapping.account_name.field        | /customer.name is not declared in the schema
            google_ads.transform_misfit.json      | mapping.account_id.as             | urn_id cannot take /customer.id
            google_ads.wrong_kind.json            | mapping.currency_code             | yields DECIMAL but currency_code holds TEXT
            google_ads.wrong_date_format.json     | date.example                      | does not read as a day with format "yyyy-mm-dd"
            google_ads.missing_date_example.json  | date.example                      | missing required key
            google_ads.renamed.json               | stream                            | the file must be named after its stream
            google_ads.unknown_type.json          | schema.properties.customer.currency_code.type | unknown type "text"
            google_ads.closed_schema.json         | schema.additionalProperties       | must be true
            google_ads.two_shapes.json            | mapping.currency_code             | found const and field
            google_ads.not_json.json              | (file)                            | not valid JSON
            google_ads.aggregate_outside_key.json | aggregate_to_day.over[1]          | must be a primary key field
            meta_ads.missing_column.json          | mapping.clicks                    | missing: map the column or say why it is unavailable
            search_console.summed_averages.json   | aggregate_to_day                  | ctr cannot be summed
            google_ads.unknown_context.json       | mapping.currency_code.or.context  | no context supplies "currency"
            linkedin_ads.context_circle.json      | mapping.account_id.key            | goes round in a circle
            """)
    void read_givenBrokenFile_namesFileKeyAndProblem(String name, String key, String problem) throws IOException {
        String file = "broken/" + name;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            ContractFileException thrown = catchThrowableOfType(ContractFileException.class, () -> ContractReader.read(file, in));

            assertThat(thrown).as("reading " + file).isNotNull();
            assertThat(thrown.file()).isEqualTo(file);
            assertThat(thrown.key()).isEqualTo(key);
            assertThat(thrown).hasMessageStartingWith(file + ": " + key + ": ").hasMessageContaining(problem);
        }
    }
}
