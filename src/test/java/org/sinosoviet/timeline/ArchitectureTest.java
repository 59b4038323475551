package org.sinosoviet.timeline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages honest: dependencies point from the web parts to the domain, never back,
 * and no package depends on itself through others.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sinosoviet.timeline");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.sinosoviet.timeline.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theDomainDoesNotDependOnTheWeb() {
		noClasses().that()
			.resideOutsideOfPackages("org.sinosoviet.timeline..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.sinosoviet.timeline..web..")
			.check(CLASSES);
	}

	@Test
	void noFeatureCallsAnotherFeaturesController() {
		noClasses().should()
			.dependOnClassesThat()
			.areAnnotatedWith(RestController.class)
			.check(CLASSES);
	}

}
