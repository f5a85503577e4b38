package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.kms.CacheLimits;
import net.adtelligent.adapters.kms.EnvelopeVault;
import net.adtelligent.adapters.kms.LocalKeyring;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.RotateDataKeys;
import net.adtelligent.ports.in.system.RotateDataKeys.Plan;
import net.adtelligent.ports.out.ConnectionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rotate-deks on embedded PostgreSQL with the local keyring: three tenants of three sealed credentials each. */
class RotateDeksCliTest {

    @TempDir
    Path data;

    private RotationWorld world;

    @BeforeEach
    void seed() {
        world = new RotationWorld(data, Map.of());
    }

    private LocalKeyring keyring() {
        return LocalKeyring.openOrCreate(data.resolve(KmsSettings.KEYRING_FILE));
    }

    @Test
    void rotateDeks_givenSealedCredentials_givesEachTenantANewKeyAndEverySecretStillOpens() {
        assertThat(world.cli("rotate-deks")).as(world.err.toString()).isZero();

        assertThat(world.versions()).containsOnlyKeys(RotationWorld.SLUGS)
                .allSatisfy((slug, versions) -> assertThat(versions).containsOnly(2).hasSize(4));
        assertThat(world.plaintexts(keyring())).isEqualTo(RotationWorld.expected());
        assertThat(world.out.toString()).contains("--keys-before ")
                .containsPattern("alpha\\s+3 secrets\\s+3 sealed again\\s+key v2 \\(new\\)")
                .contains("3 tenants, 9 secrets, 9 sealed again").doesNotContain("EAAfake");
    }

    @Test
    void rotateDeks_givenATenant_rotatesThatTenantAlone() {
        assertThat(world.cli("rotate-deks", "--tenant", "bravo")).as(world.err.toString()).isZero();

        assertThat(world.versions()).isEqualTo(Map.of("alpha", List.of(1, 1, 1, 1), "bravo", List.of(2, 2, 2, 2),
                "charlie", List.of(1, 1, 1, 1)));
        assertThat(world.cli("rotate-deks", "--tenant", "nobody")).isEqualTo(2);
    }

    @Test
    void dryRun_givenSealedCredentials_countsAndChangesNoRow() throws Exception {
        String before = world.tables();

        assertThat(world.cli("rotate-deks", "--dry-run")).as(world.err.toString()).isZero();

        assertThat(world.tables()).isEqualTo(before);
        assertThat(world.out.toString()).contains("dry run, nothing changed: 3 tenants, 9 secrets, 9 to seal again")
                .contains("key v1 (would be new)");
    }

    /**
     * A failure at the second row of the second tenant: the first tenant stays rotated, the second is
     * as it was (its new key too is undone), every secret opens; the same plan run again finishes,
     * giving no tenant a second new key.
     */
    @Test
    void rotate_givenAFailureWithinTheSecondTenant_leavesEverySecretOpen_andARerunFinishesOnce() {
        Instant cutOff = Instant.now();
        Plan plan = new Plan(Option.none(), cutOff, false);
        AtomicInteger reseals = new AtomicInteger();
        world.withDatabase(db -> {
            ConnectionStore failing = new FailingConnections(db.connectionStore(), () -> {
                if (reseals.incrementAndGet() == PER_TENANT + 2) {
                    throw new IllegalStateException("the process dies here");
                }
            });
            var core = world.core(db, new EnvelopeVault(keyring(), db.dataKeyStore(), CacheLimits.DEFAULT), failing,
                    data.resolve("uploads"));
            RotateDataKeys rotation = core.rotateDataKeys();
            List<Tenant> tenants = rotation.tenants();
            assertThat(tenants).extracting(tenant -> tenant.slug().value()).containsExactlyElementsOf(RotationWorld.SLUGS);
            assertThatThrownBy(() -> tenants.forEach(tenant -> rotation.rotate(tenant.id(), plan)))
                    .hasMessageContaining("the process dies here");
            return null;
        });

        assertThat(world.versions()).isEqualTo(Map.of("alpha", List.of(2, 2, 2, 2), "bravo", List.of(1, 1, 1, 1),
                "charlie", List.of(1, 1, 1, 1)));
        assertThat(world.plaintexts(keyring())).isEqualTo(RotationWorld.expected());

        assertThat(world.cli("rotate-deks", "--keys-before", cutOff.toString())).as(world.err.toString()).isZero();

        assertThat(world.versions()).containsOnlyKeys(RotationWorld.SLUGS)
                .allSatisfy((slug, versions) -> assertThat(versions).containsOnly(2));
        assertThat(world.plaintexts(keyring())).isEqualTo(RotationWorld.expected());
        assertThat(world.out.toString()).containsPattern("alpha\\s+3 secrets\\s+0 sealed again\\s+key v2 \\(kept\\)")
                .containsPattern("bravo\\s+3 secrets\\s+3 sealed again\\s+key v2 \\(new\\)");
    }

