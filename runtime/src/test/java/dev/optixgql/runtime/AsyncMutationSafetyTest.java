package dev.optixgql.runtime;

/**
 * {@link MutationSafetyTest} on the asynchronous path: the same faults, the same typed outcomes.
 */
class AsyncMutationSafetyTest extends MutationSafetyTest {
  AsyncMutationSafetyTest() {
    mode = CallMode.ASYNC;
  }
}
