package dev.optixgql.processor.schema;

import graphql.introspection.Introspection.DirectiveLocation;
import graphql.language.Comment;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.EchoingWiringFactory;
import graphql.schema.idl.ScalarInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds graphql-java's {@link GraphQLSchema} from a type-system document with graphql-java's
 * builders, as its {@code UnExecutableSchemaGenerator} would build it (descriptions, comments as
 * descriptions, deprecations, default values, applied directives, directive definitions, roots),
 * without its schema generator's registry, type checks and wiring: a lean clean build's largest
 * fixed cost (issue 25). The schema is made by graphql-java's fast builder, given every type (it
 * resolves the references in place instead of traversing the schema to find them; about 90 ms less
 * inside a fresh JVM's processor for 14 operations), and validated as graphql-java's usual builder
 * validates it. It builds what graphql-java would accept; anything else throws (an unknown type or
 * directive, a name defined twice, an {@code extend}), and the snapshot is then built whole by
 * graphql-java, which reports the problem. {@code SchemaAssemblyTest} holds the two to the same
 * printed schema for the Optix schema and every schema of the corpora.
 */
final class SchemaAssembly {
  /** What the echoing wiring of graphql-java's unexecutable schemas resolves every type to. */
  private static final TypeResolver ANY = env -> env.getSchema().getQueryType();

  private final Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
  private final Map<String, ScalarTypeDefinition> scalars = new LinkedHashMap<>();
  private final Map<String, DirectiveDefinition> directiveDefinitions = new LinkedHashMap<>();
  private final AppliedDirectives applied;
  private SchemaDefinition schemaDefinition;

  /** The specified scalars ({@code Int}…) that a field, argument or directive refers to. */
  private final Set<String> referenced = new LinkedHashSet<>();

  private SchemaAssembly(Document document) {
    for (var definition : document.getDefinitions()) {
      if (definition instanceof SchemaDefinition schema) {
        if (schemaDefinition != null) {
          throw new IllegalArgumentException("two schema definitions");
        }
        schemaDefinition = schema;
      } else if (definition instanceof DirectiveDefinition directive) {
        unique(directiveDefinitions.put(directive.getName(), directive));
      } else if (definition instanceof ScalarTypeDefinition scalar) {
        if (ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
          continue; // graphql-java keeps its own Int, as its generator does
        }
        unique(scalars.put(scalar.getName(), scalar));
        unique(types.get(scalar.getName()));
      } else if (definition instanceof TypeDefinition<?> type
          && definition.getClass().getSimpleName().endsWith("TypeDefinition")) {
        unique(types.put(type.getName(), type));
        unique(scalars.get(type.getName()));
      } else {
        throw new IllegalArgumentException("not assembled: " + definition.getClass());
      }
    }
    this.applied = new AppliedDirectives(directiveDefinitions, this::inputType);
  }

  private static void unique(Object previous) {
    if (previous != null) {
      throw new IllegalArgumentException("a name defined twice");
    }
  }

  /**
   * The schema of {@code document}, with those of graphql-java's specified scalars ({@code Int},
   * {@code ID}…) that {@code specifiedScalars} names added even where no type refers to them.
   *
   * @throws RuntimeException where graphql-java's schema generator would report a problem
   */
  static GraphQLSchema of(Document document, Set<String> specifiedScalars) {
    return new SchemaAssembly(document).build(specifiedScalars);
  }

