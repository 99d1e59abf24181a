package dev.optixgql.spring.app;

/** An interface of the application that is not a client: no bean is made of it. */
public interface NotAClient {
  String name();
}
