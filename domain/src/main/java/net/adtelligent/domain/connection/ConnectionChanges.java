package net.adtelligent.domain.connection;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.Platform;

/** A rename or a new schedule, as typed; absent fields stay as they are. */
public record ConnectionChanges(Option<String> name, Option<String> schedule) {

    public record Checked(Option<String> name, Option<Schedule> schedule) {
    }

    public Validation<List<FieldViolation>, Checked> check(Platform platform) {
        List<FieldViolation> problems = new ArrayList<>();
        if (name.isEmpty() && schedule.isEmpty()) {
            problems.add(new FieldViolation("name", "or schedule must be given"));
        }
        Option<String> checkedName = name.flatMap(text -> ConnectionDraft.checkName(text).fold(
                problem -> {
                    problems.add(problem);
                    return Option.none();
                }, Option::of));
        Option<Schedule> checkedSchedule = schedule.flatMap(text -> ConnectionDraft.checkSchedule(platform, text).fold(
                problem -> {
                    problems.add(problem);
                    return Option.none();
                }, Option::of));
        return problems.isEmpty() ? Validation.valid(new Checked(checkedName, checkedSchedule))
                : Validation.invalid(problems);
    }
}
