/**
 * Stage 4: a validated operation lowered to the IR: fragments inlined and fields merged by response
 * name, each model memoized so paths through the same fragments share it (issue 25), nullability
 * explicit, and the enums and input types it uses recorded.
 */
package dev.optixgql.processor.lowering;
