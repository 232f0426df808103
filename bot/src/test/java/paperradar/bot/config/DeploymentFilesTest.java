package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the image and the compose file without a Docker engine (none runs here):
 * the Dockerfile's promises, that what it copies exists and that the class its HEALTHCHECK runs is
 * in the jar; and that the compose file's replicas load a valid configuration and split the shards.
 * CI also lints the Dockerfile and runs its build stage outside Docker ({@code
 * .ci/docker-build-steps}).
 */
class DeploymentFilesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The Dockerfile's stages, each the list of its instructions with continuation lines joined. */
  private static List<List<String>> stages() throws IOException {
    String joined = Files.readString(ROOT.resolve("Dockerfile")).replaceAll("\\\\\\n\\s*", " ");
    List<List<String>> stages = new ArrayList<>();
    for (String line : joined.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("FROM ")) {
        stages.add(new ArrayList<>());
      }
      stages.getLast().add(line);
    }
    return stages;
  }

  private static List<String> instructions(List<String> stage, String keyword) {
    return stage.stream().filter(line -> line.startsWith(keyword + " ")).toList();
  }

  @Test
  void theImageBuildsWithTheWrapperAndRunsOnAJre21AsANonRootUserWithAVolumeAndAHealthcheck()
      throws Exception {
    List<List<String>> stages = stages();
    assertThat(stages).hasSize(2);
    List<String> build = stages.get(0);
    List<String> runtime = stages.get(1);

    assertThat(build.getFirst()).matches("FROM eclipse-temurin:2[1-9]-jdk AS build");
    assertThat(instructions(build, "RUN"))
        .anyMatch(run -> run.contains("./mvnw") && run.contains("package"));
    assertThat(runtime.getFirst()).matches("FROM eclipse-temurin:2[1-9]-jre");

    List<String> users = instructions(runtime, "USER");
    assertThat(users).isNotEmpty();
    assertThat(users.getLast()).doesNotMatch("USER (root|0)(:.*)?");
    assertThat(instructions(runtime, "VOLUME")).singleElement().asString().contains("/data");
    assertThat(instructions(runtime, "ENV"))
        .singleElement()
        .asString()
        .contains("PAPERRADAR_DATA=/data");

    String healthcheck = instructions(runtime, "HEALTHCHECK").getFirst();
    Matcher main = Pattern.compile("\"(paperradar\\.[\\w.]+)\"").matcher(healthcheck);
    assertThat(main.find()).as(healthcheck).isTrue();
    assertThat(Class.forName(main.group(1), false, getClass().getClassLoader())).isNotNull();
  }

  @Test
  void everythingTheDockerfileCopiesFromTheRepositoryExists() throws IOException {
    for (List<String> stage : stages()) {
      for (String copy : instructions(stage, "COPY")) {
        if (copy.contains("--from=")) {
          continue;
        }
        String[] parts = copy.split("\\s+");
        for (int i = 1; i < parts.length - 1; i++) {
          assertThat(ROOT.resolve(parts[i])).as(copy).exists();
        }
      }
    }
  }

  @Test
  void theBuildStageCopiesThePomOfEveryModuleTheParentLists() throws IOException {
    // Maven reads every listed module's pom even when it builds one (-pl bot -am); a missing one
    // fails the image.
    Matcher module =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    List<String> copies = instructions(stages().get(0), "COPY");
    List<String> modules = new ArrayList<>();
    while (module.find()) {
      modules.add(module.group(1));
    }

    assertThat(modules).contains("core", "bot", "bench");
    for (String name : modules) {
      assertThat(copies)
          .as("a COPY of %s/pom.xml", name)
          .anyMatch(
              copy -> copy.contains(" " + name + "/pom.xml ") || copy.contains(" " + name + "/ "));
    }
  }

  @Test
  void theImagesConfigurationLoads() {
    Settings settings =
        ConfigLoader.load(Optional.of(ROOT.resolve("config/docker.yaml")), Map.of());

    assertThat(settings.http().port()).isEqualTo(8080);
    assertThat(settings.http().bind())
        .as("the HEALTHCHECK and a scraper reach it from the container's network")
        .isEqualTo("0.0.0.0");
    assertThat(ConfigLoader.defaults().http().bind())
        .as("outside the image, loopback only")
        .isEqualTo("127.0.0.1");
  }

  @Test
  void theComposeReplicasShareOnePostgresAndSplitTheDiscordShards() throws IOException {
    // SnakeYAML itself, because Compose's file uses an anchor and a merge key, which Jackson's tree
    // leaves unresolved.
    Object compose = new Yaml().load(Files.readString(ROOT.resolve("config/docker-compose.yml")));
    JsonNode services = new ObjectMapper().valueToTree(compose).path("services");
    assertThat(services.path("postgres").path("image").asText()).startsWith("postgres:");

    List<String> shards = new ArrayList<>();
    int requestsPerSecond = 0;
    for (String name : List.of("radar-1", "radar-2")) {
      JsonNode replica = services.path(name);
      Map<String, String> environment = new HashMap<>();
      replica
          .path("environment")
          .properties()
          .forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
      assertThat(environment.get("PAPERRADAR_DATABASE_URL"))
          .startsWith("jdbc:postgresql://postgres:5432/");
      assertThat(replica.path("build").path("dockerfile").asText()).isEqualTo("Dockerfile");

      Settings settings =
          ConfigLoader.load(Optional.of(ROOT.resolve("config/docker.yaml")), environment);
      assertThat(settings.discord().shardsTotal()).isEqualTo(2);
      shards.add(settings.discord().shards());
      requestsPerSecond += settings.discord().requestsPerSecond();
    }

    assertThat(shards).containsExactlyInAnyOrder("0", "1");
    assertThat(requestsPerSecond).as("Discord's global limit, shared").isLessThanOrEqualTo(50);
  }
}
