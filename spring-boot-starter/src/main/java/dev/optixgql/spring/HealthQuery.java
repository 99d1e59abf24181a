package dev.optixgql.spring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.optixgql.runtime.Operation;
import dev.optixgql.runtime.json.JsonReaders;
import java.io.IOException;

/**
 * {@code query OptixGqlHealth { me { authType } }}, written by hand as generated code would be: the
 * cheapest question that says whether Optix accepts a token, in either schema.
 */
final class HealthQuery implements Operation<HealthQuery.Data> {
  /** Its data: who the token acts as ({@code ORGANIZATION}, {@code USER}…), or null. */
  record Data(String authType) {}

  @Override
  public String document() {
    return "query OptixGqlHealth{me{authType}}";
  }

  @Override
  public String operationName() {
    return "OptixGqlHealth";
  }

  @Override
  public boolean isMutation() {
    return false;
  }

  @Override
  public Class<Data> dataType() {
    return Data.class;
  }

  @Override
  public void writeVariables(JsonGenerator out) {}

  @Override
  public Data readData(JsonParser in) throws IOException {
    JsonReaders.beginObject(in);
    String authType = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      if (name.equals("me") && in.currentToken() == JsonToken.START_OBJECT) {
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String field = in.currentName();
          in.nextToken();
          if (field.equals("authType") && in.currentToken() == JsonToken.VALUE_STRING) {
            authType = in.getText();
          } else {
            in.skipChildren();
          }
        }
      } else {
        in.skipChildren();
      }
    }
    return new Data(authType);
  }
}
