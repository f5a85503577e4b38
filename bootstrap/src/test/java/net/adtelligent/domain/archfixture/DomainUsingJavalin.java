package net.adtelligent.domain.archfixture;

import io.javalin.Javalin;

/** Deliberately bad: the domain reaching for a web framework. Only the architecture tests import it. */
public final class DomainUsingJavalin {

    Javalin server() {
        return Javalin.create();
    }
}
