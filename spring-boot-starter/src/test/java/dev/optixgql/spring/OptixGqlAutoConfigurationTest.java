package dev.optixgql.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optixgql.micrometer.OptixObservations;
import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.ResponseCache;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.testing.LimitingServer;
import dev.optixgql.runtime.testing.MapResponseCache;
import dev.optixgql.runtime.testing.PingQuery;
import dev.optixgql.sandbox.OptixSandbox;
import dev.optixgql.spring.app.NotAClient;
import dev.optixgql.spring.app.PingApi;
import dev.optixgql.spring.app.TestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** What the auto-configuration makes of an application's context, against a loopback server. */
class OptixGqlAutoConfigurationTest {
  private LimitingServer server;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start() {
    server = LimitingServer.start(60, Duration.ofMinutes(1), PingQuery.ANSWER, 2);
    runner =
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OptixGqlAutoConfiguration.class))
            .withUserConfiguration(TestApplication.class)
            .withPropertyValues(
                "optixgql.endpoint=" + server.endpoint(), "optixgql.token=spring-t0ken-o");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyClientInterfaceOfTheApplicationIsABean() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(OptixClient.class).hasSingleBean(PingApi.class);
          assertThat(context).doesNotHaveBean(NotAClient.class);
          assertThat(context.getBean(PingApi.class).ping().status()).isEqualTo("ok");
          assertThat(server.served()).isEqualTo(1);
        });
  }

  @Test
  void aTokenProviderBeanWinsOverTheProperty() {
    AtomicInteger asked = new AtomicInteger();
    runner
        .withBean(
            TokenProvider.class,
            () ->
                () -> {
                  asked.incrementAndGet();
                  return "provided-t0ken-o";
                })
        .run(
            context -> {
              context.getBean(PingApi.class).ping();
              assertThat(asked.get()).isEqualTo(1);
            });
  }

  @Test
  void propertiesConfigureTheClient() {
    runner
        .withPropertyValues("optixgql.requests-per-minute=1", "optixgql.max-attempts=1")
        .run(
            context -> {
              OptixClient client = context.getBean(OptixClient.class);
              assertThat(client.endpoint()).isEqualTo(server.endpoint());
              context.getBean(PingApi.class).ping();
              // The client's own window of one request a minute: a second call waits for it.
              CompletableFuture<PingQuery.Data> second = client.executeAsync(new PingQuery());
              Thread.sleep(300);
              assertThat(second).isNotDone();
              assertThat(server.served()).isEqualTo(1);
              second.cancel(true);
              assertThat(context.getBean(OptixGqlProperties.class).maxAttempts()).isEqualTo(1);
            });
  }

  @Test
  void tokensAreKeptInTheApplicationsDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:optixgql-tokens;DB_CLOSE_DELAY=-1");
    runner
        .withBean(DataSource.class, () -> h2)
        .run(
            context -> {
              OrganizationTokens tokens = context.getBean(OrganizationTokens.class);
              tokens.put("42", "org-42-t0ken-o");
              try (var connection = h2.getConnection();
                  var rows =
                      connection
                          .createStatement()
                          .executeQuery("select count(*) from optixgql_tokens")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
              }
            });
  }

  @Test
  void withoutADatabaseTokensStayInMemory() {
    runner.run(
        context -> {
          OrganizationTokens tokens = context.getBean(OrganizationTokens.class);
          tokens.put("7", "org-7-t0ken-o");
          assertThat(tokens.get("7")).contains("org-7-t0ken-o");
        });
  }

  @Test
  void withMicrometerEveryCallIsObserved() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    runner
        .withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              assertThat(context.getBean(CallListener.class)).isInstanceOf(OptixObservations.class);
              context.getBean(PingApi.class).ping();
              assertThat(meters.get(OptixObservations.CALL).timer().count()).isEqualTo(1);
            });
  }

  @Test
  void aResponseCacheBeanAnswersRepeatedQueries() {
    MapResponseCache cache = new MapResponseCache();
    runner
        .withBean(ResponseCache.class, () -> cache)
        .run(
            context -> {
              context.getBean(PingApi.class).ping();
              context.getBean(PingApi.class).ping();
              assertThat(server.served()).isEqualTo(1);
              assertThat(cache.size()).isEqualTo(1);
            });
  }

  @Test
  void theHealthIsTheTokensAndIsCached() {
    runner.run(
        context -> {
          OptixHealthIndicator health = context.getBean(OptixHealthIndicator.class);
          Health first = health.health();
          assertThat(first.getStatus()).isEqualTo(Status.UP);
          assertThat(health.health()).isSameAs(first);
          assertThat(server.served()).isEqualTo(1);
        });
  }

  @Test
  void withoutATokenTheHealthSaysWhy() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(OptixGqlAutoConfiguration.class))
        .withPropertyValues("optixgql.endpoint=" + server.endpoint())
        .run(
            context -> {
              Health health = context.getBean(OptixHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
              assertThat(health.getDetails().get("reason").toString()).contains("optixgql.token");
              assertThat(server.served()).isZero();
            });
  }

  @Test
  void oneLineStartsTheSandboxAndPointsTheClientAtIt() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(OptixGqlAutoConfiguration.class))
        .withPropertyValues("optixgql.sandbox.enabled=true")
        .run(
            context -> {
              OptixSandbox sandbox = context.getBean(OptixSandbox.class);
              OptixClient client = context.getBean(OptixClient.class);
              assertThat(client.endpoint()).isEqualTo(sandbox.endpoint());
              assertThat(context.getBean(OptixHealthIndicator.class).health().getStatus())
                  .isEqualTo(Status.UP);
              assertThat(sandbox.requestCount()).isEqualTo(1);
            });
    runner.run(context -> assertThat(context).doesNotHaveBean(OptixSandbox.class));
  }

  @Test
  void theWebhookEndpointNeedsASecretAndAServletApplication() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OptixGqlAutoConfiguration.class))
            .withPropertyValues("optixgql.endpoint=" + server.endpoint());
    web.run(context -> assertThat(context).doesNotHaveBean(OptixWebhookController.class));
    web.withPropertyValues("optixgql.webhooks.secret=s3cret")
        .run(context -> assertThat(context).hasSingleBean(OptixWebhookController.class));
    runner
        .withPropertyValues("optixgql.webhooks.secret=s3cret")
        .run(context -> assertThat(context).doesNotHaveBean(OptixWebhookController.class));
  }
}