    /**
     * The local keyring's master key rotation as the runbook tells it: a new key on top of the file,
     * the data keys wrapped under it; then the old key can leave the file and everything still opens.
     */
    @Test
    void newMasterKey_givenANewKeyOnTopOfTheKeyring_wrapsEveryDataKeyUnderIt_andTheOldKeyCanGo() throws Exception {
        Path file = data.resolve(KmsSettings.KEYRING_FILE);
        List<String> lines = Files.readAllLines(file);
        String oldLine = lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().get();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String newLine = Base64.getEncoder().encodeToString(key);
        Files.writeString(file, newLine + "\n" + String.join("\n", lines) + "\n");
        String newId = keyring().currentKeyId();

        assertThat(world.cli("rotate-deks", "--new-master-key", newId)).as(world.err.toString()).isZero();
        assertThat(world.cli("rotate-deks", "--new-master-key", newId)).as(world.err.toString()).isZero();

        assertThat(world.out.toString()).contains("3 tenants, 9 secrets, 9 sealed again", "key v1 (wrapped anew)",
                "3 tenants, 9 secrets, 0 sealed again", "key v1 (kept)");
        Files.writeString(file, newLine + "\n");
        assertThat(world.plaintexts(keyring())).isEqualTo(RotationWorld.expected());
        assertThat(world.cli("rotate-deks", "--new-master-key", "local/0000000000000000")).isEqualTo(2);
        assertThat(world.err.toString()).contains("local/0000000000000000");
        assertThat(world.tables()).doesNotContain(oldLine);
    }

    @Test
    void help_showsTheOptionsAndAnExample() {
        assertThat(world.cli("rotate-deks", "--help")).isZero();

        assertThat(world.out.toString()).contains("--dry-run", "--tenant", "--new-master-key", "--keys-before",
                "Example", "adtelligent rotate-deks");
    }

    private static final int PER_TENANT = RotationWorld.PER_TENANT;

    /** The database's connections, with a step run before each reseal: where a test makes the process die. */
    private record FailingConnections(ConnectionStore real, Runnable beforeReseal) implements ConnectionStore {

        @Override
        public Option<Connection> byAirbyteConnection(String airbyteConnectionId) {
            return real.byAirbyteConnection(airbyteConnectionId);
        }

        @Override
        public void add(net.adtelligent.domain.connection.Connection connection) {
            real.add(connection);
        }

        @Override
        public boolean addIfAbsent(net.adtelligent.domain.connection.Connection connection) {
            return real.addIfAbsent(connection);
        }

        @Override
        public void replace(net.adtelligent.domain.connection.Connection connection) {
            real.replace(connection);
        }

        @Override
        public Option<net.adtelligent.domain.connection.Connection> byId(TenantId tenant, ConnectionId id) {
            return real.byId(tenant, id);
        }

        @Override
        public java.util.Set<ConnectionId> deleted(TenantId tenant) {
            return real.deleted(tenant);
        }

        @Override
        public List<net.adtelligent.domain.connection.Connection> page(TenantId tenant, Option<Position> after, int limit) {
            return real.page(tenant, after, limit);
        }

        @Override
        public List<net.adtelligent.domain.connection.Connection> everyOf(TenantId tenant) {
            return real.everyOf(tenant);
        }

        @Override
        public List<Sealed> sealedForUpdate(TenantId tenant) {
            return real.sealedForUpdate(tenant);
        }

        @Override
        public void reseal(TenantId tenant, ConnectionId id, SealedSecret sealed) {
            beforeReseal.run();
            real.reseal(tenant, id, sealed);
        }
    }
}
