package com.acme.optix.api;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.TokenKind;

/** What an organization token asks; bound to the organization snapshot. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface Organization {
  @GraphQLOperation("Who")
  WhoQuery.Data who();

  @GraphQLOperation("Locations")
  LocationsQuery.Data locations(Integer limit);
}
