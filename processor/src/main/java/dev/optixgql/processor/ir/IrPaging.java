package dev.optixgql.processor.ir;

/**
 * How an operation reads one page of an Optix list, so its class can ask for another page: its one
 * root field takes {@code page} from a variable and returns a pagination wrapper ({@code
 * XxxPagination { total, data }}). Members are positions, so the IR stays a tree.
 *
 * @param rootField the root field's position in {@code Data}'s fields
 * @param pageVariable the page variable's position among the operation's variables
 * @param defaultPage the page the server reads when the variable is unsent: the variable's default,
 *     else the argument's, else 1
 * @param limitVariable the limit variable's position, or {@code -1} when {@code limit} is a literal
 *     or not passed
 * @param defaultLimit the page size when the limit variable is unsent, or the literal: the
 *     variable's default, else the argument's, else Optix's 100
 * @param itemsField the wrapper's {@code data} field's position among the wrapper's fields
 * @param totalField the wrapper's {@code total} field's position, or {@code -1} when not selected
 */
public record IrPaging(
    int rootField,
    int pageVariable,
    int defaultPage,
    int limitVariable,
    int defaultLimit,
    int itemsField,
    int totalField) {

  // equals and hashCode written out, as for every IR value compared on the clean path: see
  // ClientDeclaration.equals.
  @Override
  public boolean equals(Object other) {
    return other instanceof IrPaging that
        && rootField == that.rootField
        && pageVariable == that.pageVariable
        && defaultPage == that.defaultPage
        && limitVariable == that.limitVariable
        && defaultLimit == that.defaultLimit
        && itemsField == that.itemsField
        && totalField == that.totalField;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(
        new int[] {
          rootField, pageVariable, defaultPage, limitVariable, defaultLimit, itemsField, totalField
        });
  }

  /** Optix's page size when neither the operation nor the schema says otherwise. */
  public static final int OPTIX_DEFAULT_LIMIT = 100;

  /** The wrapper's model: the root field's record. */
  public IrModel wrapper(IrOperation operation) {
    return operation.data().fields().get(rootField).type().model();
  }

  /** The type of the list's items, as the wrapper's {@code data} field holds them. */
  public IrType itemType(IrOperation operation) {
    IrType list = wrapper(operation).fields().get(itemsField).type().nullableForm();
    return ((IrType.ListOf) list).of();
  }
}
