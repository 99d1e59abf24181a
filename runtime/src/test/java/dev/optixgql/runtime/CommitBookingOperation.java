package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;

/**
 * A hand-written mutation shaped like a generated one, for runtime tests: {@code mutation
 * CommitBooking($request_id: ID!) { bookingsCommit(request_id: $request_id) { id } }}; the fake
 * servers count deliveries by {@code request_id}.
 *
 * @param requestId the variable {@code $request_id}, unique per test call
 */
public record CommitBookingOperation(String requestId)
    implements Operation<CommitBookingOperation.Data> {
  public static final String DOCUMENT =
      "mutation CommitBooking($request_id:ID!){bookingsCommit(request_id:$request_id){id}}";

  /** The operation's data. */
  public record Data(Commit bookingsCommit) {}

  /** The committed booking set. */
  public record Commit(String id) {}

  /** A successful answer for {@code id}. */
  static String answer(String id) {
    return "{\"data\":{\"bookingsCommit\":{\"id\":\"" + id + "\"}}}";
  }

  @Override
  public String document() {
    return DOCUMENT;
  }

  @Override
  public String operationName() {
    return "CommitBooking";
  }

  @Override
  public boolean isMutation() {
    return true;
  }

  @Override
  public Class<Data> dataType() {
    return Data.class;
  }

  @Override
  public void writeVariables(JsonGenerator out) throws IOException {
    out.writeStringField("request_id", requestId);
  }

  @Override
  public Data readData(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    Commit commit = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("bookingsCommit")) {
        commit = readCommit(in);
      } else {
        in.skipChildren();
      }
    }
    if (commit == null) {
      throw JsonReaders.missingField(in, "bookingsCommit");
    }
    return new Data(commit);
  }

  private static Commit readCommit(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    String id = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("id")) {
        id = JsonReaders.nullableString(in);
      } else {
        in.skipChildren();
      }
    }
    if (id == null) {
      throw JsonReaders.missingField(in, "id");
    }
    return new Commit(id);
  }
}
