/**
 * Java naming of the IR's GraphQL names: camel case, keywords escaped, clashes resolved, singular
 * names for list elements, and the one GraphQL-to-Java type mapping.
 */
package dev.optixgql.processor.naming;
