/**
 * What generated client implementations call. For generated code only: not part of the API your
 * code should use, and it may change in any release along with the code generator.
 */
package dev.optixgql.runtime.generated;
