/**
 * The intermediate representation: immutable records describing what to generate (operations,
 * response models as a DAG, fragments, enums, input objects, clients). Codegen sees only these;
 * lowering (stage 4) produces them. Imports nothing of the processor.
 */
package dev.optixgql.processor.ir;
