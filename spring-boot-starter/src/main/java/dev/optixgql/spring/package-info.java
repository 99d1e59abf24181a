/**
 * optixgql's Spring Boot auto-configuration: {@link dev.optixgql.spring.OptixGqlAutoConfiguration}
 * and the {@code optixgql.*} {@link dev.optixgql.spring.OptixGqlProperties}.
 */
package dev.optixgql.spring;
