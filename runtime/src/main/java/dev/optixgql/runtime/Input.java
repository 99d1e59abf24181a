package dev.optixgql.runtime;

import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An optional input value that tells apart "absent" (not sent at all), an explicit {@code null} and
 * a value, as GraphQL does for nullable input fields (spec §2.9.5, §3.10).
 *
 * @param <T> the type of the value
 */
public final class Input<T> {
  private static final Input<?> ABSENT = new Input<>(false, null);
  private static final Input<?> NULL = new Input<>(true, null);

  private final boolean present;
  private final @Nullable T value;

  private Input(boolean present, @Nullable T value) {
    this.present = present;
    this.value = value;
  }

  /**
   * Not sent: the server applies its default.
   *
   * @param <T> the type of the value
   * @return the absent input, one instance shared by every type
   */
  @SuppressWarnings("unchecked")
  public static <T> Input<T> absent() {
    return (Input<T>) ABSENT;
  }

  /**
   * Sent as an explicit {@code null}.
   *
   * @param <T> the type of the value
   * @return the null input, one instance shared by every type
   */
  @SuppressWarnings("unchecked")
  public static <T> Input<T> ofNull() {
    return (Input<T>) NULL;
  }

  /**
   * Sent as {@code value}; {@code null} means an explicit null.
   *
   * @param value the value to send, or {@code null} to send an explicit null
   * @param <T> the type of the value
   * @return an input that is present, holding {@code value}
   */
  public static <T> Input<T> of(@Nullable T value) {
    return value == null ? ofNull() : new Input<>(true, value);
  }

  /**
   * Whether the value is sent (as null or a value).
   *
   * @return {@code false} only for {@link #absent()}
   */
  public boolean isPresent() {
    return present;
  }

  /**
   * The value sent; {@code null} when absent or explicitly null.
   *
   * @return the value, or {@code null}
   */
  public @Nullable T orNull() {
    return value;
  }

  /**
   * The value; throws when absent or null.
   *
   * @return the value, never {@code null}
   * @throws NoSuchElementException if the input is absent or an explicit null
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException(
          present ? "The input is an explicit null." : "The input is absent.");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Input<?> that
        && present == that.present
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return present ? Objects.hashCode(value) + 1 : 0;
  }

  @Override
  public String toString() {
    return !present
        ? "Input.absent()"
        : value == null ? "Input.ofNull()" : "Input.of(" + value + ")";
  }
}