  private GraphQLSchema build(Set<String> specifiedScalars) {
    GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
    Set<GraphQLNamedType> additional = new LinkedHashSet<>();
    Map<String, String> roots = roots();
    GraphQLObjectType query = null;
    GraphQLObjectType mutation = null;
    GraphQLObjectType subscription = null;
    for (TypeDefinition<?> type : types.values()) {
      GraphQLNamedType built = type(type, code);
      String root = roots.get(type.getName());
      if ("query".equals(root)) {
        query = (GraphQLObjectType) built;
      } else if ("mutation".equals(root)) {
        mutation = (GraphQLObjectType) built;
      } else if ("subscription".equals(root)) {
        subscription = (GraphQLObjectType) built;
      } else {
        additional.add(built);
      }
    }
    if (roots.containsValue(null) || query == null) {
      throw new IllegalArgumentException("a root operation type is missing");
    }
    for (ScalarTypeDefinition scalar : scalars.values()) {
      additional.add(scalar(scalar));
    }
    List<GraphQLDirective> directives = applied.definitions();
    for (GraphQLScalarType scalar : ScalarInfo.GRAPHQL_SPECIFICATION_SCALARS) {
      if (specifiedScalars.contains(scalar.getName()) || referenced.contains(scalar.getName())) {
        additional.add(scalar);
      }
    }
    // graphql-java's fast builder: every type is named here (it looks for none by traversal) and
    // its references are resolved in place; the schema is then validated as the usual builder
    // would validate it.
    GraphQLSchema.FastBuilder schema =
        new GraphQLSchema.FastBuilder(code, query, mutation, subscription)
            .addTypes(additional)
            .additionalDirectives(directives)
            .withValidation(true);
    if (schemaDefinition != null) {
      schema.withSchemaAppliedDirectives(
          List.of(
              applied.of(
                  schemaDefinition.getDirectives(),
                  graphql.introspection.Introspection.DirectiveLocation.SCHEMA)));
      schema.withSchemaDirectives(
          List.of(
              applied.legacy(
                  schemaDefinition.getDirectives(),
                  graphql.introspection.Introspection.DirectiveLocation.SCHEMA)));
      schema.definition(schemaDefinition);
      String description = description(schemaDefinition, schemaDefinition.getDescription());
      if (description != null) {
        schema.description(description);
      }
    }
    return schema.build();
  }

