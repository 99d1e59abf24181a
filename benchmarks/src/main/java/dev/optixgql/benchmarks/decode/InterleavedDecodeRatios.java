package dev.optixgql.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A cross-check for {@link DecodeBenchmark} on a shared machine: runs the four decoders in
 * interleaved short slices, so load that comes and goes hits them alike, and prints the median of
 * the per-round ratios. JMH measures one benchmark after another, which such load skews.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.optixgql.benchmarks.decode.InterleavedDecodeRatios
 * [rounds] [warm-up rounds]}.
 */
public final class InterleavedDecodeRatios {
  private static final long SLICE_NANOS = 200_000_000L;

  private InterleavedDecodeRatios() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    DecodeBenchmark benchmark = new DecodeBenchmark();
    benchmark.setUp();
    JsonFactory json = new JsonFactory();
    byte[] body = BookingsPageResponse.json(100);
    Map<String, ToLongFunction<Integer>> decoders = new LinkedHashMap<>();
    decoders.put("generated", i -> benchmark.generated().errors().size());
    decoders.put("databind", i -> benchmark.databind().data().bookings().total());
    decoders.put("treeThenConvert", i -> benchmark.treeThenConvert().data().bookings().total());
    decoders.put("rawTokens", i -> rawTokens(json, body));
    List<String> names = new ArrayList<>(decoders.keySet());
    Map<String, List<Double>> throughput = new LinkedHashMap<>();
    Map<String, List<Double>> ratio = new LinkedHashMap<>();
    long sink = 0;
    for (int round = 0; round < warmups + rounds; round++) {
      Map<String, Double> opsPerSecond = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        // Rotate the order so no decoder always runs right after another.
        String name = names.get((round + k) % names.size());
        ToLongFunction<Integer> decoder = decoders.get(name);
        long ops = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
          for (int i = 0; i < 20; i++) {
            sink += decoder.applyAsLong(i);
          }
          ops += 20;
          elapsed = System.nanoTime() - start;
        } while (elapsed < SLICE_NANOS);
        opsPerSecond.put(name, ops * 1e9 / elapsed);
      }
      if (round >= warmups) {
        for (String name : names) {
          throughput.computeIfAbsent(name, n -> new ArrayList<>()).add(opsPerSecond.get(name));
          ratio
              .computeIfAbsent(name, n -> new ArrayList<>())
              .add(opsPerSecond.get("generated") / opsPerSecond.get(name));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Interleaved decode (%d rounds of 4 x %d ms after %d warm-up rounds; checksum %d):%n",
        rounds,
        SLICE_NANOS / 1_000_000,
        warmups,
        sink);
    for (String name : names) {
      System.out.printf(
          Locale.ROOT,
          "  %-16s median %7.0f ops/s   generated / %s: median %.2fx%n",
          name,
          median(throughput.get(name)),
          name,
          median(ratio.get(name)));
    }
  }

  /** The same pass as {@link DecodeBenchmark#rawTokens}, summing instead of blackholing. */
  static long rawTokens(JsonFactory json, byte[] body) {
    long sum = 0;
    try (JsonParser in = json.createParser(body)) {
      JsonToken token;
      while ((token = in.nextToken()) != null) {
        switch (token) {
          case FIELD_NAME:
          case VALUE_STRING:
            sum += in.getText().length();
            break;
          case VALUE_NUMBER_INT:
            sum += in.getIntValue();
            break;
          case VALUE_NUMBER_FLOAT:
            sum += (long) in.getDoubleValue();
            break;
          default:
            sum += token.ordinal();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
