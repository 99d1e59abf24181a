package dev.optixgql.processor.naming;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Turns GraphQL names into Java names, predictably: {@code booking_id} → {@code bookingId}, {@code
 * bookings} → {@code Bookings} for types; a keyword gains a trailing underscore.
 */
public final class JavaNames {
  private JavaNames() {}

  /** lowerCamelCase, for record components, parameters and methods. */
  public static String member(String graphqlName) {
    String camel = camel(graphqlName, false);
    return escape(camel);
  }

  /** UpperCamelCase, for nested record names. */
  public static String type(String graphqlName) {
    return escape(camel(graphqlName, true));
  }

  /** An enum value's constant name: kept as written (GraphQL enum values are constants). */
  public static String constant(String graphqlName) {
    return escape(graphqlName);
  }

  /** Appends {@code _} to keywords and literals ({@code class}, {@code true}, {@code _}). */
  public static String escape(String name) {
    return SourceVersion.isName(name) && !name.equals("_") ? name : name + "_";
  }

  private static String camel(String name, boolean upper) {
    StringBuilder out = new StringBuilder(name.length());
    // Leading underscores are kept: they are part of names like __typename's peers.
    int i = 0;
    while (i < name.length() && name.charAt(i) == '_') {
      out.append('_');
      i++;
    }
    boolean capitalizeNext = upper;
    boolean first = true;
    for (; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        capitalizeNext = true;
        continue;
      }
      if (capitalizeNext) {
        out.append(String.valueOf(c).toUpperCase(Locale.ROOT));
      } else if (first && !upper) {
        out.append(c);
      } else {
        out.append(c);
      }
      capitalizeNext = false;
      first = false;
    }
    if (name.endsWith("_") && out.length() > 0) {
      out.append('_');
    }
    String result = out.toString();
    return result.isEmpty() ? "_" + name.length() : result;
  }

  /**
   * The class of an operation: {@code draftBooking} with {@code Query} → {@code DraftBookingQuery};
   * a name that already ends with the suffix keeps it ({@code MeQuery}).
   */
  public static String operationClass(String operationName, String suffix) {
    return operationName.substring(0, 1).toUpperCase(Locale.ROOT)
        + operationName.substring(1)
        + (operationName.endsWith(suffix) ? "" : suffix);
  }
}
