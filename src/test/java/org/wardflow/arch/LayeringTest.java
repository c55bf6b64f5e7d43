package org.wardflow.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wardflow.model.CountMatrix;
import org.wardflow.model.FlowFilter;
import org.wardflow.model.FlowTable;

/** The house rules, enforced: one-way layering, no toolkit in the core, raw counts gated. */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wardflow");
  }

  @Test
  void layersDependOneWayOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy("org.wardflow.model..")
        .layer("io")
        .definedBy("org.wardflow.io..")
        .layer("disclosure")
        .definedBy("org.wardflow.disclosure..")
        .layer("analysis")
        .definedBy("org.wardflow.analysis..")
        .layer("render")
        .definedBy("org.wardflow.render..")
        .layer("export")
        .definedBy("org.wardflow.export..")
        .layer("ui")
        .definedBy("org.wardflow.ui..")
        .layer("cli")
        .definedBy("org.wardflow.cli..")
        .whereLayer("ui")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("export")
        .mayOnlyBeAccessedByLayers("ui", "cli")
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("export", "ui", "cli")
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("render", "export", "ui", "cli")
        .whereLayer("disclosure")
        .mayOnlyBeAccessedByLayers("analysis", "render", "export", "ui", "cli")
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("disclosure", "analysis", "render", "export", "ui", "cli")
        .check(classes);
  }

  @Test
  void modelUsesNoToolkit() {
    noClasses()
        .that()
        .resideInAPackage("org.wardflow.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.awt..", "javafx..", "javax.swing..")
        .check(classes);
  }

  @Test
  void onlyUiUsesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.wardflow.ui..", "org.wardflow")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..")
        .check(classes);
  }

  /** Nothing above the disclosure gate may read raw counts. */
  static final ArchRule RAW_COUNTS_GATED =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.wardflow.model..", "org.wardflow.io..", "org.wardflow.disclosure..")
          .should()
          .callMethod(FlowTable.class, "count", int.class)
          .orShould()
          .callMethod(FlowTable.class, "matrix", FlowFilter.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(CountMatrix.class)
          .because("everything shown or exported must come from the published table");

  @Test
  void onlyDisclosureAndBelowReadRawCounts() {
    RAW_COUNTS_GATED.check(classes);
  }
}
