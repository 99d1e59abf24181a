package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.SeedData;
import graphql.schema.DataFetcher;
import java.util.Map;

/**
 * Data fetchers for automations (Optix's workflows): the steps an automation can use, each a
 * concrete {@code WorkflowStep} resolved by its {@code __typename}.
 */
final class AutomationFetchers {
  void register(Map<String, DataFetcher<?>> fetchers) {
    fetchers.put("Query.workflowAvailableSteps", env -> SeedData.workflowAvailableSteps());
  }
}
