package net.adtelligent.adapters.http.web;

import net.adtelligent.domain.Rejection;

/** Ends a request with a problem response; an expected outcome, so it carries no stack trace. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException of(Rejection rejection) {
        return new ProblemException(Problem.of(rejection));
    }

    Problem problem() {
        return problem;
    }
}
