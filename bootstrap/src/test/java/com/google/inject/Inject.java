package com.google.inject;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands in for Guice's annotation, one of those ArchUnit's field-injection rule recognises by
 * name. Guice is nowhere on the class path (the project has no DI container), so this cannot
 * shadow a real class, unlike jakarta.inject.Inject, which Javalin's Jetty brings in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Inject {
}
