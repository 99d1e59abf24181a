package dev.optixgql.spring;

import dev.optixgql.runtime.CallListener;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.OptixWebhooks;
import dev.optixgql.runtime.OrganizationTokens;
import dev.optixgql.runtime.RateLimit;
import dev.optixgql.runtime.ResponseCache;
import dev.optixgql.runtime.RetryPolicy;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.runtime.store.FileTokenStore;
import dev.optixgql.runtime.store.JdbcTokenStore;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * optixgql in a Spring Boot application: an {@link OptixClient} from the {@code optixgql.*}
 * properties (its token from a {@link TokenProvider} bean, else {@code optixgql.token}), every
 * {@code @GraphQLClient} interface in the application's packages a bean ({@link
 * OptixClientsRegistrar}), {@link OrganizationTokens} on the application's {@link DataSource} (else
 * a file, else memory), and, where their libraries are present, Micrometer observations of every
 * call, the install webhook endpoint and a health contributor. Each bean gives way to one of the
 * application's own.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@EnableConfigurationProperties(OptixGqlProperties.class)
@Import(OptixClientsRegistrar.class)
public class OptixGqlAutoConfiguration {
  /**
   * The client every generated interface bean is created from.
   *
   * @param properties the {@code optixgql.*} properties
   * @param tokens a {@link TokenProvider} bean, if the application declares one
   * @param listeners a {@link CallListener} bean (the Micrometer one, or the application's)
   * @param caches a {@link ResponseCache} bean (a {@code CaffeineResponseCache}), if declared
   * @param endpoints where to send calls instead of {@code optixgql.endpoint} (the sandbox)
   * @return the client, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public OptixClient optixClient(
      OptixGqlProperties properties,
      ObjectProvider<TokenProvider> tokens,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<ResponseCache> caches,
      ObjectProvider<OptixEndpoint> endpoints) {
    OptixEndpoint override = endpoints.getIfAvailable();
    TokenProvider provider =
        tokens.getIfAvailable(
            () ->
                override != null
                    ? TokenProvider.fixed(override.token())
                    : configuredToken(properties));
    OptixClient.Builder builder =
        OptixClient.builder()
            .endpoint(override != null ? override.endpoint() : properties.endpoint())
            .tokenProvider(provider)
            .tokenPlacement(properties.tokenPlacement())
            .rateLimit(RateLimit.perMinute(properties.requestsPerMinute()))
            .retryPolicy(
                new RetryPolicy(
                    properties.maxAttempts(),
                    RetryPolicy.DEFAULT.initialBackoff(),
                    RetryPolicy.DEFAULT.maxBackoff(),
                    RetryPolicy.DEFAULT.deadline()))
            .connectTimeout(properties.connectTimeout())
            .requestTimeout(properties.requestTimeout());
    if (properties.allowInsecureHttp()) {
      builder.allowInsecureHttp();
    }
    listeners.ifUnique(builder::callListener);
    caches.ifUnique(builder::responseCache);
    return builder.build();
  }

  private static TokenProvider configuredToken(OptixGqlProperties properties) {
    String token = properties.token();
    if (token != null && !token.isBlank()) {
      return TokenProvider.fixed(token);
    }
    return new TokenProvider() {
      @Override
      public String token() {
        throw new IllegalStateException(
            "No Optix token: set optixgql.token, or declare a TokenProvider bean (for an app"
                + " installed in many organizations: OrganizationTokens.provider(id), through"
                + " OptixClient.withTokens); nothing was sent.");
      }

      @Override
      public String toString() {
        return "no token configured";
      }
    };
  }

  /** Organizations' tokens in the application's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(DataSource.class)
  static class OnDataSource {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    OrganizationTokens organizationTokens(DataSource dataSource, OptixGqlProperties properties) {
      return OrganizationTokens.shared(new JdbcTokenStore(dataSource, properties.tokens().table()));
    }
  }

  /** Organizations' tokens in a file, or in memory, when there is no database. */
  @Bean
  @ConditionalOnMissingBean
  OrganizationTokens organizationTokensWithoutDatabase(OptixGqlProperties properties) {
    if (properties.tokens().file() != null) {
      return OrganizationTokens.shared(FileTokenStore.at(properties.tokens().file()));
    }
    return new OrganizationTokens();
  }

  /** Every call as a Micrometer observation, when Micrometer and the module are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "dev.optixgql.micrometer.OptixObservations",
        "io.micrometer.observation.ObservationRegistry"
      })
  static class Observations {
    @Bean
    @ConditionalOnMissingBean(CallListener.class)
    @ConditionalOnBean(
        type = {
          "io.micrometer.observation.ObservationRegistry",
          "io.micrometer.core.instrument.MeterRegistry"
        })
    CallListener optixObservations(
        io.micrometer.observation.ObservationRegistry observations,
        io.micrometer.core.instrument.MeterRegistry meters) {
      return dev.optixgql.micrometer.OptixObservations.of(observations, meters);
    }
  }

  /** The webhook endpoint, in a servlet web application with {@code optixgql.webhooks.secret}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "optixgql.webhooks", name = "secret")
  static class Webhooks {
    @Bean
    @ConditionalOnMissingBean
    OptixWebhooks optixWebhooks(
        OptixGqlProperties properties, OrganizationTokens tokens, OptixClient client) {
      OptixWebhooks.Builder builder =
          OptixWebhooks.builder(properties.webhooks().secret(), tokens).verifyTokensWith(client);
      String clientId = properties.webhooks().clientId();
      if (clientId != null && !clientId.isBlank()) {
        builder.clientId(clientId);
      }
      return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    OptixWebhookController optixWebhookController(OptixWebhooks webhooks) {
      return new OptixWebhookController(webhooks);
    }
  }

  /**
   * The embedded sandbox, started with the context, and the client pointed at it: {@code
   * optixgql.sandbox.enabled=true} with {@code optixgql-sandbox} on the class path (tests, local
   * runs). Inject {@code OptixSandbox} for its tokens, console and request counts.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.optixgql.sandbox.OptixSandbox")
  @ConditionalOnProperty(prefix = "optixgql.sandbox", name = "enabled", havingValue = "true")
  static class Sandbox {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    dev.optixgql.sandbox.OptixSandbox optixSandbox() {
      return dev.optixgql.sandbox.OptixSandbox.start();
    }

    @Bean
    @ConditionalOnMissingBean
    OptixEndpoint optixSandboxEndpoint(dev.optixgql.sandbox.OptixSandbox sandbox) {
      return new OptixEndpoint(sandbox.endpoint(), sandbox.organizationToken());
    }
  }

  /** The health contributor, when Spring Boot's health support is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(OptixHealthIndicator.class)
    OptixHealthIndicator optixgqlHealthIndicator(
        OptixClient client, OptixGqlProperties properties) {
      Duration cacheFor = properties.health().cacheFor();
      return new OptixHealthIndicator(client, cacheFor, System::nanoTime);
    }
  }
}
