package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.Fields;
import dev.optixgql.sandbox.seed.SeedData;
import dev.optixgql.sandbox.seed.SeedUser;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Data fetchers for who is asking and who belongs: {@code ping}, {@code me}, users. */
final class AccountFetchers {
  private static final Map<String, Comparator<SeedUser>> USER_ORDER =
      Map.of(
          "NAME", Comparator.comparing(SeedUser::fullname),
          "MEMBER_CREATION", Comparator.comparingInt(SeedUser::userSince));

  private final TokenKind kind;
  private final CatalogViews views;

  AccountFetchers(TokenKind kind, CatalogViews views) {
    this.kind = kind;
    this.views = views;
  }

  void register(Map<String, DataFetcher<?>> fetchers) {
    fetchers.put("Query.ping", env -> pong());
    fetchers.put("Query.me", env -> me());
    fetchers.put("Query.users", this::users);
    fetchers.put("Query.user", this::user);
  }

  private static Map<String, Object> pong() {
    return Fields.of(
        "status", "ok",
        "time", SeedData.NOW,
        "localtime", SeedData.NOW_TEXT,
        "version", "sandbox",
        "tag", "optixgql-sandbox");
  }

  /** Optix documents {@code me.user} as null for an organization token. */
  private Map<String, Object> me() {
    return Fields.of(
        "authType", kind.tokenType(),
        "user", kind == TokenKind.PERSONAL ? views.user(SeedData.PERSONAL_USER_ID) : null,
        "organization", views.organization());
  }

  private Map<String, Object> users(DataFetchingEnvironment env) {
    Map<String, Object> args = env.getArguments();
    String byEmail = Args.string(args, "search_by_email");
    String byName = Args.string(args, "search_by_name");
    String search = Args.string(args, "search");
    boolean active = !Boolean.FALSE.equals(Args.bool(args, "include_active"));
    List<SeedUser> matching =
        views.catalog().users().stream()
            .filter(u -> active)
            .filter(u -> Args.containsIgnoreCase(u.email(), byEmail))
            .filter(u -> Args.containsIgnoreCase(u.fullname(), byName))
            .filter(
                u ->
                    Args.containsIgnoreCase(u.fullname(), search)
                        || Args.containsIgnoreCase(u.email(), search))
            .toList();
    Comparator<SeedUser> byId = (a, b) -> Pagination.compareIds(a.id(), b.id());
    List<SeedUser> sorted = Pagination.sort(matching, args.get("order"), USER_ORDER, byId);
    return Pagination.page(sorted, args, views::user);
  }

  /** Looks a user up by the one selector given; null when none is given or none matches. */
  private Map<String, Object> user(DataFetchingEnvironment env) {
    Map<String, Object> args = env.getArguments();
    String userId = Args.string(args, "get_by_user_id");
    String email = Args.string(args, "get_by_email");
    String memberId = Args.string(args, "get_by_member_id");
    Optional<SeedUser> found =
        userId != null
            ? views.catalog().user(userId)
            : email != null
                ? views.catalog().userByEmail(email)
                : memberId != null ? views.catalog().userByMemberId(memberId) : Optional.empty();
    return found.map(views::user).orElse(null);
  }
}
