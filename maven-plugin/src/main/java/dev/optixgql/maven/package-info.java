/**
 * The Maven plugin's goals: {@code download-schema} and {@code convert-schema} (snapshots), {@code
 * check-schema} (what a new schema breaks in the project's operations), and {@code track-inputs} /
 * {@code track-test-inputs} (incremental builds see {@code .graphql} edits). See
 * docs/maven-plugin.md.
 */
package dev.optixgql.maven;
