package dev.optixgql.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the deterministic response body that {@link DecodeBenchmark} decodes: one page of Optix
 * bookings (the {@code BookingsPage} operation's shape), with realistic strings, numbers, booleans
 * and nulls drawn from a fixed seed.
 */
public final class BookingsPageResponse {
  private static final String[] TITLES = {
    "Team standup", "Client workshop: Q3 roadmap", "Interview – backend", "1:1 with Zoë",
    "Podcast recording", "Board meeting", "Focus time", "Design review (São Paulo)"
  };
  private static final String[] SOURCES = {"web", "app", "admin", "calendar"};
  private static final String[] CITIES = {"Toronto", "Vancouver", "Montréal", "Calgary", "Halifax"};
  private static final String[] NAMES = {
    "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Chloé", "Priya", "Mateus", "Li", "Fatima"
  };
  private static final String[] SURNAMES = {
    "Rivera", "Nguyen", "O'Connor", "Schmidt", "Kowalski", "Tremblay", "Okafor", "Dubois"
  };

  private BookingsPageResponse() {}

  /** The UTF-8 bytes of {@code {"data":{"bookings":{"total":…,"data":[…]}}}}. */
  public static byte[] json(int bookings) {
    Random random = new Random(20260101L);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (JsonGenerator out = new JsonFactory().createGenerator(bytes)) {
      out.writeStartObject();
      out.writeObjectFieldStart("data");
      out.writeObjectFieldStart("bookings");
      out.writeNumberField("total", 1843);
      out.writeArrayFieldStart("data");
      for (int i = 0; i < bookings; i++) {
        writeBooking(out, i, random);
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeBooking(JsonGenerator out, int i, Random random) throws IOException {
    int start = 1_893_456_000 + i * 3600 + random.nextInt(4) * 900;
    out.writeStartObject();
    out.writeStringField("booking_id", Integer.toString(184_200 + i));
    stringOrNull(out, "title", random.nextInt(10) < 8 ? pick(TITLES, random) : null);
    out.writeNumberField("start_timestamp", start);
    out.writeNumberField("end_timestamp", start + 1800 * (1 + random.nextInt(6)));
    if (random.nextInt(5) == 0) {
      out.writeNumberField("ended_timestamp", start + 1500);
    } else {
      out.writeNullField("ended_timestamp");
    }
    out.writeBooleanField("is_new", random.nextInt(4) == 0);
    out.writeBooleanField("is_approved", random.nextInt(10) != 0);
    out.writeBooleanField("is_canceled", random.nextInt(12) == 0);
    out.writeStringField("source", pick(SOURCES, random));
    writeLocation(out, random.nextInt(CITIES.length));
    writeResource(out, random.nextInt(24));
    writeUser(out, random.nextInt(60));
    out.writeEndObject();
  }

  private static void writeLocation(JsonGenerator out, int id) throws IOException {
    out.writeObjectFieldStart("location");
    out.writeStringField("location_id", Integer.toString(310 + id));
    out.writeStringField("name", "Coworking " + CITIES[id]);
    out.writeStringField("city", CITIES[id]);
    stringOrNull(out, "timezone", id == 4 ? null : "America/Toronto");
    out.writeNumberField("latitude", 43.6532 + id * 1.234567);
    out.writeEndObject();
  }

  private static void writeResource(JsonGenerator out, int id) throws IOException {
    out.writeObjectFieldStart("resource");
    out.writeStringField("resource_id", Integer.toString(5000 + id));
    out.writeStringField("name", (id % 3 == 0 ? "Hot desk " : "Meeting room ") + (id + 1));
    if (id % 3 == 0) {
      out.writeNullField("capacity");
    } else {
      out.writeNumberField("capacity", 2 + id % 10);
    }
    out.writeBooleanField("is_assignable", id % 3 == 0);
    out.writeEndObject();
  }

  private static void writeUser(JsonGenerator out, int id) throws IOException {
    String name = NAMES[id % NAMES.length];
    String surname = SURNAMES[id % SURNAMES.length];
    out.writeObjectFieldStart("user");
    out.writeStringField("user_id", Integer.toString(77_000 + id));
    out.writeStringField("fullname", name + " " + surname);
    out.writeStringField(
        "email", (name + "." + surname + id).toLowerCase(Locale.ROOT) + "@example.com");
    stringOrNull(out, "phone", id % 4 == 0 ? null : "+1 416 555 0" + (100 + id));
    if (id % 7 == 3) {
      out.writeNullField("is_admin");
    } else {
      out.writeBooleanField("is_admin", id == 0);
    }
    out.writeEndObject();
  }

  private static void stringOrNull(JsonGenerator out, String field, String value)
      throws IOException {
    if (value == null) {
      out.writeNullField(field);
    } else {
      out.writeStringField(field, value);
    }
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
