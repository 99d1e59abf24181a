package dev.optixgql.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a parameter {@link OptixSandboxExtension} resolves: the client (or the client interface) sends
 * the sandbox's personal token instead of its organization token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PersonalToken {}
