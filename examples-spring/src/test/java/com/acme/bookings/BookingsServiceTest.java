package com.acme.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optixgql.runtime.OptixWebhooks;
import dev.optixgql.sandbox.OptixSandbox;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service on a random port, against the embedded sandbox, over real HTTP: Optix's signed
 * install webhook stores the organization's token in the service's database; its REST endpoint
 * answers from the sandbox through the generated client; the health, metrics, spans and log show
 * each call.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // The embedded sandbox as Optix: started with the context, the client pointed at it.
      "optixgql.sandbox.enabled=true",
      "optixgql.webhooks.secret=app-s3cret",
      "optixgql.webhooks.client-id=bookings-service"
    })
@ExtendWith(OutputCaptureExtension.class)
class BookingsServiceTest {
  private static final String SECRET = "app-s3cret";
  private static final String CLIENT_ID = "bookings-service";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Spans go to memory, where the test reads them. */
  @TestConfiguration
  static class Spans {
    @Bean
    InMemorySpanExporter spans() {
      return InMemorySpanExporter.create();
    }
  }

  @LocalServerPort int port;
  @Autowired OptixSandbox sandbox;
  @Autowired BookingsApi api;
  @Autowired JdbcTemplate database;
  @Autowired InMemorySpanExporter spans;

  @Test
  void anInstalledOrganizationsBookingsAreServedAndEveryCallIsVisible(CapturedOutput output)
      throws Exception {
    String organizationId = api.whoAmI().me().organization().organizationId();

    // Optix installs the app: its webhook, signed with the app's secret, carries the token.
    String created = Long.toString(Instant.now().getEpochSecond());
    String form =
        "client_id=" + CLIENT_ID
            + "&created_timestamp=" + created
            + "&organization_id=" + organizationId
            + "&event=app_install"
            + "&organization_token=" + sandbox.organizationToken()
            + "&request_signature=" + OptixWebhooks.sign(CLIENT_ID, SECRET, created);
    HttpResponse<String> installed =
        HTTP.send(
            HttpRequest.newBuilder(uri("/optix/webhooks"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(installed.statusCode()).as(installed.body()).isBetween(200, 299);
    assertThat(
            database.queryForObject(
                "select count(*) from optixgql_tokens where organization_id = ?",
                Integer.class,
                organizationId))
        .isEqualTo(1);

    HttpResponse<String> bookings = get("/organizations/" + organizationId + "/bookings");
    assertThat(bookings.statusCode()).isEqualTo(200);
    assertThat(bookings.body()).contains("\"total\"").contains("\"bookings\"");

    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.body()).contains("\"optixgql\":{\"status\":\"UP\"");

    HttpResponse<String> timer = get("/actuator/metrics/optixgql.client.call");
    assertThat(timer.statusCode()).isEqualTo(200);
    assertThat(timer.body()).contains("\"statistic\":\"COUNT\"").contains("UpcomingBookings");

    // Spans leave through a batch processor: wait for them (at most 15 s).
    List<SpanData> exported = spans.getFinishedSpanItems();
    for (int i = 0; i < 150 && exported.stream().noneMatch(BookingsServiceTest::ours); i++) {
      Thread.sleep(100);
      exported = spans.getFinishedSpanItems();
    }
    assertThat(exported)
        .anySatisfy(
            span -> {
              assertThat(span.getName()).isEqualTo("query UpcomingBookings");
              assertThat(span.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")))
                  .isEqualTo("UpcomingBookings");
              assertThat(span.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")))
                  .isEqualTo("query");
            });

    String log = output.getOut() + output.getErr();
    // One DEBUG line per call: one call of UpcomingBookings so far.
    assertThat(log.split("query UpcomingBookings \\(BookingsApi\\): success", -1)).hasSize(2);
    assertThat(log).doesNotContain(sandbox.organizationToken());
  }

  private static boolean ours(SpanData span) {
    return span.getName().equals("query UpcomingBookings");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
