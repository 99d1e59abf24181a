package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;
import java.util.Objects;

/**
 * Asks the Optix API, with a token, which organization it acts for ({@code me { organization {
 * organization_id } }}), so {@link OptixWebhooks} stores a token only for the organization it
 * belongs to and forgets one only once the API refuses it. A webhook's signature covers only {@code
 * client_id + secret + created_timestamp}: whoever saw one delivery can replay it, for the whole
 * window, with any organization id and token, and only the API can tell those apart.
 *
 * <p>Sent through the app's {@link OptixClient}: its endpoint, throttle (the request counts on the
 * token's budget), timeouts and redaction. Nothing here quotes the token or an exception's message:
 * an answer's detail names an exception's class or an HTTP status only.
 */
final class TokenOwnership {
  /** What the API said of a token. */
  enum Verdict {
    /** The token acts for the organization named. */
    BELONGS,
    /** The token works, for another organization (or for none). */
    FOREIGN,
    /** The API refused the token (HTTP 401 or {@code Unauthenticated.}). */
    REFUSED,
    /** No answer that says either: network, timeout, 5xx, rate limit, an unexpected answer. */
    UNKNOWN
  }

  /** A verdict and, for logs, a few words on how it was reached (never a token). */
  record Answer(Verdict verdict, String detail) {}

  private final OptixClient client;

  TokenOwnership(OptixClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** Whether {@code token} acts for {@code organizationId}, by one request. */
  Answer check(String token, String organizationId) {
    Response<String> response;
    try {
      response = client.withTokens(TokenProvider.fixed(token)).call(MeOrganization.INSTANCE);
    } catch (AuthenticationException e) {
      return new Answer(Verdict.REFUSED, "the API refused the token");
    } catch (HttpStatusException e) {
      return new Answer(Verdict.UNKNOWN, "the API answered HTTP " + e.statusCode());
    } catch (RuntimeException e) {
      return new Answer(Verdict.UNKNOWN, "no answer from the API: " + e.getClass().getSimpleName());
    }
    String owner = response.data();
    if (owner == null) {
      return response.hasErrors()
          ? new Answer(Verdict.UNKNOWN, "the API answered with errors and no organization")
          : new Answer(Verdict.FOREIGN, "the token acts for no organization");
    }
    return owner.equals(organizationId)
        ? new Answer(Verdict.BELONGS, "the token acts for the organization")
        : new Answer(Verdict.FOREIGN, "the token acts for another organization");
  }

  /**
   * {@code query OptixGqlTokenOwner { me { organization { organization_id } } }}: the data is the
   * organization's id, or {@code null} when {@code me.organization} is null.
   */
  private static final class MeOrganization implements Operation<String> {
    static final MeOrganization INSTANCE = new MeOrganization();

    @Override
    public String document() {
      return "query OptixGqlTokenOwner{me{organization{organization_id}}}";
    }

    @Override
    public String operationName() {
      return "OptixGqlTokenOwner";
    }

    @Override
    public boolean isMutation() {
      return false;
    }

    @Override
    public Class<String> dataType() {
      return String.class;
    }

    @Override
    public void writeVariables(JsonGenerator out) {}

    @Override
    public String readData(JsonParser in) throws IOException {
      String[] path = {"me", "organization", "organization_id"};
      return read(in, path, 0);
    }

    /** Follows {@code path[depth..]} from the object at the parser, skipping everything else. */
    private static String read(JsonParser in, String[] path, int depth) throws IOException {
      if (in.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (depth == path.length) {
        return JsonReaders.string(in);
      }
      JsonReaders.beginObject(in);
      String found = null;
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        in.nextToken();
        if (name.equals(path[depth])) {
          found = read(in, path, depth + 1);
        } else {
          in.skipChildren();
        }
      }
      return found;
    }
  }
}
