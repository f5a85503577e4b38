package net.adtelligent.adapters.kms;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;

/**
 * What a data key and each secret are bound to: the tenant and the purpose. The same pairs go to
 * the key service (KMS encryption context, the local keyring's associated data) and into the
 * associated data of each secret's AES-GCM, so both layers refuse a value moved elsewhere.
 */
final class EncryptionContext {

    private EncryptionContext() {
    }

    static Map<String, String> of(TenantId tenant, SecretPurpose purpose) {
        return Map.of("tenant_id", tenant.value().toString(), "purpose", purpose.label());
    }

    /** One canonical byte form: the pairs sorted by name, "name=value" joined by newlines. */
    static byte[] bytes(Map<String, String> context) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(context).forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString().getBytes(UTF_8);
    }

    /** The associated data of one secret: the algorithm, the data key's version and the context. */
    static byte[] ofSecret(Map<String, String> context, int dataKeyVersion) {
        return (Aead.ALGORITHM + "\nversion=" + dataKeyVersion + "\n" + new String(bytes(context), UTF_8)).getBytes(UTF_8);
    }
}
