package paperradar.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of core, bottom to top, as the README's layout section draws them. A layer uses only
 * the layers below it (and itself); nothing uses a layer above it:
 *
 * <ol>
 *   <li>model, text, retry: papers, ids, channels, text helpers such as URL redaction, backoff —
 *       use nothing
 *   <li>reply: what an answer says, and paper cards
 *   <li>ingest: the listing parsers
 *   <li>store, search, subscribe: the papers' store and index, channels' topics and settings —
 *       beside the parsers, not on them (the store takes its own input)
 *   <li>pipeline, topics, rank, embed: ingesting, topic matching, trending, embeddings and vector
 *       search
 *   <li>digest, deliver, poll, enrich: what the scheduled jobs do (compose and send digests, poll
 *       sources, complete papers from the arXiv API)
 *   <li>command, service: the commands and the service that answers them
 *   <li>assembly: builds the whole core; nothing in core uses it
 * </ol>
 *
 * <p>Benchmark code ({@code ..bench..}) is left out of the layers: it uses every layer, and it is
 * on its way out of the product; only the rule that nothing else uses it applies to it.
 */
@AnalyzeClasses(packages = "paperradar.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORE = "paperradar.core.";

  @ArchTest
  static final ArchRule coreKnowsNoChatSdk =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..", "net.dv8tion..", "org.quartz..", "picocli..", "paperradar.bot..");

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Model")
          .definedBy(CORE + "model..", CORE + "text..", CORE + "retry..")
          .layer("Reply")
          .definedBy(CORE + "reply..")
          .layer("Parsers")
          .definedBy(CORE + "ingest..")
          .layer("Storage")
          .definedBy(CORE + "store..", CORE + "search..", CORE + "subscribe..")
          .layer("Processing")
          .definedBy(CORE + "pipeline..", CORE + "topics..", CORE + "rank..", CORE + "embed..")
          .layer("Jobs")
          .definedBy(CORE + "digest..", CORE + "deliver..", CORE + "poll..", CORE + "enrich..")
          .layer("Commands")
          .definedBy(CORE + "command..", CORE + "service..")
          .layer("Assembly")
          .definedBy(CORE + "assembly..")
          .whereLayer("Model")
          .mayNotAccessAnyLayer()
          .whereLayer("Reply")
          .mayOnlyAccessLayers("Model")
          .whereLayer("Parsers")
          .mayOnlyAccessLayers("Model")
          .whereLayer("Storage")
          .mayOnlyAccessLayers("Model")
          .whereLayer("Processing")
          .mayOnlyAccessLayers("Model", "Parsers", "Storage")
          .whereLayer("Jobs")
          .mayOnlyAccessLayers("Model", "Reply", "Parsers", "Storage", "Processing")
          .whereLayer("Commands")
          .mayOnlyAccessLayers("Model", "Reply", "Parsers", "Storage", "Processing", "Jobs")
          .whereLayer("Assembly")
          .mayNotBeAccessedByAnyLayer()
          .because("each layer of core builds on the ones below it only (README, Layout)");

  @ArchTest
  static final ArchRule everyPackageHasALayer =
      classes()
          .that()
          .resideOutsideOfPackages(CORE + "bench..")
          .should()
          .resideInAnyPackage(
              CORE + "model..",
              CORE + "text..",
              CORE + "retry..",
              CORE + "reply..",
              CORE + "ingest..",
              CORE + "store..",
              CORE + "search..",
              CORE + "subscribe..",
              CORE + "pipeline..",
              CORE + "topics..",
              CORE + "rank..",
              CORE + "embed..",
              CORE + "digest..",
              CORE + "deliver..",
              CORE + "poll..",
              CORE + "enrich..",
              CORE + "command..",
              CORE + "service..",
              CORE + "assembly..")
          .because(
              "a new package of core takes its place in the layers of ArchitectureTest and the README");

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("paperradar.core.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule sqlStaysInTheJdbcStores =
      noClasses()
          .that()
          .resideOutsideOfPackages(CORE + "store..", CORE + "bench..")
          .and()
          .haveSimpleNameNotStartingWith("Jdbc")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..")
          .because("the SQL of each table lives in the JDBC implementation of one store interface");

  @ArchTest
  static final ArchRule nothingUsesBenchmarks =
      noClasses()
          .that()
          .resideOutsideOfPackage(CORE + "bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CORE + "bench..")
          .because("benchmarks are not part of the product");
}
