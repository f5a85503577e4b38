package net.adtelligent.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import net.adtelligent.adapters.http.web.ProblemOfRejection;
import net.adtelligent.bootstrap.RejectionText;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;

/**
 * Every concrete rejection, built with placeholder values, must map to an HTTP problem (a 4xx or
 * 503 status, a type, a title and a detail) and to a CLI line. Answers what is wrong, one entry per class.
 */
final class RejectionCoverage {

    private static final Map<Class<?>, Supplier<Object>> PLACEHOLDERS = Map.of(
            String.class, () -> "placeholder",
            List.class, () -> List.of(new FieldViolation("field", "is a placeholder")),
            long.class, () -> 1L,
            int.class, () -> 1,
            Slug.class, () -> new Slug("acme"),
            UserId.class, () -> new UserId(UUID.fromString("00000000-0000-0000-0000-000000000001")),
            Email.class, () -> new Email("ann@example.com"),
            LocalDate.class, () -> LocalDate.of(2026, 1, 1),
            Duration.class, () -> Duration.ofSeconds(1),
            Currency.class, () -> Currency.getInstance("EUR"));

    private RejectionCoverage() {
    }

    static List<Class<?>> concreteRejections(JavaClasses classes) {
        return classes.stream()
                .filter(type -> type.isAssignableTo(Rejection.class) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    static List<String> unmapped(List<Class<?>> rejections) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : rejections) {
            try {
                String problem = check(instance(type));
                if (!problem.isEmpty()) {
                    problems.add(type.getName() + ": " + problem);
                }
            } catch (ReflectiveOperationException | RuntimeException failure) {
                problems.add(type.getName() + ": " + failure);
            }
        }
        return problems;
    }

    private static String check(Rejection rejection) {
        if (rejection.kind() == null || !rejection.code().matches("[a-z]+(-[a-z]+)*")) {
            return "no kind, or a code that is not lower-case-hyphenated: " + rejection.kind() + " " + rejection.code();
        }
        ProblemOfRejection http = ProblemOfRejection.of(rejection);
        boolean status = http.status() >= 400 && http.status() < 500 || http.status() == 503;
        if (!status || http.type().isBlank() || http.title().isBlank() || http.detail().isBlank()) {
            return "HTTP problem incomplete: " + http;
        }
        return RejectionText.of(rejection).isBlank() ? "blank CLI text" : "";
    }

    private static Rejection instance(Class<?> type) throws ReflectiveOperationException {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("not a record: give it placeholders here");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Supplier<Object> placeholder = PLACEHOLDERS.get(types[i]);
            if (placeholder == null) {
                throw new IllegalArgumentException("no placeholder for a component of type " + types[i].getName());
            }
            values[i] = placeholder.get();
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return (Rejection) constructor.newInstance(values);
    }
}
