package dev.optixgql.runtime.generated;

import dev.optixgql.runtime.Input;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lists a generated operation or input object keeps: copied when it is built, so a list the
 * caller changes afterwards changes nothing that is sent, and unmodifiable, as the lists read from
 * responses are. A list whose GraphQL type holds no nulls ({@code [ID!]}) is refused there, naming
 * the element, rather than when the request is written. Lists inside lists ({@code [[Int!]!]}) are
 * copied and checked the same way, at every level ({@link #copyNested(List, String, boolean...)}).
 */
public final class Lists {
  private Lists() {}

  /**
   * An unmodifiable copy of {@code list} ({@code null} stays {@code null}).
   *
   * @param list the caller's list
   * @param noNulls what to name when an element is {@code null} and the type refuses it ({@code
   *     "$ids of Schedule ([ID!])"}), or {@code null} when elements may be {@code null}
   * @param <T> the element type
   * @return the copy
   * @throws NullPointerException for a {@code null} element where {@code noNulls} is given
   */
  public static <T> @Nullable List<T> copy(@Nullable List<T> list, @Nullable String noNulls) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list);
    if (noNulls != null) {
      for (int i = 0; i < copy.size(); i++) {
        if (copy.get(i) == null) {
          throw new NullPointerException(
              noNulls + ": element " + i + " is null, and the list's type holds no nulls");
        }
      }
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * {@link #copy(List, String)} for an optional input field: absent and explicit {@code null} stay
   * as they are.
   *
   * @param input the field as given
   * @param noNulls as for {@link #copy(List, String)}
   * @param <T> the element type
   * @return the field with its list copied
   */
  public static <T> Input<List<T>> copy(Input<List<T>> input, @Nullable String noNulls) {
    List<T> list = input.orNull();
    return list == null ? input : Input.of(copy(list, noNulls));
  }

  /**
   * An unmodifiable copy of {@code list} and of every list inside it, {@code nonNull.length} levels
   * deep ({@code null} stays {@code null}), for a list of lists: {@code [[Int!]!]} is two levels
   * whose elements refuse {@code null}.
   *
   * @param list the caller's list
   * @param what names the list in a message ({@code "Schedule.slots ([[Int!]!])"})
   * @param nonNull whether each level's elements, the outermost first, refuse {@code null}
   * @param <T> the element type
   * @return the copy
   * @throws NullPointerException for a {@code null} element where its level refuses it, named by
   *     its indexes ({@code element [2][0]})
   */
  public static <T> @Nullable List<T> copyNested(
      @Nullable List<T> list, String what, boolean... nonNull) {
    if (list == null) {
      return null;
    }
    @SuppressWarnings("unchecked") // every level's copy holds what the caller's list held
    List<T> copy = (List<T>) copyLevel(list, what, nonNull, 0, "");
    return copy;
  }

  /**
   * {@link #copyNested(List, String, boolean...)} for an optional input field: absent and explicit
   * {@code null} stay as they are.
   *
   * @param input the field as given
   * @param what as for {@link #copyNested(List, String, boolean...)}
   * @param nonNull as for {@link #copyNested(List, String, boolean...)}
   * @param <T> the element type
   * @return the field with its lists copied
   */
  public static <T> Input<List<T>> copyNested(
      Input<List<T>> input, String what, boolean... nonNull) {
    List<T> list = input.orNull();
    return list == null ? input : Input.of(copyNested(list, what, nonNull));
  }

  private static List<?> copyLevel(
      List<?> list, String what, boolean[] nonNull, int level, String path) {
    List<Object> copy = new ArrayList<>(list.size());
    int i = 0;
    for (Object element : list) {
      String at = path + "[" + i + "]";
      if (element == null) {
        if (nonNull[level]) {
          throw new NullPointerException(
              what + ": element " + at + " is null, and the list's type holds no nulls");
        }
      } else if (level + 1 < nonNull.length) {
        element = copyLevel((List<?>) element, what, nonNull, level + 1, at);
      }
      copy.add(element);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }
}
