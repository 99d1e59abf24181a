/**
 * Stage 0 and 4 on the Java side: {@code @GraphQLClient} interfaces read, and each method bound to
 * its operation (parameters to variables, return type to the operation's data).
 */
package dev.optixgql.processor.binding;
