package dev.optixgql.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (so that comparing them
 * does not link {@code java.lang.runtime.ObjectMethods}, tens of milliseconds in a fresh JVM) keep
 * the records' contract: two values built from equal components are equal with equal hashes, and
 * changing any one component, whichever is added later, makes them differ.
 */
class IrValueEqualityTest {
  static Stream<Class<?>> writtenOut() throws ClassNotFoundException {
    return Stream.of(
        IrEnum.class,
        IrEnum.Value.class,
        IrInputObject.class,
        IrInputObject.Field.class,
        IrVariable.class,
        IrFragment.class,
        IrPaging.class,
        IrOperation.class,
        IrField.class,
        IrModel.class,
        IrType.NonNull.class,
        IrType.ListOf.class,
        IrType.Scalar.class,
        IrType.EnumRef.class,
        IrType.InputRef.class,
        IrType.Model.class,
        ScalarMapping.class,
        Class.forName("dev.optixgql.processor.validation.SchemaUsageIndex$At"));
  }

  /** A record of this package whose equality is written out but not listed above is unchecked. */
  @Test
  void everyRecordOfThePackageThatWritesItOutIsChecked() throws Exception {
    Path dir = Path.of(IrEnum.class.getResource("IrEnum.class").toURI()).getParent();
    Set<Class<?>> listed = writtenOut().collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> type =
            Class.forName(IrEnum.class.getPackageName() + "." + name.replace(".class", ""));
        if (type.isRecord() && !generated(type, "equals") && !listed.contains(type)) {
          missing.add(type.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest
  @MethodSource("writtenOut")
  void equalComponentsMakeEqualValues(Class<?> record) throws Exception {
    Object a = sample(record, 0);
    Object b = sample(record, 0);
    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(generated(record, "equals"), "equals is the record's generated one");
    assertFalse(generated(record, "hashCode"), "hashCode is the record's generated one");
  }

  /**
   * Whether {@code record}'s {@code method} ({@code equals} or {@code hashCode}) is the one javac
   * generates: an {@code invokedynamic} named after the method (bootstrapped by {@code
   * ObjectMethods}) in the class file's constant pool. Reflection cannot tell the two apart
   * (neither is synthetic).
   */
  private static boolean generated(Class<?> record, String method) throws IOException {
    String resource = record.getName().substring(record.getPackageName().length() + 1) + ".class";
    try (DataInputStream in = new DataInputStream(record.getResourceAsStream(resource))) {
      in.skipBytes(8); // magic, minor and major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] nameAndTypeName = new int[count];
      List<Integer> dynamicNameAndTypes = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 17 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // takes two entries
          }
          case 12 -> {
            nameAndTypeName[i] = in.readUnsignedShort();
            in.skipBytes(2);
          }
          case 18 -> {
            in.skipBytes(2);
            dynamicNameAndTypes.add(in.readUnsignedShort());
          }
          default -> throw new IOException("constant pool tag " + tag + " in " + resource);
        }
      }
      for (int nameAndType : dynamicNameAndTypes) {
        if (method.equals(utf8[nameAndTypeName[nameAndType]])) {
          return true;
        }
      }
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("writtenOut")
  void everyComponentTakesPart(Class<?> record) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    for (int changed = 0; changed < components.length; changed++) {
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = sample(components[i].getGenericType(), i == changed ? 1 : 0);
      }
      Object other = canonical(record).newInstance(values);
      assertNotEquals(
          sample(record, 0), other, record.getSimpleName() + "." + components[changed].getName());
    }
  }

  /** The {@code which}-th (0 or 1) sample value of a type: two samples always differ. */
  private static Object sample(Type type, int which) throws Exception {
    if (type == String.class) {
      return which == 0 ? "a" : "b";
    } else if (type == boolean.class) {
      return which == 1;
    } else if (type == int.class) {
      return which;
    } else if (type == IrType.class) {
      return new IrType.Scalar(which == 0 ? "Int" : "String");
    } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return which == 0 ? List.of() : List.of(sample(list.getActualTypeArguments()[0], 0));
    } else if (type instanceof Class<?> record && record.isRecord()) {
      RecordComponent[] components = record.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = sample(components[i].getGenericType(), which);
      }
      return canonical(record).newInstance(values);
    }
    throw new AssertionError("no sample of " + type + ": add one here");
  }

  private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
    Class<?>[] types =
        Stream.of(record.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    Constructor<?> constructor = record.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    return constructor;
  }
}
