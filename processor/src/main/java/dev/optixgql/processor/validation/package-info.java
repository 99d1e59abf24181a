/**
 * Stage 3: each operation and the fragments it reaches validated against the schema (graphql-java's
 * rules and what they lack), with messages reworded and located at the offending value.
 */
package dev.optixgql.processor.validation;
