/**
 * Stage 5: the IR to JavaPoet files (operations with their response records and readers, fragment
 * interfaces, enums, input objects, client implementations), deterministic and readable.
 */
package dev.optixgql.processor.codegen;
