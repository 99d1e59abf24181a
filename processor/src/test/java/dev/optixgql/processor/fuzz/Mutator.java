package dev.optixgql.processor.fuzz;

import dev.optixgql.processor.fuzz.GraphQLTokenizer.Kind;
import dev.optixgql.processor.fuzz.GraphQLTokenizer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Applies one to three random token-level mutations to a file's bytes (held as an ISO-8859-1
 * string): deletions, duplications, swaps, truncations, random bytes and near names.
 */
final class Mutator {
  /** The mutated text and what was done to it, for the report. */
  record Mutated(String text, List<String> steps) {}

  /**
   * The mutations, each with a weight: the ones that often leave the text parseable (near names,
   * deleted or repeated fields) weigh more, so more variants reach validation, lowering and
   * codegen.
   */
  private enum Op {
    DELETE(2),
    DUPLICATE(2),
    SWAP(2),
    TRUNCATE(1),
    RANDOM_BYTES(1),
    NEAR_NAME(3);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }
  }

  private static final int TOTAL_WEIGHT = Arrays.stream(Op.values()).mapToInt(o -> o.weight).sum();

  /** Bytes that are not valid UTF-8 on their own, or characters parsers treat specially. */
  private static final String[] ODD_BYTES = {
    // Not UTF-8: lone continuation and lead bytes, an overlong NUL, an encoded surrogate.
    "\u0080",
    "\u00bf",
    "\u00c3",
    "\u00ff",
    "\u00c0\u0080",
    "\u00ed\u00a0\u0080",
    // UTF-8 beyond ASCII: é, a BOM, LINE SEPARATOR, NO-BREAK SPACE, a 4-byte emoji.
    "\u00c3\u00a9",
    "\u00ef\u00bb\u00bf",
    "\u00e2\u0080\u00a8",
    "\u00c2\u00a0",
    "\u00f0\u009f\u0098\u0080",
    // Control characters.
    "\u0000",
    "\u0007",
    "\u000b",
    "\u000c",
    "\u001b",
    "\u007f",
    "\r",
    "\t"
  };

  private static final String SIGNIFICANT = "{}()[]\"\\#$@!:=|.&,-";

  private final Random random;
  private final List<String> vocabulary;

  /**
   * @param vocabulary names that exist in the inputs, for replacing a name with another real one
   */
  Mutator(Random random, List<String> vocabulary) {
    this.random = random;
    this.vocabulary = vocabulary;
  }

  Mutated mutate(String text) {
    List<String> steps = new ArrayList<>();
    int draw = random.nextInt(10);
    int count = draw < 5 ? 1 : draw < 8 ? 2 : 3;
    for (int i = 0; i < count; i++) {
      List<Token> tokens = GraphQLTokenizer.tokenize(text);
      Op op = pick();
      if (tokens.size() < 2 && op != Op.TRUNCATE) {
        op = Op.RANDOM_BYTES;
      }
      StringBuilder step = new StringBuilder();
      text = apply(op, text, tokens, step);
      steps.add(step.toString());
    }
    return new Mutated(text, steps);
  }

  private String apply(Op op, String text, List<Token> tokens, StringBuilder step) {
    switch (op) {
      case DELETE -> {
        Token t = pick(tokens);
        step.append("delete ").append(show(t, text));
        return text.substring(0, t.start()) + text.substring(t.end());
      }
      case DUPLICATE -> {
        Token t = pick(tokens);
        step.append("duplicate ").append(show(t, text));
        return text.substring(0, t.end()) + " " + t.text(text) + text.substring(t.end());
      }
      case SWAP -> {
        int a = random.nextInt(tokens.size());
        int b =
            random.nextBoolean()
                ? Math.floorMod(a + 1 + random.nextInt(8), tokens.size())
                : random.nextInt(tokens.size());
        b = a == b ? (a + 1) % tokens.size() : b;
        Token first = tokens.get(Math.min(a, b));
        Token second = tokens.get(Math.max(a, b));
        step.append("swap ").append(show(first, text)).append(" ").append(show(second, text));
        return text.substring(0, first.start())
            + second.text(text)
            + text.substring(first.end(), second.start())
            + first.text(text)
            + text.substring(second.end());
      }
      case TRUNCATE -> {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        step.append("truncate @").append(at);
        return text.substring(0, at);
      }
      case RANDOM_BYTES -> {
        int at = random.nextInt(text.length() + 1);
        String bytes = randomBytes();
        step.append("insert bytes ").append(escape(bytes)).append(" @").append(at);
        return text.substring(0, at) + bytes + text.substring(at);
      }
      default -> {
        return nearName(text, tokens, step);
      }
    }
  }

  /** Replaces a name (or a name inside a JSON string) with another real name or a typo of it. */
  private String nearName(String text, List<Token> tokens, StringBuilder step) {
    List<Token> names = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.NAME
          || (t.kind() == Kind.STRING && t.end() - t.start() > 2 && text.charAt(t.start()) == '"'))
        names.add(t);
    }
    if (names.isEmpty()) {
      names = tokens;
    }
    Token t = pick(names);
    int start = t.start();
    int end = t.end();
    if (t.kind() == Kind.STRING) { // keep the quotes: rename what is inside
      start++;
      end = text.charAt(end - 1) == '"' && end - 1 > start ? end - 1 : end;
    }
    String old = text.substring(start, end);
    String replacement = old;
    for (int tries = 0; tries < 5 && replacement.equals(old); tries++) {
      replacement =
          random.nextBoolean() && !vocabulary.isEmpty()
              ? vocabulary.get(random.nextInt(vocabulary.size()))
              : typo(old);
    }
    step.append("rename ")
        .append(escape(old))
        .append(" @")
        .append(start)
        .append(" to ")
        .append(escape(replacement));
    return text.substring(0, start) + replacement + text.substring(end);
  }

  /** One edit: a character dropped, added, changed or transposed, the case flipped, or a suffix. */
  private String typo(String name) {
    if (name.isEmpty()) {
      return "x";
    }
    int i = random.nextInt(name.length());
    char letter = (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26));
    switch (random.nextInt(7)) {
      case 0:
        return name.length() > 1 ? name.substring(0, i) + name.substring(i + 1) : name + "_";
      case 1:
        return name.substring(0, i) + letter + name.substring(i);
      case 2:
        return name.substring(0, i) + letter + name.substring(i + 1);
      case 3:
        return i + 1 < name.length()
            ? name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2)
            : name + "s";
      case 4:
        char c = name.charAt(0);
        char flipped =
            Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return flipped + name.substring(1);
      case 5:
        return name + (random.nextBoolean() ? "_" : String.valueOf(random.nextInt(10)));
      default:
        return "__" + name;
    }
  }

  private Op pick() {
    int draw = random.nextInt(TOTAL_WEIGHT);
    for (Op op : Op.values()) {
      draw -= op.weight;
      if (draw < 0) {
        return op;
      }
    }
    throw new AssertionError();
  }

  private String randomBytes() {
    StringBuilder out = new StringBuilder();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(3)) {
        case 0 -> out.append((char) random.nextInt(256));
        case 1 -> out.append(ODD_BYTES[random.nextInt(ODD_BYTES.length)]);
        default -> out.append(SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
      }
    }
    return out.toString();
  }

  private Token pick(List<Token> tokens) {
    return tokens.get(random.nextInt(tokens.size()));
  }

  private static String show(Token t, String text) {
    return escape(t.text(text)) + " @" + t.start();
  }

  /** Printable ASCII as is, every other byte as {@code \xNN}; long texts shortened. */
  static String escape(String latin1) {
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < latin1.length() && i < 24; i++) {
      char c = latin1.charAt(i);
      out.append(
          c >= 0x20 && c < 0x7f
              ? String.valueOf(c)
              : String.format(Locale.ROOT, "\\x%02x", (int) c));
    }
    return out.append(latin1.length() > 24 ? "…'" : "'").toString();
  }
}
