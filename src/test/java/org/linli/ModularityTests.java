package org.linli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LinliApplication.class,
			DescribedPredicate.describe("test classes", ModularityTests::isTestClass));

	private static boolean isTestClass(JavaClass type) {
		return type.getSource().map((source) -> source.getUri().toString().contains("/test-classes/")).orElse(false);
	}

	@Test
	void modulesDependOnlyOnEachOthersPublishedApiAndFormNoCycles() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
