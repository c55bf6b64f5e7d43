package org.wardflow.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.wardflow.arch.fixture.LeakyView;

/** The raw-count rule is not vacuous: a class outside the gate that reads counts violates it. */
class RawCountRuleCanFailTest {
  @Test
  void leakyClassViolatesTheRule() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyView.class);
    AssertionError e =
        assertThrows(AssertionError.class, () -> LayeringTest.RAW_COUNTS_GATED.check(leaky));
    assertTrue(e.getMessage().contains("count"), e.getMessage());
    assertTrue(e.getMessage().contains("matrix"), e.getMessage());
    assertFalse(
        e.getMessage().contains("describe"), "metadata reads are allowed: " + e.getMessage());
  }
}
