package dev.optixgql.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Stream;
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

  @ParameterizedTest
  @MethodSource("writtenOut")
  void equalComponentsMakeEqualValues(Class<?> record) throws Exception {
    Object a = sample(record, 0);
    Object b = sample(record, 0);
    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    record.getDeclaredMethod("equals", Object.class); // written out, not generated
    record.getDeclaredMethod("hashCode");
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
