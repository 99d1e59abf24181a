package dev.optixgql.processor.units;

import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;

/** A kind of generated file: the units of that kind a package's IR calls for. */
@FunctionalInterface
public interface UnitKind {
  List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts);

  /**
   * Every kind, in the order their units are queued (and written): a new kind of generated file is
   * a class implementing {@link GeneratedUnit} and one line here.
   */
  List<UnitKind> ALL =
      List.of(
          OperationUnit::units,
          FragmentUnit::units,
          EnumUnit::units,
          InputObjectUnit::units,
          ClientUnit::units,
          FakesUnit::units);
}
