package net.adtelligent.adapters.http.archfixture;

import com.nimbusds.jose.JWSAlgorithm;

/** Deliberately bad: signing tokens outside the auth adapter. */
public final class HttpUsingJoseLibrary {

    JWSAlgorithm algorithm;
}
