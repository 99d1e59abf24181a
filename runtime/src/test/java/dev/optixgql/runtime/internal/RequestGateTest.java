package dev.optixgql.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The gate bounds exchanges on the wire; its queue is in order and survives cancellations. */
class RequestGateTest {
  @Test
  void aFullGateQueuesInOrderAndLeavingLetsTheNextIn() {
    RequestGate gate = new RequestGate(2);
    assertTrue(gate.enter().isDone());
    assertTrue(gate.enter().isDone());
    CompletableFuture<Void> third = gate.enter();
    CompletableFuture<Void> fourth = gate.enter();
    assertFalse(third.isDone());

    gate.leave();

    assertTrue(third.isDone());
    assertFalse(fourth.isDone());
    assertEquals(2, gate.inside());
  }

  @Test
  void aCancelledPlaceIsSkippedAndNoPlaceIsLost() {
    RequestGate gate = new RequestGate(1);
    gate.enter();
    CompletableFuture<Void> gaveUp = gate.enter();
    CompletableFuture<Void> next = gate.enter();

    gaveUp.cancel(false);
    gate.leave();
    assertTrue(next.isDone());

    gate.leave();
    assertEquals(0, gate.inside());
    assertTrue(gate.enter().isDone(), "the place came back");
  }
}
