package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;
import net.adtelligent.bootstrap.ReadinessChecks.Check;

/** The pass/fail table of `readiness airbyte` and `readiness production`, and its exit code. */
final class ReadinessTable {

    private ReadinessTable() {
    }

    static int print(PrintWriter out, List<Check> checks) {
        out.printf("%-14s %-4s  %s%n", "CHECK", "", "DETAIL");
        for (Check check : checks) {
            out.printf("%-14s %-4s  %s%n", check.name(), check.passed() ? "pass" : "FAIL", check.detail());
        }
        long failed = checks.stream().filter(check -> !check.passed()).count();
        out.printf("%d checks, %d failed%n", checks.size(), failed);
        return failed == 0 ? 0 : 1;
    }
}
