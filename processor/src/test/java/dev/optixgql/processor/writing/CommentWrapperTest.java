package dev.optixgql.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommentWrapperTest {
  private static final String WORDS =
      "Every booking of the organization, newest first, with the resource it holds and the"
          + " account that pays for it";

  @Test
  void aWideJavadocLineIsBrokenBetweenWordsUnderItsPrefix() {
    String source = "class A {\n    /**\n     * " + WORDS + ".\n     */\n    int a;\n}\n";
    String wrapped = CommentWrapper.wrap(source);
    assertEquals(
        "class A {\n    /**\n     * Every booking of the organization, newest first, with the"
            + " resource it holds and the account\n     * that pays for it.\n     */\n"
            + "    int a;\n}\n",
        wrapped);
    assertTrue(wrapped.lines().allMatch(line -> line.length() <= CommentWrapper.COLUMNS));
  }

  @Test
  void aBlockTagsContinuationIsIndented() {
    String source = "/**\n * @param bookings " + WORDS + ".\n */\nclass A {}\n";
    String wrapped = CommentWrapper.wrap(source);
    assertTrue(wrapped.contains("\n *     "), wrapped);
    assertTrue(wrapped.lines().allMatch(line -> line.length() <= CommentWrapper.COLUMNS), wrapped);
  }

  @Test
  void codePreBlocksAndNarrowSourcesAreLeftAlone() {
    String code = "class A {\n  String s = \"" + WORDS + WORDS + "\";\n}\n";
    assertEquals(code, CommentWrapper.wrap(code));
    String pre = "/**\n * <pre>\n * " + WORDS + WORDS + "\n * </pre>\n */\nclass A {}\n";
    assertEquals(pre, CommentWrapper.wrap(pre));
    String narrow = "class A {}\n";
    assertSame(narrow, CommentWrapper.wrap(narrow));
  }

  @Test
  void trailingSpacesLeftByWrappedCodeAreRemoved() {
    assertEquals(
        "class A {\n  int[] a =\n      new int[0];\n}\n",
        CommentWrapper.wrap("class A {\n  int[] a = \n      new int[0];\n}\n"));
  }

  @Test
  void aWideTypeHeaderIsBrokenBeforeImplementsAndBetweenTypeArguments() {
    String header =
        "public record BookingPageQuery(@Nullable Integer page) implements"
            + " PagedOperation<BookingPageQuery.Data, BookingPageQuery.Data.Bookings.Booking> {";
    assertEquals(
        String.join(
            "\n",
            "public record BookingPageQuery(@Nullable Integer page)",
            "    implements PagedOperation<BookingPageQuery.Data, BookingPageQuery.Data.Bookings.Booking> {"),
        CommentWrapper.wrap(header));

    String continuation =
        "    @Nullable Integer limit) implements PagedOperation<AVeryLongOperationNameQuery.Data,"
            + " AVeryLongOperationNameQuery.Data.SomeListField.SomeListElement> {";
    assertEquals(
        String.join(
            "\n",
            "    @Nullable Integer limit)",
            "    implements PagedOperation<",
            "        AVeryLongOperationNameQuery.Data,",
            "        AVeryLongOperationNameQuery.Data.SomeListField.SomeListElement> {"),
        CommentWrapper.wrap(continuation));
  }
}
