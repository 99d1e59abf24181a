package dev.optixgql.processor.cache;

import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrMethod;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPaging;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.IrVariable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cache entries' compact binary form: strings, numbers and the IR. The IR's form is also what a
 * generated unit's cache key is computed from (the bytes are the unit's whole input). Models and
 * fields are written once and referred to by number after that, so a decoded IR shares objects
 * exactly where the lowered one did (naming and polymorphic records rely on that identity).
 */
public final class CacheCodec {
  private static final int NULL_LENGTH = -1;

  private CacheCodec() {}

  /** Writes values and IR into a byte array. */
  public static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<IrModel, Integer> models = new IdentityHashMap<>();
    private final Map<IrField, Integer> fields = new IdentityHashMap<>();

    public byte[] toByteArray() {
      return bytes.toByteArray();
    }

    public Writer string(String value) {
      try {
        if (value == null) {
          out.writeInt(NULL_LENGTH);
        } else {
          byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array cannot fail
      }
    }

    public Writer integer(int value) {
      try {
        out.writeInt(value);
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Writer bool(boolean value) {
      return integer(value ? 1 : 0);
    }

    public Writer strings(java.util.Collection<String> values) {
      integer(values.size());
      values.forEach(this::string);
      return this;
    }

    public Writer operation(IrOperation operation) {
      string(operation.name()).string(operation.className());
      bool(operation.mutation()).bool(operation.subscription());
      string(operation.document()).string(operation.sourceFile());
      integer(operation.variables().size());
      operation.variables().forEach(this::variable);
      model(operation.data());
      integer(operation.fragments().size());
      operation.fragments().forEach(this::fragment);
      string(operation.typesPackage());
      IrPaging paging = operation.paging();
      bool(paging != null);
      if (paging != null) {
        integer(paging.rootField()).integer(paging.pageVariable()).integer(paging.defaultPage());
        integer(paging.limitVariable()).integer(paging.defaultLimit());
        integer(paging.itemsField()).integer(paging.totalField());
      }
      return this;
    }

    public Writer fragment(IrFragment fragment) {
      string(fragment.name()).string(fragment.sourceFile());
      return model(fragment.model());
    }

    public Writer enumType(IrEnum type) {
      string(type.name()).string(type.description()).integer(type.values().size());
      for (IrEnum.Value value : type.values()) {
        string(value.name()).string(value.description()).string(value.deprecationReason());
      }
      return this;
    }

    public Writer inputObject(IrInputObject type) {
      string(type.name()).string(type.description()).integer(type.fields().size());
      for (IrInputObject.Field field : type.fields()) {
        string(field.name()).type(field.type()).string(field.defaultValue());
        string(field.description()).string(field.deprecationReason());
      }
      return this;
    }

    /** A client without its origin element, which the caller names. */
    public Writer client(IrClient client) {
      string(client.packageName()).strings(client.simpleNames()).string(client.tokenKind());
      integer(client.methods().size());
      for (IrMethod method : client.methods()) {
        string(method.name()).operation(method.operation());
        bool(method.async()).bool(method.idempotent()).bool(method.factory());
        bool(method.pages());
        integer(method.parameters().size());
        for (IrMethod.Parameter parameter : method.parameters()) {
          string(parameter.name()).variable(parameter.variable()).bool(parameter.primitive());
        }
      }
      return this;
    }

    private Writer variable(IrVariable variable) {
      return string(variable.name()).type(variable.type()).bool(variable.hasDefault());
    }

    private Writer model(IrModel model) {
      Integer known = models.get(model);
      if (known != null) {
        return integer(known);
      }
      integer(NULL_LENGTH);
      string(model.name()).string(model.alternativeName());
      string(model.schemaType()).string(model.description());
      integer(model.fields().size());
      model.fields().forEach(this::field);
      integer(model.variants().size());
      model.variants().forEach(this::model);
      integer(model.fragments().size());
      model.fragments().forEach(this::model);
      models.put(model, models.size());
      return this;
    }

    private void field(IrField field) {
      Integer known = fields.get(field);
      if (known != null) {
        integer(known);
        return;
      }
      integer(NULL_LENGTH);
      string(field.responseName()).string(field.fieldName()).type(field.type());
      string(field.description()).string(field.deprecationReason());
      fields.put(field, fields.size());
    }

    private Writer type(IrType type) {
      if (type instanceof IrType.NonNull nonNull) {
        integer(0).type(nonNull.of());
      } else if (type instanceof IrType.ListOf list) {
        integer(1).type(list.of());
      } else if (type instanceof IrType.Scalar scalar) {
        integer(2).string(scalar.name()).string(scalar.javaType()).string(scalar.adapter());
      } else if (type instanceof IrType.EnumRef ref) {
        integer(3).string(ref.name());
      } else if (type instanceof IrType.InputRef ref) {
        integer(4).string(ref.name());
      } else {
        integer(5).model(((IrType.Model) type).model());
      }
      return this;
    }
  }

  /** Reads what a {@link Writer} wrote; any inconsistency is an {@link IOException}. */
  public static final class Reader {
    private final DataInputStream in;
    private final List<IrModel> models = new ArrayList<>();
    private final List<IrField> fields = new ArrayList<>();

    public Reader(byte[] bytes) {
      this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    public String string() throws IOException {
      int length = in.readInt();
      if (length == NULL_LENGTH) {
        return null;
      }
      if (length < 0 || length > in.available()) {
        throw new IOException("bad string length " + length);
      }
      return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    public int integer() throws IOException {
      return in.readInt();
    }

    public boolean bool() throws IOException {
      return in.readInt() != 0;
    }

    public int count() throws IOException {
      int count = in.readInt();
      if (count < 0 || count > in.available()) {
        throw new IOException("bad count " + count);
      }
      return count;
    }

    public List<String> strings() throws IOException {
      int count = count();
      List<String> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(string());
      }
      return out;
    }

    public boolean atEnd() throws IOException {
      return in.available() == 0;
    }

    public IrOperation operation() throws IOException {
      String name = string();
      String className = string();
      boolean mutation = bool();
      boolean subscription = bool();
      String document = string();
      String sourceFile = string();
      int variableCount = count();
      List<IrVariable> variables = new ArrayList<>(variableCount);
      for (int i = 0; i < variableCount; i++) {
        variables.add(new IrVariable(string(), type(), bool()));
      }
      IrModel data = model();
      int fragmentCount = count();
      List<IrFragment> fragments = new ArrayList<>(fragmentCount);
      for (int i = 0; i < fragmentCount; i++) {
        fragments.add(new IrFragment(string(), string(), model()));
      }
      return new IrOperation(
          name,
          className,
          mutation,
          subscription,
          document,
          sourceFile,
          variables,
          data,
          fragments,
          string(),
          bool()
              ? new IrPaging(
                  integer(), integer(), integer(), integer(), integer(), integer(), integer())
              : null);
    }

    public IrEnum enumType() throws IOException {
      String name = string();
      String description = string();
      int count = count();
      List<IrEnum.Value> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(new IrEnum.Value(string(), string(), string()));
      }
      return new IrEnum(name, description, values);
    }

    public IrInputObject inputObject() throws IOException {
      String name = string();
      String description = string();
      int count = count();
      List<IrInputObject.Field> fields = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        fields.add(new IrInputObject.Field(string(), type(), string(), string(), string()));
      }
      return new IrInputObject(name, description, fields);
    }

    private IrModel model() throws IOException {
      int reference = in.readInt();
      if (reference != NULL_LENGTH) {
        if (reference < 0 || reference >= models.size()) {
          throw new IOException("bad model reference " + reference);
        }
        return models.get(reference);
      }
      String name = string();
      String alternativeName = string();
      String schemaType = string();
      String description = string();
      int fieldCount = count();
      List<IrField> modelFields = new ArrayList<>(fieldCount);
      for (int i = 0; i < fieldCount; i++) {
        modelFields.add(field());
      }
      List<IrModel> variants = models(count());
      List<IrModel> fragments = models(count());
      IrModel model =
          new IrModel(
              name, alternativeName, schemaType, description, modelFields, variants, fragments);
      models.add(model);
      return model;
    }

    private List<IrModel> models(int count) throws IOException {
      List<IrModel> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(model());
      }
      return out;
    }

    private IrField field() throws IOException {
      int reference = in.readInt();
      if (reference != NULL_LENGTH) {
        if (reference < 0 || reference >= fields.size()) {
          throw new IOException("bad field reference " + reference);
        }
        return fields.get(reference);
      }
      IrField field = new IrField(string(), string(), type(), string(), string());
      fields.add(field);
      return field;
    }

    private IrType type() throws IOException {
      int tag = in.readInt();
      return switch (tag) {
        case 0 -> new IrType.NonNull(type());
        case 1 -> new IrType.ListOf(type());
        case 2 -> new IrType.Scalar(string(), string(), string());
        case 3 -> new IrType.EnumRef(string());
        case 4 -> new IrType.InputRef(string());
        case 5 -> new IrType.Model(model());
        default -> throw new IOException("bad type tag " + tag);
      };
    }
  }
}
