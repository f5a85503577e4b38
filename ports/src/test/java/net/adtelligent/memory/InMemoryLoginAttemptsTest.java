package net.adtelligent.memory;

import net.adtelligent.ports.out.LoginAttempts;
import net.adtelligent.ports.out.LoginAttemptsContract;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    @Override
    protected LoginAttempts store() {
        return new InMemoryLoginAttempts();
    }
}
