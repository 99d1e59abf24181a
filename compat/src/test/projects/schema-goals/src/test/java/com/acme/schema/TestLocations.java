package com.acme.schema;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;

/** Bound to a copy of the snapshot under src/test/graphql. */
@GraphQLClient(schema = "optix/organization.json", token = TokenKind.ORGANIZATION)
public interface TestLocations {
  @GraphQLOperation("TestLocations")
  TestLocationsQuery.Data locations();
}
