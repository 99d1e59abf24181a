package dev.optixgql.runtime.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Refreshes a schema snapshot: runs the standard introspection query against an endpoint with a
 * token and writes the result, pretty-printed, as the {@code .json} snapshot the processor reads.
 *
 * <pre>
 * java dev.optixgql.runtime.tools.DownloadSchema --token-env OPTIX_TOKEN \
 *     --out src/main/graphql/optix/organization.json [--endpoint URL]
 * </pre>
 *
 * <p>Each token kind sees its own schema: refresh the organization snapshot with an organization
 * token and the personal one with a personal token.
 */
public final class DownloadSchema {
  private DownloadSchema() {}

  /** The standard introspection query: every type, field, argument, default and deprecation. */
  static final String INTROSPECTION =
      "query IntrospectionQuery { __schema { queryType { name } mutationType { name }"
          + " subscriptionType { name } types { ...FullType } directives { name description"
          + " locations args { ...InputValue } } } }"
          + " fragment FullType on __Type { kind name description"
          + " fields(includeDeprecated: true) { name description args { ...InputValue }"
          + " type { ...TypeRef } isDeprecated deprecationReason }"
          + " inputFields { ...InputValue } interfaces { ...TypeRef }"
          + " enumValues(includeDeprecated: true) { name description isDeprecated"
          + " deprecationReason } possibleTypes { ...TypeRef } }"
          + " fragment InputValue on __InputValue { name description type { ...TypeRef }"
          + " defaultValue }"
          + " fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name"
          + " ofType { kind name ofType { kind name ofType { kind name ofType { kind name"
          + " ofType { kind name } } } } } } } }";

  public static void main(String[] args) throws IOException, InterruptedException {
    String endpoint = OptixClient.DEFAULT_ENDPOINT.toString();
    String tokenEnv = "OPTIX_TOKEN";
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--endpoint" -> endpoint = value(args, ++i);
        case "--token-env" -> tokenEnv = value(args, ++i);
        case "--out" -> out = Path.of(value(args, ++i));
        default -> usage("Unknown argument: " + args[i]);
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    String token = TokenProvider.environment(tokenEnv).token();
    byte[] body = download(URI.create(endpoint), token);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, pretty(body), StandardCharsets.UTF_8);
    System.out.println("Wrote " + out + " from " + endpoint);
  }

  static byte[] download(URI endpoint, String token) throws IOException, InterruptedException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(request)) {
      json.writeStartObject();
      json.writeStringField("query", INTROSPECTION);
      json.writeStringField("operationName", "IntrospectionQuery");
      json.writeEndObject();
    }
    HttpResponse<byte[]> response =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build()
            .send(
                HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("Introspection failed: HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** Re-indents the response so snapshot diffs are reviewable; the content is unchanged. */
  static String pretty(byte[] body) throws IOException {
    JsonFactory factory = new JsonFactory();
    StringWriter text = new StringWriter();
    try (JsonParser in = factory.createParser(body);
        JsonGenerator out = factory.createGenerator(text)) {
      out.setPrettyPrinter(new DefaultPrettyPrinter());
      in.nextToken();
      out.copyCurrentStructure(in);
    }
    return text + "\n";
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage("Missing value for " + args[i - 1]);
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: DownloadSchema --out FILE [--endpoint URL] [--token-env VARIABLE]"
            + " (default endpoint "
            + OptixClient.DEFAULT_ENDPOINT
            + ", variable OPTIX_TOKEN)");
    System.exit(2);
  }
}
