package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedCatalog;
import dev.optixgql.sandbox.seed.SeedData;
import dev.optixgql.sandbox.seed.SeedUser;
import dev.optixgql.sandbox.seed.StoredBooking;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Data fetchers for bookings: lists and single bookings, the draft/commit pair, invitee answers. A
 * personal token sees and books only for its own user, as Optix's personal view does.
 */
final class BookingFetchers {
  private final TokenKind kind;
  private final SandboxStore store;
  private final BookingViews views;

  BookingFetchers(TokenKind kind, SandboxStore store, BookingViews views) {
    this.kind = kind;
    this.store = store;
    this.views = views;
  }

  void register(Map<String, DataFetcher<?>> fetchers) {
    fetchers.put("Query.bookings", env -> bookings(env, b -> true));
    fetchers.put("User.bookings", env -> bookings(env, b -> matches(env, b.userId(), "user_id")));
    fetchers.put(
        "Resource.bookings",
        env -> bookings(env, b -> matches(env, b.resourceId(), "resource_id")));
    fetchers.put("Location.bookings", env -> bookings(env, b -> atLocation(env, b)));
    fetchers.put("Query.booking", this::booking);
    fetchers.put("Query.bookingsDraft", env -> bookingSet(env, false));
    fetchers.put("Mutation.bookingsCommit", env -> bookingSet(env, true));
    fetchers.put("Mutation.bookingSetInviteeStatus", this::inviteeStatus);
  }

  private Map<String, Object> bookings(
      DataFetchingEnvironment env, Predicate<StoredBooking> scope) {
    BookingFilter filter = BookingFilter.fromArguments(env.getArguments());
    BookingFilter visible =
        kind == TokenKind.PERSONAL ? filter.forUser(SeedData.PERSONAL_USER_ID) : filter;
    List<StoredBooking> matching =
        store.bookings(b -> visible.test(b, store.catalog()) && scope.test(b));
    List<StoredBooking> sorted = BookingFilter.sort(matching, env.getArgument("order"));
    return Pagination.page(sorted, env.getArguments(), views::booking);
  }

  private Map<String, Object> booking(DataFetchingEnvironment env) {
    Optional<StoredBooking> found = store.booking(Args.string(env.getArguments(), "booking_id"));
    return found.filter(this::visible).map(views::booking).orElse(null);
  }

  private Object bookingSet(DataFetchingEnvironment env, boolean commit) {
    Map<String, Object> input = Args.object(env.getArguments(), "input");
    try {
      boolean organization = kind == TokenKind.ORGANIZATION;
      BookingSetRequest request =
          BookingSetRequest.fromInput(
              input, owner(input), organization ? null : SeedData.PERSONAL_USER_ID, organization);
      BookingSetResult result = commit ? store.commit(request) : store.draft(request);
      return views.bookingSet(result);
    } catch (BookingRejectedException e) {
      return GraphqlErrorBuilder.newError(env).message("%s", e.getMessage()).toResult();
    }
  }

  private Object inviteeStatus(DataFetchingEnvironment env) {
    Map<String, Object> args = env.getArguments();
    String bookingId = Args.string(args, "booking_id");
    String userId = Args.string(args, "user_id");
    BookingRejectedException refusal =
        store.catalog().user(userId).isEmpty()
            ? missing("user", userId)
            : store.booking(bookingId).filter(this::visible).isEmpty()
                ? missing("booking", bookingId)
                : null;
    if (refusal != null) {
      return GraphqlErrorBuilder.newError(env).message("%s", refusal.getMessage()).toResult();
    }
    String status = Args.string(args, "status");
    return store.setInviteeStatus(bookingId, userId, status).map(views::booking).orElseThrow();
  }

  /**
   * The user a booking set is for: a personal token's own user; for an organization token the
   * {@code owner_user_id}, else the {@code account}'s user, else the personal token's user.
   */
  private String owner(Map<String, Object> input) {
    if (kind == TokenKind.PERSONAL) {
      return SeedData.PERSONAL_USER_ID;
    }
    SeedCatalog catalog = store.catalog();
    Map<String, Object> account = Args.object(input, "account");
    String ownerUserId = Args.string(input, "owner_user_id");
    String userId = ownerUserId != null ? ownerUserId : Args.string(account, "user_id");
    if (userId != null) {
      return catalog.user(userId).map(SeedUser::id).orElseThrow(() -> missing("user", userId));
    }
    String memberId = Args.string(account, "member_id");
    if (memberId != null) {
      return catalog
          .userByMemberId(memberId)
          .map(SeedUser::id)
          .orElseThrow(() -> missing("member", memberId));
    }
    String accountId = Args.string(account, "account_id");
    if (accountId != null) {
      return catalog.users().stream()
          .filter(u -> u.accountId().equals(accountId))
          .map(SeedUser::id)
          .findFirst()
          .orElseThrow(() -> missing("account", accountId));
    }
    return SeedData.PERSONAL_USER_ID;
  }

  private static BookingRejectedException missing(String what, String id) {
    return new BookingRejectedException("The " + what + " " + id + " does not exist.");
  }

  private boolean visible(StoredBooking booking) {
    return kind == TokenKind.ORGANIZATION || booking.userId().equals(SeedData.PERSONAL_USER_ID);
  }

  /** Whether a booking's value equals the parent object's field (e.g. the user's user_id). */
  private static boolean matches(DataFetchingEnvironment env, String value, String field) {
    return value.equals(SpaceFetchers.sourceField(env, field));
  }

  private boolean atLocation(DataFetchingEnvironment env, StoredBooking b) {
    Object locationId = SpaceFetchers.sourceField(env, "location_id");
    return store
        .catalog()
        .resource(b.resourceId())
        .map(r -> r.locationId().equals(locationId))
        .orElse(false);
  }
}
