/**
 * The intermediate representation: immutable records describing what to generate (operations,
 * response models as a DAG, fragments, enums, input objects, clients). Codegen sees only these;
 * lowering (stage 4) produces them. Imports nothing of the processor.
 *
 * <p>A record here that is compared or used as a key while binding writes out its {@code equals}
 * and {@code hashCode}: a record's generated ones link {@code java.lang.runtime.ObjectMethods} on
 * first use, tens of milliseconds in the fresh JVM of a clean build (BENCHMARKS.md, "Where the time
 * goes"). {@code IrValueEqualityTest} holds each written-out one to the record contract, component
 * by component: a new component, or a new such record, goes there too.
 */
package dev.optixgql.processor.ir;
