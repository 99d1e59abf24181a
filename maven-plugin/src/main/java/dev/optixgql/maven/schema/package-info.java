/**
 * What the schema goals share: introspecting an endpoint, reading and writing snapshots, and {@code
 * check-schema}'s drift check (each operation validated against both schemas, the schemas'
 * differences with graphql-inspector's criticality, the operations' uses each reaches).
 */
package dev.optixgql.maven.schema;
