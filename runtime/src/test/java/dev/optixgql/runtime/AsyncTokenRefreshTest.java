package dev.optixgql.runtime;

/** {@link TokenRefreshTest} on the asynchronous path: the same faults, the same typed outcomes. */
class AsyncTokenRefreshTest extends TokenRefreshTest {
  AsyncTokenRefreshTest() {
    mode = CallMode.ASYNC;
  }
}
