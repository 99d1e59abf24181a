/**
 * GraphQL's syntax read into graphql-java's AST without graphql-java's parser (whose ANTLR start-up
 * a clean build would otherwise pay first): {@link dev.optixgql.processor.syntax.DocumentReader}
 * for operation files and schema snapshots, declining whatever it does not read exactly as
 * graphql-java does, which graphql-java then parses.
 */
package dev.optixgql.processor.syntax;
