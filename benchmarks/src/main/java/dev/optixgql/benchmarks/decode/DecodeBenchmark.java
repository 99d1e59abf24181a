package dev.optixgql.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optixgql.runtime.internal.ResponseReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decodes one page of 100 bookings four ways from the same bytes: the generated adapter through the
 * client's {@link ResponseReader}, Jackson databind, tree-then-convert, and a raw token pass (the
 * floor for any decoder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Long enough for C2 to finish on a shared 2-core machine; a fixed heap keeps GC sizing stable.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
  private byte[] body;
  private JsonFactory json;
  private ResponseReader responses;
  private BookingsPageQuery operation;
  private ObjectMapper mapper;

  /** Builds the body once and checks that every decoder reads the same bookings from it. */
  @Setup
  public void setUp() {
    body = BookingsPageResponse.json(100);
    // The same factory configuration OptixClient uses.
    json = new JsonFactory();
    responses = new ResponseReader(json);
    operation = new BookingsPageQuery(100, 1);
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    DecodeCheck.sameBookings(generated(), databind(), treeThenConvert(), 100);
    System.out.println("Response body: " + body.length + " bytes, 100 bookings");
  }

  @Benchmark
  public ResponseReader.Envelope<BookingsPageQuery.Data> generated() {
    return responses.read(operation, body);
  }

  @Benchmark
  public DatabindModel.Envelope databind() {
    try {
      return mapper.readValue(body, DatabindModel.Envelope.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public DatabindModel.Envelope treeThenConvert() {
    try {
      JsonNode tree = mapper.readTree(body);
      return mapper.treeToValue(tree, DatabindModel.Envelope.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads every token and its value, materializing strings as the decoders must. */
  @Benchmark
  public long rawTokens(Blackhole blackhole) throws IOException {
    long sum = 0;
    try (JsonParser in = json.createParser(body)) {
      JsonToken token;
      while ((token = in.nextToken()) != null) {
        switch (token) {
          case FIELD_NAME:
          case VALUE_STRING:
            blackhole.consume(in.getText());
            break;
          case VALUE_NUMBER_INT:
            sum += in.getIntValue();
            break;
          case VALUE_NUMBER_FLOAT:
            sum += (long) in.getDoubleValue();
            break;
          case VALUE_TRUE:
            sum += 1;
            break;
          case VALUE_FALSE:
          case VALUE_NULL:
          default:
            sum += token.ordinal();
        }
      }
    }
    return sum;
  }
}
