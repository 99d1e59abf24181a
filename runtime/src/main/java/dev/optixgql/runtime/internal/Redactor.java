package dev.optixgql.runtime.internal;

import dev.optixgql.runtime.GraphQLError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The one place text from a server, a parser or the JDK passes before it reaches an exception, a
 * {@code toString} or a returned error: every token the call used is cut out, whole in each form it
 * travels in (as is, URL-encoded, JSON-escaped) and in fragments of {@value #FRAGMENT} or more
 * characters (an excerpt cut mid-token, a parser quoting the part of a token it could read).
 */
final class Redactor {
  /** The shortest run of a token's characters that is cut out wherever it stands. */
  static final int FRAGMENT = 6;

  private static final String REDACTED = "<redacted token>";

  private final List<String> tokens;

  /**
   * What to look for, built on first use: most calls succeed with nothing to redact, and this keeps
   * them from paying for it.
   */
  private Patterns patterns;

  /** The forms of the tokens (longest first) and their fragments, with the fragments' hashes. */
  private record Patterns(List<String> forms, Set<String> fragments, long[] fragmentHashes) {}

  private static final long BASE = 1_000_003L;

  /** What the character leaving the window weighs once the hash has moved on: BASE^FRAGMENT. */
  private static final long TOP = pow(BASE, FRAGMENT);

  private Redactor(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  private synchronized Patterns patterns() {
    if (patterns == null) {
      patterns = build(tokens);
    }
    return patterns;
  }

  private static Patterns build(List<String> tokens) {
    List<String> all = new ArrayList<>();
    for (String token : tokens) {
      for (String form :
          List.of(
              token,
              RequestWriter.encode(token),
              token.replace("\\", "\\\\").replace("\"", "\\\""))) {
        if (!form.isEmpty() && !all.contains(form)) {
          all.add(form);
        }
      }
    }
    // Longest first, so a form containing another is cut whole.
    all.sort((a, b) -> b.length() - a.length());
    Set<String> fragments = new HashSet<>();
    for (String form : all) {
      for (int i = 0; i + FRAGMENT <= form.length(); i++) {
        fragments.add(form.substring(i, i + FRAGMENT));
      }
    }
    return new Patterns(
        List.copyOf(all),
        fragments,
        fragments.stream().mapToLong(Redactor::hash).sorted().toArray());
  }

  private static long pow(long base, int exponent) {
    long out = 1;
    for (int i = 0; i < exponent; i++) {
      out *= base;
    }
    return out;
  }

  /** A redactor for the tokens one call used (its first token and any refreshed one). */
  public static Redactor of(List<String> tokens) {
    return new Redactor(tokens);
  }

  /** {@code text} without any token or fragment of one; {@code null} stays {@code null}. */
  public String text(String text) {
    if (text == null || tokens.isEmpty()) {
      return text;
    }
    Patterns p = patterns();
    String out = text;
    for (String form : p.forms()) {
      if (out.contains(form)) {
        out = out.replace(form, REDACTED);
      }
    }
    return p.fragments().isEmpty() || out.length() < FRAGMENT ? out : cutFragments(out, p);
  }

  /** The error with its message, string path segments and extensions redacted. */
  public GraphQLError error(GraphQLError error) {
    List<Object> path = new ArrayList<>(error.path().size());
    for (Object segment : error.path()) {
      path.add(segment instanceof String s ? text(s) : segment);
    }
    return new GraphQLError(
        text(error.message()), error.locations(), path, text(error.extensionsJson()));
  }

  public List<GraphQLError> errors(List<GraphQLError> errors) {
    if (tokens.isEmpty() || errors.isEmpty()) {
      return errors;
    }
    List<GraphQLError> out = new ArrayList<>(errors.size());
    for (GraphQLError error : errors) {
      out.add(error(error));
    }
    return out;
  }

  /**
   * Cuts every maximal run of a token's characters that is {@value #FRAGMENT} or more long. One
   * pass with a rolling hash of the last {@value #FRAGMENT} characters (no allocation per
   * position); a hit is confirmed, then the run is grown while it stays a part of some form of a
   * token.
   */
  private static String cutFragments(String text, Patterns p) {
    StringBuilder out = null;
    int copied = 0;
    long hash = 0;
    int filled = 0;
    for (int i = 0; i < text.length(); i++) {
      hash =
          hash * BASE + text.charAt(i) - (filled == FRAGMENT ? text.charAt(i - FRAGMENT) * TOP : 0);
      filled = Math.min(filled + 1, FRAGMENT);
      int start = i + 1 - FRAGMENT;
      if (filled < FRAGMENT
          || start < copied
          || Arrays.binarySearch(p.fragmentHashes(), hash) < 0
          || !p.fragments().contains(text.substring(start, i + 1))) {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isPartOfAToken(text.substring(start, end + 1), p)) {
        end++;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start).append(REDACTED);
      copied = end;
      // Start the window afresh after the cut.
      i = end - 1;
      hash = 0;
      filled = 0;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static long hash(String fragment) {
    long hash = 0;
    for (int i = 0; i < fragment.length(); i++) {
      hash = hash * BASE + fragment.charAt(i);
    }
    return hash;
  }

  private static boolean isPartOfAToken(String run, Patterns p) {
    for (String form : p.forms()) {
      if (form.contains(run)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code e} itself when nothing in it, its causes and its suppressed exceptions (and theirs) says
   * anything of a token, else a stand-in safe to attach as a cause: the same class names, stack
   * traces, causes and suppressed exceptions, every message redacted. Jackson's exceptions are
   * always replaced: they hold the parser, and with it the body read. Each exception is visited
   * once, so a cycle of causes (or of suppressed exceptions) ends: the link that closes it is
   * dropped from the copy.
   */
  public Throwable sanitized(Throwable e) {
    if (e == null || isClean(e, Collections.newSetFromMap(new IdentityHashMap<>()))) {
      return e;
    }
    return copy(e, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private Throwable copy(Throwable e, Set<Throwable> seen) {
    seen.add(e);
    Redacted copy =
        new Redacted(
            e.getClass().getName() + (e.getMessage() == null ? "" : ": " + text(e.getMessage())));
    copy.setStackTrace(e.getStackTrace());
    Throwable cause = e.getCause();
    if (cause != null && !seen.contains(cause)) {
      copy.initCause(copy(cause, seen));
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (!seen.contains(suppressed)) {
        copy.addSuppressed(copy(suppressed, seen));
      }
    }
    return copy;
  }

  private boolean isClean(Throwable e, Set<Throwable> seen) {
    if (!seen.add(e)) {
      return true; // visited: judged where it was first met
    }
    if (e instanceof com.fasterxml.jackson.core.JacksonException) {
      return false;
    }
    String message = e.getMessage();
    if (message != null && !text(message).equals(message)) {
      return false;
    }
    if (e.getCause() != null && !isClean(e.getCause(), seen)) {
      return false;
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (!isClean(suppressed, seen)) {
        return false;
      }
    }
    return true;
  }

  /** A redacted stand-in for a third-party exception. */
  static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    /** Its cause is set once, by {@code initCause}, when there is one. */
    Redacted(String description) {
      super(description);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
