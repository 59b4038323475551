package org.sinosoviet.timeline;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages honest: dependencies point from the web parts to the domain, never back,
 * and no package depends on itself through others.
 */
class ArchitectureTest {

	private static final String TIMELINE = "org.sinosoviet.timeline.";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ArchitectureTest::isWritten)
		.importPackages("org.sinosoviet.timeline");

	/**
	 * The code Spring's AOT processing generates at build time ({@code Foo__BeanDefinitions} and the like)
	 * registers every bean from one place, across all packages, by design; only the written code is held
	 * to these rules.
	 */
	private static boolean isWritten(Location location) {
		return !location.contains("__");
	}

	/** Features, and each package within them, depend on each other one way only. */
	@Test
	void featuresAreFreeOfCycles() {
		slices().matching("org.sinosoviet.timeline.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.sinosoviet.timeline.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	/**
	 * Actors, eras, grievances, references and the analysis are built on events and their query API; events
	 * and the stored dataset know nothing of them.
	 */
	@Test
	void featuresDependOnEventsNeverTheReverse() {
		noClasses().that()
			.resideInAnyPackage(TIMELINE + "event..", TIMELINE + "dataset..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(TIMELINE + "actor..", TIMELINE + "era..", TIMELINE + "grievance..",
					TIMELINE + "reference..", TIMELINE + "analysis..")
			.check(CLASSES);
	}

	/** The HTTP edge (problems, paging, protection, caching, curation) serves every feature and knows none. */
	@Test
	void theEdgeKnowsNoFeature() {
		noClasses().that()
			.resideInAnyPackage(TIMELINE + "web..", TIMELINE + "protection..", TIMELINE + "caching..",
					TIMELINE + "curation..", TIMELINE + "system..", TIMELINE + "chronology..", TIMELINE + "vocabulary..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(TIMELINE + "event..", TIMELINE + "dataset..", TIMELINE + "actor..", TIMELINE + "era..",
					TIMELINE + "grievance..", TIMELINE + "reference..", TIMELINE + "analysis..")
			.check(CLASSES);
	}

	/** Protection and the response cache stand at the HTTP boundary, and like the web parts may use them. */
	@Test
	void theDomainDoesNotDependOnTheWeb() {
		noClasses().that()
			.resideOutsideOfPackages("org.sinosoviet.timeline..web..", "org.sinosoviet.timeline.protection..",
					"org.sinosoviet.timeline.caching..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.sinosoviet.timeline..web..")
			.check(CLASSES);
	}

	@Test
	void noFeatureCallsAnotherFeaturesController() {
		classes().should(new ArchCondition<JavaClass>("not depend on a controller of another package") {

			@Override
			public void check(JavaClass item, ConditionEvents events) {
				for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (target.isAnnotatedWith(RestController.class)
							&& !target.getPackageName().equals(item.getPackageName())) {
						events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
					}
				}
			}

		}).check(CLASSES);
	}

}
