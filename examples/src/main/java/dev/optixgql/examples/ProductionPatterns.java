package dev.optixgql.examples;

import dev.optixgql.runtime.Batch;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixWebhooks;
import dev.optixgql.runtime.OrganizationTokens;
import java.io.PrintStream;
import java.time.Instant;

/**
 * The patterns an app installed in many organizations uses: tokens kept current by signed webhooks
 * in an {@link OrganizationTokens} store, a client scoped to one organization, and several
 * operations batched into one request (one request against the 60-a-minute limit).
 */
final class ProductionPatterns {
  /** The app's client id and secret as the Optix dashboard would show them (demo values). */
  private static final String CLIENT_ID = "4711";

  private static final String SECRET = "demo-app-secret";

  private ProductionPatterns() {}

  /**
   * Simulates Optix installing the app in organization {@code organizationId} (the signed {@code
   * app_install} webhook carrying {@code token}), then works for that organization.
   */
  static void run(PrintStream out, OptixClient client, String organizationId, String token) {
    out.println();
    out.println("== An app in many organizations: webhook, token store, batch ==");
    OrganizationTokens tokens = new OrganizationTokens();
    installs(out, client, tokens, organizationId, token);
    batch(out, client.withTokens(tokens.provider(organizationId)));
  }

  /** The install webhook, genuine, forged and replayed: only the genuine one stores its token. */
  private static void installs(
      PrintStream out,
      OptixClient client,
      OrganizationTokens tokens,
      String organizationId,
      String token) {
    // Each token a webhook carries is checked with the API (one request) before it is stored.
    OptixWebhooks webhooks =
        OptixWebhooks.builder(SECRET, tokens).clientId(CLIENT_ID).verifyTokensWith(client).build();

    String created = Long.toString(Instant.now().getEpochSecond());
    String form =
        "client_id="
            + CLIENT_ID
            + "&created_timestamp="
            + created
            + "&organization_id="
            + organizationId
            + "&event=app_install"
            + "&organization_token="
            + token
            + "&request_signature="
            + OptixWebhooks.sign(CLIENT_ID, SECRET, created);
    OptixWebhooks.Result installed = webhooks.handle(form);
    out.println(
        "  webhook "
            + installed.event()
            + " for organization "
            + installed.organizationId()
            + ": "
            + installed.status()
            + " (HTTP "
            + installed.httpStatus()
            + ")");
    String forgedSignature = OptixWebhooks.sign(CLIENT_ID, "guessed-secret", created);
    OptixWebhooks.Result forged =
        webhooks.handle(
            form.replace("app_install", "app_uninstall")
                .replaceAll("request_signature=[0-9a-f]+", "request_signature=" + forgedSignature));
    out.println("  a forged app_uninstall (wrong secret): " + forged.status());
    // The signature covers neither organization_id nor the token: a captured one, replayed for
    // another organization, is refused because the API says the token is not that organization's.
    OptixWebhooks.Result replayed =
        webhooks.handle(
            form.replace("organization_id=" + organizationId, "organization_id=999999"));
    out.println(
        "  the same signature replayed for organization 999999: "
            + replayed.status()
            + " (HTTP "
            + replayed.httpStatus()
            + ")");
  }

  /** Three operations in one request with the organization's token. */
  private static void batch(PrintStream out, OptixClient forOrganization) {
    Batch batch = forOrganization.batch();
    Batch.Item<WhoAmIQuery.Data> me = batch.add(new WhoAmIQuery());
    Batch.Item<BookableResourcesQuery.Data> resources = batch.add(new BookableResourcesQuery(3));
    Batch.Item<UpcomingBookingsQuery.Data> next =
        batch.add(new UpcomingBookingsQuery((int) Instant.now().getEpochSecond(), 1));
    batch.send();
    out.println(
        "  one batched request for "
            + me.get().me().organization().name()
            + ": "
            + resources.get().resources().total()
            + " bookable resources, "
            + next.get().bookings().total()
            + " upcoming bookings; rate limit "
            + forOrganization.lastRateLimit().remaining().orElse(-1)
            + "/"
            + forOrganization.lastRateLimit().limit().orElse(-1)
            + " left");
  }
}
