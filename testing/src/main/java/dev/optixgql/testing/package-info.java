/**
 * optixgql in your tests: {@link dev.optixgql.testing.OptixSandboxExtension} starts the sandbox
 * once per JUnit 5 test class and injects it, a client pointed at it, and generated client
 * interfaces.
 */
package dev.optixgql.testing;
