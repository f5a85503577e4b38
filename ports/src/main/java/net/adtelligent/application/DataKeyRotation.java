package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.RotateDataKeys;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.SecretVault.CurrentKey;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Key rotation over the connections' sealed credentials, the secrets there are. The rows are locked
 * first, so a credential replaced meanwhile waits for the tenant's unit and is sealed under the new key.
 */
final class DataKeyRotation implements RotateDataKeys {

    private static final SecretPurpose PURPOSE = SecretPurpose.CONNECTION_CREDENTIALS;
    private static final int PAGE = 500;

    private final TenantStore tenants;
    private final ConnectionStore connections;
    private final SecretVault vault;
    private final UnitOfWork units;

    DataKeyRotation(TenantStore tenants, ConnectionStore connections, SecretVault vault, UnitOfWork units) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public List<Tenant> tenants() {
        List<Tenant> all = new ArrayList<>();
        Option<Slug> after = Option.none();
        while (true) {
            List<Tenant> page = tenants.listAfter(after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = Option.of(page.get(page.size() - 1).slug());
        }
    }

    @Override
    public TenantRotation rotate(TenantId tenant, Plan plan) {
        return units.inTenant(tenant, () -> {
            List<ConnectionStore.Sealed> sealed = connections.sealedForUpdate(tenant);
            Option<CurrentKey> before = vault.currentKey(tenant, PURPOSE);
            KeyChange change = change(before, plan);
            if (plan.dryRun()) {
                int stale = change == KeyChange.NEW_KEY ? sealed.size()
                        : (int) sealed.stream().filter(one -> !isCurrent(one.secret(), before, plan)).count();
                return new TenantRotation(tenant, sealed.size(), stale, before.map(CurrentKey::version), change);
            }
            List<SealedSecret> secrets = sealed.stream().map(ConnectionStore.Sealed::secret).toList();
            List<Either<OpenFailure, SealedSecret>> now = switch (change) {
                case NEW_KEY -> vault.newDataKey(tenant, PURPOSE, secrets);
                case REWRAPPED -> {
                    vault.rewrapDataKey(tenant, PURPOSE, plan.newMasterKey().get());
                    yield vault.reseal(tenant, PURPOSE, secrets);
                }
                case KEPT -> vault.reseal(tenant, PURPOSE, secrets);
            };
            int resealed = 0;
            for (int i = 0; i < sealed.size(); i++) {
                ConnectionStore.Sealed one = sealed.get(i);
                SealedSecret again = now.get(i).getOrElseThrow(failure -> new IllegalStateException("the credentials of"
                        + " connection " + one.id() + " of tenant " + tenant + " do not open (" + failure
                        + "): nothing of this tenant was changed"));
                if (!again.equals(one.secret())) {
                    connections.reseal(tenant, one.id(), again);
                    resealed++;
                }
            }
            return new TenantRotation(tenant, sealed.size(), resealed,
                    vault.currentKey(tenant, PURPOSE).map(CurrentKey::version), change);
        });
    }

    private static KeyChange change(Option<CurrentKey> current, Plan plan) {
        if (current.isEmpty()) {
            return KeyChange.KEPT;
        }
        if (plan.newMasterKey().isDefined()) {
            return current.get().masterKeyId().equals(plan.newMasterKey().get()) ? KeyChange.KEPT : KeyChange.REWRAPPED;
        }
        return current.get().since().isBefore(plan.keysBefore()) ? KeyChange.NEW_KEY : KeyChange.KEPT;
    }

    /** For a dry run: whether the secret is under the key it would end under, without asking the key service. */
    private static boolean isCurrent(SealedSecret secret, Option<CurrentKey> current, Plan plan) {
        String master = plan.newMasterKey().getOrElse(() -> current.get().masterKeyId());
        return current.exists(key -> key.version() == secret.dataKeyVersion()) && secret.masterKeyId().equals(master);
    }
}
