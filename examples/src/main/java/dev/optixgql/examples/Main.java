package dev.optixgql.examples;

import dev.optixgql.runtime.GraphQLError;
import dev.optixgql.runtime.GraphQLErrorsException;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixGqlException;
import dev.optixgql.runtime.TokenKind;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main job: prints who the token acts for, the next bookings, bookable resources, the steps
 * automations can use (organization token) and (in the sandbox) a booking drafted then committed.
 * With no {@code OPTIX_TOKEN} it starts the embedded sandbox; with one it runs the read-only
 * examples against the real API ({@code OPTIX_ENDPOINT} overrides the endpoint).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String token = System.getenv("OPTIX_TOKEN");
    try {
      if (token == null || token.isBlank()) {
        runAgainstSandbox(System.out);
      } else {
        runAgainstRealApi(System.out, token.strip());
      }
    } catch (OptixGqlException e) {
      System.err.println("optixgql examples failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void runAgainstSandbox(PrintStream out) {
    try (OptixSandbox sandbox = OptixSandbox.start()) {
      out.println("optixgql examples against the embedded Optix sandbox at " + sandbox.endpoint());
      out.println(
          "Its console, while the examples run: playground "
              + sandbox.playgroundUri(false)
              + ", voyager "
              + sandbox.voyagerUri(false)
              + " (?kind=personal for the personal schema)");
      out.println(
          "To keep one running and explore: ./mvnw -q -pl sandbox compile exec:java"
              + " (console at http://127.0.0.1:4000/)");
      PersonalApi personal =
          client(sandbox.endpoint(), sandbox.personalToken()).create(PersonalApi.class);
      OptixClient organizationClient = client(sandbox.endpoint(), sandbox.organizationToken());
      OrganizationApi organization = organizationClient.create(OrganizationApi.class);
      Sections sections = new Sections(out);
      // "Who am I" with the personal token: an organization token has no user.
      WhoAmIQuery.Data.Me me = personal.whoAmI().me();
      sections.whoAmI(me);
      sections.upcoming(organization.upcomingBookings(now(), 5));
      sections.resources(organization.bookableResources(10).join());
      sections.automationSteps(organization.automationSteps());
      draftThenCommit(sections, organization, me.user().userId());
      ProductionPatterns.run(
          out, organizationClient, me.organization().organizationId(), sandbox.organizationToken());
    }
  }

  private static void runAgainstRealApi(PrintStream out, String token) {
    String endpoint =
        System.getenv().getOrDefault("OPTIX_ENDPOINT", OptixClient.DEFAULT_ENDPOINT.toString());
    OptixClient client = client(URI.create(endpoint), token);
    out.println("optixgql examples against " + endpoint + " (read-only)");
    Sections sections = new Sections(out);
    if (TokenKind.of(token) == TokenKind.PERSONAL) {
      PersonalApi personal = client.create(PersonalApi.class);
      sections.whoAmI(personal.whoAmI().me());
      sections.upcoming(personal.upcomingBookings(now(), 5));
      sections.resources(personal.bookableResources(10).join());
    } else {
      // An organization token (a token whose suffix tells no kind is refused by the client).
      OrganizationApi organization = client.create(OrganizationApi.class);
      sections.whoAmI(organization.whoAmI().me());
      sections.upcoming(organization.upcomingBookings(now(), 5));
      sections.resources(organization.bookableResources(10).join());
      try {
        sections.automationSteps(organization.automationSteps());
      } catch (GraphQLErrorsException e) {
        // Not every organization may use automations; the other sections still stand.
        sections.unavailable(
            "Automation steps",
            e.errors().stream().map(GraphQLError::message).collect(Collectors.joining("; ")));
      }
    }
    out.println();
    out.println("(Drafting and committing a booking runs only against the sandbox.)");
  }

  private static OptixClient client(URI endpoint, String token) {
    return OptixClient.builder()
        .endpoint(endpoint)
        .tokenProvider(TokenProvider.fixed(token))
        .build();
  }

  private static int now() {
    return (int) Instant.now().getEpochSecond();
  }

  /** Drafts a one-hour booking of the first bookable resource for {@code userId}, commits it. */
  private static void draftThenCommit(Sections sections, OrganizationApi api, String userId) {
    var resource = api.bookableResources(1).join().resources().data().get(0);
    // A free slot: one hour, a week after the sandbox's seeded bookings start.
    int start = (int) Instant.parse("2030-01-14T10:00:00Z").getEpochSecond();
    BookingSetInput.Builder input =
        BookingSetInput.builder()
            .title("Planning session (optixgql example)")
            .account(AccountInput.builder().userId(userId).build())
            .bookings(
                List.of(
                    BookingSetElementInput.builder()
                        .resourceId(List.of(resource.resourceId()))
                        .startTimestamp(start)
                        .endTimestamp(start + 3600)
                        .build()));
    DraftBookingQuery.Data draft = api.draftBooking(input.build());
    String session = draft.bookingsDraft().bookingSessionId();
    CommitBookingMutation.Data committed =
        api.commitBooking(input.bookingSessionId(session).build());
    sections.draftAndCommit(resource.name(), draft, committed, api.upcomingBookings(start, 1));
  }
}
