package dev.optixgql.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** {@link PingOperation} as generated for interfaces bound to one token kind's schema. */
record BoundPingOperation(TokenKind kind) implements Operation<PingOperation.Data> {
  private static final PingOperation PING = new PingOperation(null);

  @Override
  public TokenKind tokenKind() {
    return kind;
  }

  @Override
  public String document() {
    return PING.document();
  }

  @Override
  public String operationName() {
    return PING.operationName();
  }

  @Override
  public boolean isMutation() {
    return false;
  }

  @Override
  public Class<PingOperation.Data> dataType() {
    return PING.dataType();
  }

  @Override
  public void writeVariables(JsonGenerator out) throws IOException {
    PING.writeVariables(out);
  }

  @Override
  public PingOperation.Data readData(JsonParser in) throws IOException {
    return PING.readData(in);
  }
}
