package net.adtelligent.adapters.http.web;

import net.adtelligent.domain.Rejection;

/** The HTTP adapter's answer to a rejection, opened to bootstrap's tests (the mapping itself is package-private). */
public record ProblemOfRejection(String type, String title, int status, String detail) {

    public static ProblemOfRejection of(Rejection rejection) {
        Problem problem = Problem.of(rejection);
        return new ProblemOfRejection(problem.type(), problem.title(), problem.status(), problem.detail());
    }
}
