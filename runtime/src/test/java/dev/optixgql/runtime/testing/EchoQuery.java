package dev.optixgql.runtime.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.optixgql.runtime.Operation;
import java.io.IOException;

/**
 * A hand-written operation with variables, as generated code would be, {@code query Echo($tag:
 * String, $n: Int) { ping { status } }}, for modules that test what the client sends (through the
 * runtime's test jar); answered as {@link PingQuery} is.
 *
 * @param tag the variable {@code $tag}
 * @param n the variable {@code $n}
 */
public record EchoQuery(String tag, int n) implements Operation<PingQuery.Data> {
  @Override
  public String document() {
    return "query Echo($tag:String,$n:Int){ping{status}}";
  }

  @Override
  public String operationName() {
    return "Echo";
  }

  @Override
  public boolean isMutation() {
    return false;
  }

  @Override
  public Class<PingQuery.Data> dataType() {
    return PingQuery.Data.class;
  }

  @Override
  public void writeVariables(JsonGenerator out) throws IOException {
    out.writeStringField("tag", tag);
    out.writeNumberField("n", n);
  }

  @Override
  public PingQuery.Data readData(JsonParser in) throws IOException {
    return new PingQuery().readData(in);
  }
}
