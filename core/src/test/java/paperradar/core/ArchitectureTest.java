package paperradar.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** core knows no chat SDK and no transport: the adapters in bot do. */
@AnalyzeClasses(packages = "paperradar.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreKnowsNoChatSdk =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
          "com.slack..", "net.dv8tion..", "org.quartz..", "picocli..", "paperradar.bot..");

  @ArchTest
  static final ArchRule modelDependsOnNothingElse =
      noClasses().that().resideInAPackage("paperradar.core.model..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "paperradar.core.ingest..", "paperradar.core.store..", "paperradar.core.search..");
}