  /** Root type name to its operation ({@code query}…), from the schema definition or by name. */
  private Map<String, String> roots() {
    Map<String, String> roots = new LinkedHashMap<>();
    if (schemaDefinition != null) {
      for (OperationTypeDefinition root : schemaDefinition.getOperationTypeDefinitions()) {
        if (!(types.get(root.getTypeName().getName()) instanceof ObjectTypeDefinition)) {
          throw new IllegalArgumentException("a root operation type is not an object type");
        }
        if (roots.put(root.getTypeName().getName(), root.getName()) != null) {
          throw new IllegalArgumentException("a type is two roots");
        }
      }
      return roots;
    }
    for (String name : List.of("Query", "Mutation", "Subscription")) {
      if (types.get(name) instanceof ObjectTypeDefinition) {
        roots.put(name, name.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return roots;
  }

  private GraphQLNamedType type(TypeDefinition<?> type, GraphQLCodeRegistry.Builder code) {
    if (type instanceof ObjectTypeDefinition object) {
      return object(object);
    } else if (type instanceof InterfaceTypeDefinition anInterface) {
      GraphQLInterfaceType built = anInterface(anInterface);
      code.typeResolver(built, ANY);
      return built;
    } else if (type instanceof UnionTypeDefinition union) {
      GraphQLUnionType built = union(union);
      code.typeResolver(built, ANY);
      return built;
    } else if (type instanceof EnumTypeDefinition anEnum) {
      return anEnum(anEnum);
    } else if (type instanceof InputObjectTypeDefinition input) {
      return input(input);
    }
    throw new IllegalArgumentException("not assembled: " + type.getClass());
  }

  private GraphQLObjectType object(ObjectTypeDefinition type) {
    GraphQLObjectType.Builder out =
        GraphQLObjectType.newObject()
            .name(type.getName())
            .definition(type)
            .description(description(type, type.getDescription()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.OBJECT))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.OBJECT));
    type.getFieldDefinitions().forEach(field -> out.field(field(field)));
    for (Type<?> implemented : type.getImplements()) {
      out.withInterface(GraphQLTypeReference.typeRef(interfaceName(implemented)));
    }
    return out.build();
  }

  private GraphQLInterfaceType anInterface(InterfaceTypeDefinition type) {
    GraphQLInterfaceType.Builder out =
        GraphQLInterfaceType.newInterface()
            .name(type.getName())
            .definition(type)
            .description(description(type, type.getDescription()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.INTERFACE))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.INTERFACE));
    type.getFieldDefinitions().forEach(field -> out.field(field(field)));
    for (Type<?> implemented : type.getImplements()) {
      out.withInterface(GraphQLTypeReference.typeRef(interfaceName(implemented)));
    }
    return out.build();
  }

  private String interfaceName(Type<?> implemented) {
    String name = ((TypeName) implemented).getName();
    if (!(types.get(name) instanceof InterfaceTypeDefinition)) {
      throw new IllegalArgumentException("implements what is not an interface: " + name);
    }
    return name;
  }

  private GraphQLUnionType union(UnionTypeDefinition type) {
    GraphQLUnionType.Builder out =
        GraphQLUnionType.newUnionType()
            .name(type.getName())
            .definition(type)
            .description(description(type, type.getDescription()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.UNION))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.UNION));
    for (Type<?> member : type.getMemberTypes()) {
      String name = ((TypeName) member).getName();
      if (!(types.get(name) instanceof ObjectTypeDefinition)) {
        throw new IllegalArgumentException("a union member that is not an object type: " + name);
      }
      out.possibleType(GraphQLTypeReference.typeRef(name));
    }
    return out.build();
  }

  private GraphQLEnumType anEnum(EnumTypeDefinition type) {
    GraphQLEnumType.Builder out =
        GraphQLEnumType.newEnum()
            .name(type.getName())
            .definition(type)
            .description(description(type, type.getDescription()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.ENUM))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.ENUM));
    for (EnumValueDefinition value : type.getEnumValueDefinitions()) {
      out.value(
          GraphQLEnumValueDefinition.newEnumValueDefinition()
              .name(value.getName())
              .value(value.getName())
              .description(description(value, value.getDescription()))
              .deprecationReason(AppliedDirectives.deprecation(value.getDirectives()))
              .definition(value)
              .withAppliedDirectives(
                  applied.of(value.getDirectives(), DirectiveLocation.ENUM_VALUE))
              .withDirectives(applied.legacy(value.getDirectives(), DirectiveLocation.ENUM_VALUE))
              .build());
    }
    return out.build();
  }

  private GraphQLInputObjectType input(InputObjectTypeDefinition type) {
    GraphQLInputObjectType.Builder out =
        GraphQLInputObjectType.newInputObject()
            .name(type.getName())
            .definition(type)
            .description(description(type, type.getDescription()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.INPUT_OBJECT))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.INPUT_OBJECT));
    for (InputValueDefinition field : type.getInputValueDefinitions()) {
      GraphQLInputObjectField.Builder built =
          GraphQLInputObjectField.newInputObjectField()
              .name(field.getName())
              .definition(field)
              .description(description(field, field.getDescription()))
              .deprecate(AppliedDirectives.deprecation(field.getDirectives()))
              .type(inputType(field.getType()))
              .withAppliedDirectives(
                  applied.of(field.getDirectives(), DirectiveLocation.INPUT_FIELD_DEFINITION))
              .withDirectives(
                  applied.legacy(field.getDirectives(), DirectiveLocation.INPUT_FIELD_DEFINITION));
      if (field.getDefaultValue() != null) {
        built.defaultValueLiteral(field.getDefaultValue());
      }
      out.field(built.build());
    }
    return out.build();
  }

  private GraphQLScalarType scalar(ScalarTypeDefinition type) {
    Description description = type.getDescription();
    GraphQLScalarType.Builder out =
        GraphQLScalarType.newScalar(EchoingWiringFactory.fakeScalar(type.getName()))
            .description(description == null ? "" : description.getContent())
            .definition(type)
            .specifiedByUrl(specifiedBy(type.getDirectives()))
            .withAppliedDirectives(applied.of(type.getDirectives(), DirectiveLocation.SCALAR))
            .withDirectives(applied.legacy(type.getDirectives(), DirectiveLocation.SCALAR));
    return out.build();
  }

  private static String specifiedBy(List<Directive> directives) {
    for (Directive directive : directives) {
      if (directive.getName().equals("specifiedBy")) {
        return ((StringValue) directive.getArgument("url").getValue()).getValue();
      }
    }
    return null;
  }

  private GraphQLFieldDefinition field(FieldDefinition field) {
    GraphQLFieldDefinition.Builder out =
        GraphQLFieldDefinition.newFieldDefinition()
            .name(field.getName())
            .definition(field)
            .description(description(field, field.getDescription()))
            .deprecate(AppliedDirectives.deprecation(field.getDirectives()))
            .type(outputType(field.getType()))
            .withAppliedDirectives(
                applied.of(field.getDirectives(), DirectiveLocation.FIELD_DEFINITION))
            .withDirectives(
                applied.legacy(field.getDirectives(), DirectiveLocation.FIELD_DEFINITION));
    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
      out.argument(argument(argument));
    }
    return out.build();
  }

  GraphQLArgument argument(InputValueDefinition argument) {
    GraphQLArgument.Builder out =
        GraphQLArgument.newArgument()
            .name(argument.getName())
            .definition(argument)
            .description(description(argument, argument.getDescription()))
            .deprecate(AppliedDirectives.deprecation(argument.getDirectives()))
            .type(inputType(argument.getType()))
            .withAppliedDirectives(
                applied.of(argument.getDirectives(), DirectiveLocation.ARGUMENT_DEFINITION))
            .withDirectives(
                applied.legacy(argument.getDirectives(), DirectiveLocation.ARGUMENT_DEFINITION));
    if (argument.getDefaultValue() != null) {
      out.defaultValueLiteral(argument.getDefaultValue());
    }
    return out.build();
  }

  private GraphQLOutputType outputType(Type<?> type) {
    GraphQLType built = wrapped(type);
    String name = namedOf(type);
    TypeDefinition<?> definition = types.get(name);
    if (definition instanceof InputObjectTypeDefinition) {
      throw new IllegalArgumentException("an output of input type: " + name);
    }
    return (GraphQLOutputType) built;
  }

  GraphQLInputType inputType(Type<?> type) {
    GraphQLType built = wrapped(type);
    String name = namedOf(type);
    TypeDefinition<?> definition = types.get(name);
    if (definition instanceof ObjectTypeDefinition
        || definition instanceof InterfaceTypeDefinition
        || definition instanceof UnionTypeDefinition) {
      throw new IllegalArgumentException("an input of output type: " + name);
    }
    return (GraphQLInputType) built;
  }

  /** The type with its wrappers; a named type a reference (or a specified scalar itself). */
  private GraphQLType wrapped(Type<?> type) {
    if (type instanceof NonNullType nonNull) {
      return GraphQLNonNull.nonNull(wrapped(nonNull.getType()));
    } else if (type instanceof ListType list) {
      return GraphQLList.list(wrapped(list.getType()));
    }
    String name = ((TypeName) type).getName();
    for (GraphQLScalarType scalar : ScalarInfo.GRAPHQL_SPECIFICATION_SCALARS) {
      if (scalar.getName().equals(name)) {
        referenced.add(name);
        return scalar;
      }
    }
    if (!types.containsKey(name) && !scalars.containsKey(name)) {
      throw new IllegalArgumentException("an unknown type: " + name);
    }
    return GraphQLTypeReference.typeRef(name);
  }

  private static String namedOf(Type<?> type) {
    Type<?> named = type;
    while (!(named instanceof TypeName)) {
      named = named instanceof NonNullType n ? n.getType() : ((ListType) named).getType();
    }
    return ((TypeName) named).getName();
  }

  /**
   * A description as graphql-java's schema generator makes it: the node's own, else its comment
   * lines joined (an empty comment line starts them over), else none.
   */
  static String description(Node<?> node, Description description) {
    if (description != null) {
      return description.getContent();
    }
    List<String> lines = new ArrayList<>();
    for (Comment comment : node.getComments()) {
      if (comment.getContent().trim().isEmpty()) {
        lines.clear();
      } else {
        lines.add(comment.getContent());
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }
}
