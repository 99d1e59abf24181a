package dev.optixgql.benchmarks.client;

import java.net.URI;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * {@code me} through Spring for GraphQL's {@code HttpSyncGraphQlClient} on Spring's {@code
 * RestClient} (the JDK's {@code HttpClient} underneath, as ours), the answer decoded by Jackson
 * data binding into records: what a Spring team writes without optixgql.
 */
final class SpringGraphQlMe {
  /** {@code me}'s fields, named as the JSON names them. */
  record Me(String authType, User user) {}

  /** {@code me.user}'s fields. */
  record User(String user_id, String name, String email) {}

  private final HttpSyncGraphQlClient client;
  private final String document;

  SpringGraphQlMe(URI endpoint, String token, String document) {
    this.client =
        HttpSyncGraphQlClient.builder(RestClient.create())
            .url(endpoint)
            .header("Authorization", "Bearer " + token)
            .build();
    this.document = document;
  }

  Me me() {
    return client.document(document).retrieveSync("me").toEntity(Me.class);
  }
}
