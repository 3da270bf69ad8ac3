package dev.readout;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The features' boundaries, kept: no two modules depend on each other, directly or round
 * a cycle, and the diagrams in {@code docs/modules} are drawn from the code as it is.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(ReadoutApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyOneWay() {
		MODULES.verify();
	}

	@Test
	void refusesAnArrowBackUp() {
		ApplicationModules cyclic = ApplicationModules.of("dev.readout.modularity.cycle", location -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(cyclic::verify).withMessageContaining("Cycle");
	}

	@Test
	void writesTheModuleDiagramsAndCanvases() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
	}

}
