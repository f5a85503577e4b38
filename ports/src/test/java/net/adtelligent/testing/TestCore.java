package net.adtelligent.testing;

import java.time.Clock;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;

/** The core on in-memory stores and fast fakes, for use-case and HTTP tests. */
public final class TestCore {

    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final Stores stores;
    public final RecordingMailer mailer = new RecordingMailer();
    public final Adtelligent core;

    public TestCore(Clock clock) {
        Stores memory = InMemoryStores.create();
        this.stores = new Stores(memory.tenants(), memory.users(), memory.memberships(), memory.refreshTokens(),
                memory.oneTimeTokens(), memory.invitations(), audit);
        this.core = Adtelligent.builder()
                .stores(stores)
                .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                .mailer(mailer)
                .clock(clock)
                .build();
    }

    public TestCore() {
        this(Clock.systemUTC());
    }
}
