package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.ports.in.UserPorts;

/** Fine: what the HTTP adapter is given, every port in it checked against the actor. */
public final class HttpUsingUserPorts {

    UserPorts core;
}
