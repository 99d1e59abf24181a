package dev.optixgql.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.optixgql.maven.schema.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * The live goals' token and answer handling (issue 24, item 5), on {@code download-schema} against
 * a loopback server: a token an HTTP header cannot carry is refused before anything is sent and
 * never printed; an answer past {@code optixgql.maxSchemaBytes} is refused without being read
 * whole; an encrypted {@code settings.xml} password is decrypted as Maven does.
 */
class LiveSchemaMojoTest {
  private static final String SDL = "type Query {\n  ping: String\n}\n";
  private static final String TOKEN = "k7Qx2vLm9PzR4tWy8Bn3o";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicReference<String> authorization = new AtomicReference<>();
  private final AtomicLong answerBytes = new AtomicLong(-1); // -1: the schema; else streamed junk
  private final AtomicLong declaredLength = new AtomicLong(0); // 0: chunked
  private final List<String> log = new ArrayList<>();

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] schema =
        Snapshot.ofSdl(SDL, Snapshot.Provenance.NONE).toJson().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/graphql",
        exchange -> {
          requests.incrementAndGet();
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.getRequestBody().readAllBytes();
          try (OutputStream out = exchange.getResponseBody()) {
            if (answerBytes.get() < 0) {
              exchange.sendResponseHeaders(200, schema.length);
              out.write(schema);
              return;
            }
            exchange.sendResponseHeaders(200, declaredLength.get());
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < answerBytes.get(); sent += chunk.length) {
              out.write(chunk);
            }
          } catch (IOException cut) {
            // the client stopped reading: what the cap is for
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aTokenWithALineBreakIsRefusedBeforeSendingAndNeverPrinted() throws Exception {
    String broken = TOKEN.substring(0, 10) + "\n" + TOKEN.substring(10);
    DownloadSchemaMojo mojo = mojo(settings(broken), null);

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(e.getMessage().contains("character 11 of 22 is a line break"), e.getMessage());
    assertTrue(e.getMessage().contains("settings.xml server 'optix'"), e.getMessage());
    assertNoTokenIn(e.getMessage() + log, broken);
    assertEquals(0, requests.get(), "nothing was sent");
    assertFalse(Files.exists(dir.resolve("schema.json")));
  }

  @Test
  void anAnswerPastTheCapIsRefusedWithoutReadingItWhole() throws Exception {
    answerBytes.set(64L * 1024 * 1024); // streamed, no Content-Length
    DownloadSchemaMojo mojo = mojo(settings(TOKEN), null);
    set(mojo, "maxSchemaBytes", 1024L * 1024);

    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(e.getMessage().contains("larger than the 1048576-byte cap"), e.getMessage());
    assertTrue(e.getMessage().contains("optixgql.maxSchemaBytes"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("schema.json")));

    declaredLength.set(8L * 1024 * 1024); // declared up front: refused before reading
    answerBytes.set(8L * 1024 * 1024);
    e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("8388608 bytes declared"), e.getMessage());
  }

  @Test
  void anAnswerUnderTheCapIsWritten() throws Exception {
    DownloadSchemaMojo mojo = mojo(settings(TOKEN), null);
    mojo.execute();
    assertTrue(Files.readString(dir.resolve("schema.json")).contains("\"ping\""));
    assertEquals("Bearer " + TOKEN, authorization.get());
  }

  @Test
  void anEncryptedServerPasswordIsDecryptedAsMavenDoes() throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    String master = "master-of-the-build";
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(
        security,
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate(master, "settings.security")
            + "</master></settingsSecurity>");
    String encrypted = cipher.encryptAndDecorate(TOKEN, master);
    DefaultSettingsDecrypter decrypter =
        new DefaultSettingsDecrypter(
            new DefaultSecDispatcher(cipher, Map.of(), security.toString()));

    mojo(settings(encrypted), decrypter).execute();

    assertEquals("Bearer " + TOKEN, authorization.get(), "the decrypted token was sent");
    assertTrue(Files.exists(dir.resolve("schema.json")));
    assertNoTokenIn(log.toString(), TOKEN);

    // Without the master password Maven cannot decrypt it: a clear failure, neither form printed.
    Files.delete(security);
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class, () -> mojo(settings(encrypted), decrypter).execute());
    assertTrue(
        e.getMessage().contains("cannot decrypt the password of server 'optix'"), e.getMessage());
    assertFalse(e.getMessage().contains(encrypted), e.getMessage());
    assertNoTokenIn(e.getMessage(), TOKEN);
  }

  private DownloadSchemaMojo mojo(Settings settings, Object decrypter) throws Exception {
    DownloadSchemaMojo mojo = new DownloadSchemaMojo();
    set(mojo, "endpoint", "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    set(mojo, "tokenEnv", "OPTIXGQL_TEST_UNSET_VARIABLE");
    set(mojo, "serverId", "optix");
    set(mojo, "timeoutSeconds", 10);
    set(mojo, "settings", settings);
    set(mojo, "settingsDecrypter", decrypter);
    set(mojo, "output", dir.resolve("schema.json").toFile());
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            log.add(String.valueOf(content));
          }

          @Override
          public void warn(CharSequence content) {
            log.add(String.valueOf(content));
          }

          @Override
          public void error(CharSequence content) {
            log.add(String.valueOf(content));
          }
        });
    return mojo;
  }

  private static Settings settings(String password) {
    Server server = new Server();
    server.setId("optix");
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  /** Neither the token nor any 6-character piece of it (either side of the line break). */
  private static void assertNoTokenIn(String text, String token) {
    for (String part : token.split("\n")) {
      for (int i = 0; i + 6 <= part.length(); i++) {
        assertFalse(text.contains(part.substring(i, i + 6)), "token piece in: " + text);
      }
    }
  }

  private static void set(Object target, String name, Object value) throws Exception {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    throw new NoSuchFieldException(name);
  }
}
