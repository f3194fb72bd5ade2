package dev.deliverysim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of results folders: every file recorded, the folder swapped in whole or not at all. */
class ResultsWriterTest {
  private static final Manifest MANIFEST = new Manifest("test", "x.yaml", List.of(), List.of(), 1, 2, 3,
      List.of("run", "x.yaml"), "2026-01-01T00:00:00Z", 0.5, "17");

  @TempDir Path tmp;

  private Path results(String first, String second) throws IOException {
    try (ResultsWriter out = ResultsWriter.create(tmp.resolve("r"))) {
      out.text("a.csv", w -> w.write(first));
      out.bytes("b.png", second.getBytes(StandardCharsets.UTF_8));
      return out.commit(MANIFEST);
    }
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> all = Files.list(tmp)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void theManifestListsEachFileWithItsSizeAndHash() throws Exception {
    Path dir = results("x,y\n1,2\n", "png");
    JsonNode files = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("files");
    assertEquals(2, files.size());
    assertEquals("a.csv", files.get(0).get("name").asText());
    assertEquals(8, files.get(0).get("bytes").asLong());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("x,y\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(sha, files.get(0).get("sha256").asText());
    assertEquals("b.png", files.get(1).get("name").asText());
    assertEquals(List.of(), hidden(), "no temporary folder left");
  }

  @Test
  void aWriterThatFailsLeavesThePreviousFolderByteIdentical() throws IOException {
    Path dir = results("old\n", "old png");
    byte[] csv = Files.readAllBytes(dir.resolve("a.csv"));
    byte[] manifest = Files.readAllBytes(dir.resolve("manifest.json"));
    assertThrows(IOException.class, () -> {
      try (ResultsWriter out = ResultsWriter.create(dir)) {
        out.text("a.csv", w -> w.write("new\n"));
        out.text("c.csv", w -> {
          w.write("half a file");
          throw new IOException("disk full");
        });
        out.commit(MANIFEST);
      }
    });
    assertArrayEquals(csv, Files.readAllBytes(dir.resolve("a.csv")));
    assertArrayEquals(manifest, Files.readAllBytes(dir.resolve("manifest.json")));
    assertFalse(Files.exists(dir.resolve("c.csv")));
    assertEquals(List.of(), hidden(), "the unfinished folder is gone");
  }

  @Test
  void aSecondResultReplacesTheFirstWhole() throws IOException {
    Path dir = results("old\n", "old png");
    try (ResultsWriter out = ResultsWriter.create(dir)) {
      out.text("only.csv", w -> w.write("new\n"));
      out.commit(MANIFEST);
    }
    assertFalse(Files.exists(dir.resolve("a.csv")), "nothing of the previous result outlives it");
    assertEquals("new\n", Files.readString(dir.resolve("only.csv")));
  }

  @Test
  void leftoversOfAKilledRunAreClearedByTheNextOne() throws IOException {
    Path dir = results("old\n", "old png");
    Path temp = Files.createDirectories(tmp.resolve(".r.tmp-dead"));
    Files.writeString(temp.resolve("a.csv"), "partial");
    results("new\n", "new png");
    assertFalse(Files.exists(temp));
    assertEquals("new\n", Files.readString(dir.resolve("a.csv")));
  }

  @Test
  void aResultMovedAsideByAKilledSwapComesBack() throws IOException {
    Path dir = results("old\n", "old png");
    Path aside = tmp.resolve(".r.old-dead");
    Files.move(dir, aside); // killed between "old aside" and "new in"
    try (ResultsWriter out = ResultsWriter.create(dir)) {
      out.text("a.csv", w -> w.write("never committed\n"));
    }
    assertEquals("old\n", Files.readString(dir.resolve("a.csv")), "the previous result is back");
    assertEquals(List.of(), hidden());
  }

  @Test
  void refusesAFileOrAFolderOfOtherThings() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertTrue(assertThrows(UnusableFolderException.class, () -> ResultsWriter.create(file)).getMessage()
        .contains("is a file"));
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    assertTrue(assertThrows(UnusableFolderException.class, () -> ResultsWriter.create(mine)).getMessage()
        .contains("holds files but no manifest.json"));
    assertEquals("years of work", Files.readString(mine.resolve("thesis.tex")));
  }

  /**
   * Shards of one sweep share a folder: one opening it clears stale parts while another renames
   * its part into place. The part vanishing mid-look must not stop the opening shard (it did, in CI).
   */
  @Test
  void openingAFolderWhileAnotherShardWritesThereIsSafe() throws Exception {
    Path dir = tmp.resolve("sweep");
    Files.createDirectories(dir);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    Thread shard = new Thread(() -> {
      try (ResultsWriter other = ResultsWriter.inPlace(dir)) {
        for (int i = 0; !stop.get(); i++) {
          int n = i % 50;
          other.text("point-" + n + ".csv", w -> w.write("x\n"));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    shard.start();
    try {
      for (int i = 0; i < 3000; i++) {
        ResultsWriter.inPlace(dir).close();
      }
    } finally {
      stop.set(true);
      shard.join();
    }
    assertTrue(Files.exists(dir.resolve("point-0.csv")));
  }
}
