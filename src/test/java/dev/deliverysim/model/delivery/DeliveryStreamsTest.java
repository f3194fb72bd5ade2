package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deliverysim.engine.Fixed;
import dev.deliverysim.engine.StreamName;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryStreamsTest {
  @Test
  void everyFixedStreamIsDistinct() {
    assertEquals(DeliveryStreams.FIXED.size(), new HashSet<>(DeliveryStreams.FIXED).size());
  }

  /** A gate may be named like any fixed stream's last word, or hold a slash, and still draw alone. */
  @Test
  void gatesNamedLikeFixedStreamsDrawFromStreamsOfTheirOwn() {
    List<String> names = List.of("flakiness", "detection", "features", "effort", "ci", "a/b", "a%2Fb", "%flakiness");
    List<GateDef> gates = names.stream().map(n -> new GateDef(n, 1, new Fixed(1), 0, 0)).toList();
    DeliveryDef def = DeliveryDef.builder(new WorkDef(new FeatureSource.Backlog(1), new Fixed(1), new Fixed(1), 1),
        List.of(new TeamDef("devs", 3, java.util.Set.of(Skill.CODE, Skill.REVIEW), 1)), new QualityDef(0, 0),
        new ReviewDef(100, 0, 0, 100), AiDef.NONE, Policy.REVIEW_FIRST).gates(gates).build();
    List<StreamName> streams = DeliveryStreams.of(def);
    assertEquals(streams.size(), new HashSet<>(streams).size(), "streams: " + streams);
  }
}
