package dev.optixgql.processor.generative;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the {@code data} a server could answer an operation with: fields collected and merged by
 * response key as the spec executes them (§6.3.2), fragments applied when the concrete type
 * matches, a concrete type picked for each abstract one, nulls and empty lists where the schema
 * allows. Seeded.
 */
final class ResponseBuilder {
  private static final JsonFactory JSON = new JsonFactory();

  private final GraphQLSchema schema;
  private final Random random;
  private final Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();

  ResponseBuilder(GraphQLSchema schema, long seed) {
    this.schema = schema;
    this.random = new Random(seed);
  }

  /** The JSON of {@code data} for the document's operation. */
  String data(Document document) {
    fragments.clear();
    OperationDefinition operation = null;
    for (var definition : document.getDefinitions()) {
      if (definition instanceof FragmentDefinition fragment) {
        fragments.put(fragment.getName(), fragment);
      } else if (definition instanceof OperationDefinition op) {
        operation = op;
      }
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      object(json, schema.getQueryType(), List.of(operation.getSelectionSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void object(JsonGenerator json, GraphQLObjectType type, List<SelectionSet> sets)
      throws IOException {
    Map<String, List<Field>> fields = new LinkedHashMap<>();
    for (SelectionSet set : sets) {
      collect(type, set, fields);
    }
    json.writeStartObject();
    for (Map.Entry<String, List<Field>> entry : fields.entrySet()) {
      json.writeFieldName(entry.getKey());
      Field first = entry.getValue().get(0);
      if (first.getName().equals("__typename")) {
        json.writeString(type.getName());
        continue;
      }
      List<SelectionSet> below = new ArrayList<>();
      for (Field field : entry.getValue()) {
        if (field.getSelectionSet() != null) {
          below.add(field.getSelectionSet());
        }
      }
      value(json, type.getFieldDefinition(first.getName()).getType(), below);
    }
    json.writeEndObject();
  }

  private void collect(GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> out) {
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        String key = field.getAlias() != null ? field.getAlias() : field.getName();
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
      } else if (selection instanceof InlineFragment inline) {
        if (inline.getTypeCondition() == null
            || applies(type, inline.getTypeCondition().getName())) {
          collect(type, inline.getSelectionSet(), out);
        }
      } else if (selection instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (applies(type, fragment.getTypeCondition().getName())) {
          collect(type, fragment.getSelectionSet(), out);
        }
      }
    }
  }

  private boolean applies(GraphQLObjectType type, String condition) {
    if (type.getName().equals(condition)) {
      return true;
    }
    GraphQLType named = schema.getType(condition);
    return !(named instanceof GraphQLObjectType)
        && OperationGenerator.possibleTypes(schema, named).contains(type);
  }

  private void value(JsonGenerator json, GraphQLOutputType type, List<SelectionSet> below)
      throws IOException {
    if (!(type instanceof GraphQLNonNull) && random.nextInt(6) == 0) {
      json.writeNull();
      return;
    }
    GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
    if (inner instanceof GraphQLList list) {
      json.writeStartArray();
      int size = random.nextInt(3);
      for (int i = 0; i < size; i++) {
        value(json, (GraphQLOutputType) list.getWrappedType(), below);
      }
      json.writeEndArray();
    } else if (inner instanceof GraphQLScalarType scalar) {
      scalar(json, scalar.getName());
    } else if (inner instanceof GraphQLEnumType enumType) {
      json.writeString(
          enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName());
    } else if (inner instanceof GraphQLObjectType object) {
      object(json, object, below);
    } else {
      List<GraphQLObjectType> possible = OperationGenerator.possibleTypes(schema, inner);
      object(json, possible.get(random.nextInt(possible.size())), below);
    }
  }

  private void scalar(JsonGenerator json, String name) throws IOException {
    switch (name) {
      case "Int" -> json.writeNumber(random.nextInt(1000) - 500);
      case "Float" -> json.writeNumber(random.nextInt(10_000) / 8.0);
      case "Boolean" -> json.writeBoolean(random.nextBoolean());
      case "DateTime" -> json.writeString("2030-01-07 09:30:00");
      case "Time" -> json.writeString("09:30:00");
      case "JsonString" -> json.writeString("{\"a\":[1,2]}");
      default -> json.writeString("s" + random.nextInt(100));
    }
  }
}
