package dev.optixgql.sandbox;

import static dev.optixgql.sandbox.SandboxClient.at;
import static dev.optixgql.sandbox.SandboxClient.list;
import static dev.optixgql.sandbox.SandboxClient.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code WorkflowStep} interface over HTTP: each seeded step resolves to its concrete type,
 * named by {@code __typename}, through inline fragments and a named fragment on the interface.
 */
class WorkflowStepsTest {
  private static final String STEPS =
      """
      query Steps {
        workflowAvailableSteps {
          __typename
          ...Summary
          ... on WorkflowTrigger { trigger_type }
          ... on WorkflowCondition { condition_operation }
          ... on WorkflowAction { action_type }
        }
      }
      fragment Summary on WorkflowStep { workflow_step_id requires_automations_plus }
      """;

  private static OptixSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = OptixSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void availableStepsAreOneOfEachImplementationWithTheirOwnFields() {
    Map<String, Object> body = client.graphql(sandbox.organizationToken(), STEPS);

    assertFalse(body.containsKey("errors"), body::toString);
    List<Object> steps = list(at(body, "data", "workflowAvailableSteps"));
    assertEquals(
        List.of(
            Map.of(
                "__typename", "WorkflowTrigger",
                "workflow_step_id", "601",
                "requires_automations_plus", false,
                "trigger_type", "NEW_BOOKING"),
            Map.of(
                "__typename", "WorkflowCondition",
                "workflow_step_id", "602",
                "requires_automations_plus", true,
                "condition_operation", "EQUALS"),
            Map.of(
                "__typename", "WorkflowDelay",
                "workflow_step_id", "603",
                "requires_automations_plus", false),
            Map.of(
                "__typename", "WorkflowAction",
                "workflow_step_id", "604",
                "requires_automations_plus", false,
                "action_type", "SEND_EMAIL")),
        steps);
  }

  @Test
  void typenameAloneNamesTheConcreteTypes() {
    Map<String, Object> body =
        client.graphql(sandbox.organizationToken(), "{ workflowAvailableSteps { __typename } }");

    List<Object> typenames =
        list(at(body, "data", "workflowAvailableSteps")).stream()
            .map(step -> map(step).get("__typename"))
            .toList();
    assertEquals(
        List.of("WorkflowTrigger", "WorkflowCondition", "WorkflowDelay", "WorkflowAction"),
        typenames);
  }

  @Test
  void personalViewHasNoAutomations() {
    Map<String, Object> body =
        client.graphql(sandbox.personalToken(), "{ workflowAvailableSteps { workflow_step_id } }");

    assertTrue(
        at(body, "errors", "0", "message").toString().contains("workflowAvailableSteps"),
        body::toString);
  }
}
