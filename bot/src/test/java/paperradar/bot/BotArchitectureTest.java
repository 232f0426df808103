package paperradar.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * How the bot hangs together, and no package cycle anywhere in the product (core and bot). core's
 * own layers are kept by core's {@code ArchitectureTest}.
 */
@AnalyzeClasses(
    packages = "paperradar",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      BotArchitectureTest.DoNotIncludeTestJars.class
    })
class BotArchitectureTest {

  /**
   * The chat platforms' adapters: each stands alone, so adding or removing one touches no other.
   */
  private static final List<String> ADAPTERS = List.of("slack", "discord", "console", "webhook");

  /**
   * The {@code bench} subcommands wire benchmarks into the CLI. They leave the product with the
   * benchmarks, for the bench module; until then they are the only product classes allowed to use
   * benchmark code.
   */
  private static final String BENCH_COMMANDS =
      ".*\\.cli\\.(Bench|BenchAll|SearchBench|TopicBench)Command(\\$.*)?";

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("paperradar.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule anAdapterImportsNoOtherAdapter =
      CompositeArchRule.of(ADAPTERS.stream().map(BotArchitectureTest::usesNoOtherAdapter).toList());

  @ArchTest
  static final ArchRule nothingInTheProductUsesBenchmarks =
      noClasses()
          .that()
          .resideOutsideOfPackage("..bench..")
          .and()
          .haveNameNotMatching(BENCH_COMMANDS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..bench..")
          .because("benchmarks and their fakes are not part of the product");

  /**
   * Leaves out core's test jar, which the bot's tests use: {@link ImportOption.DoNotIncludeTests}
   * knows test class directories, but {@code mvn verify} puts core's tests on the class path as a
   * jar.
   */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static ArchRule usesNoOtherAdapter(String adapter) {
    String[] others =
        ADAPTERS.stream()
            .filter(other -> !other.equals(adapter))
            .map(other -> "paperradar.bot." + other + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("paperradar.bot." + adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("the " + adapter + " adapter stands alone; what adapters share lives in chat");
  }
}
