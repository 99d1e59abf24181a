package dev.optixgql.processor.naming;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The singular of an English plural type name, for the record of one element of a list field:
 * {@code Steps} → {@code Step}, {@code Categories} → {@code Category}, {@code Addresses} → {@code
 * Address}. Conservative: a name it cannot tell is plural ({@code Status}, {@code Data}, {@code
 * Series}) stays as it is. Only the last word of a camel-case name changes ({@code BookingTeams} →
 * {@code BookingTeam}).
 */
final class Singular {
  /** Words that end like plurals but are not, or whose plural is the same. */
  private static final Set<String> UNCHANGED =
      Set.of("news", "series", "species", "data", "metadata", "analytics", "settings", "access");

  private static final Map<String, String> IRREGULAR =
      Map.of("people", "person", "children", "child", "men", "man", "women", "woman");

  private Singular() {}

  static String of(String name) {
    int start = lastWordStart(name);
    String head = name.substring(0, start);
    String word = name.substring(start);
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.length() < 3 || UNCHANGED.contains(lower)) {
      return name;
    }
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return head + word.charAt(0) + irregular.substring(1);
    }
    String singular = singularWord(word, lower);
    // A name of one or two letters ("Ss" → "S") says less than the plural did.
    return singular.length() < 2 ? name : head + singular;
  }

  private static String singularWord(String word, String lower) {
    if (lower.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + (Character.isUpperCase(last(word)) ? "Y" : "y");
    }
    if (lower.endsWith("sses")
        || lower.endsWith("shes")
        || lower.endsWith("ches")
        || lower.endsWith("xes")
        || lower.endsWith("zzes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return word; // Address, Status, Analysis: singular already
    }
    if (lower.endsWith("s")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static char last(String word) {
    return word.charAt(word.length() - 1);
  }

  /** Where the last word of a camel-case or all-caps name begins. */
  private static int lastWordStart(String name) {
    for (int i = name.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
        return i;
      }
    }
    return 0;
  }
}
