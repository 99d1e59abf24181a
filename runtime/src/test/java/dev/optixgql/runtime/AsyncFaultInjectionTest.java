package dev.optixgql.runtime;

/**
 * {@link FaultInjectionTest} on the asynchronous path: the same faults, the same typed outcomes.
 */
class AsyncFaultInjectionTest extends FaultInjectionTest {
  AsyncFaultInjectionTest() {
    mode = CallMode.ASYNC;
  }
}
