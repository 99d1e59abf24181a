package com.acme.rooms;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import dev.optixgql.runtime.Pages;
import dev.optixgql.runtime.TokenKind;

/** The rooms of the organization whose token the client sends. */
@GraphQLClient(schema = "optix/organization.graphqls", token = TokenKind.ORGANIZATION)
public interface Rooms {
  /** One page of rooms. */
  @GraphQLOperation("Rooms")
  RoomsQuery.Data rooms(int limit, Integer page, boolean withTimezone);

  /** Every room, a page of {@code limit} at a time. */
  @GraphQLOperation("Rooms")
  Pages<RoomsQuery.Data.Locations.Location> everyRoom(int limit, boolean withTimezone);
}
