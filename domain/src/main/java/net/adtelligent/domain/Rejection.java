package net.adtelligent.domain;

/** Why a use case said no: an expected outcome, told to the user, never an exception. */
public interface Rejection {

    String detail();
}
