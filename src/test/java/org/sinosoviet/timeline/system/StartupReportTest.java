package org.sinosoviet.timeline.system;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StartupReportTest {

	@Test
	void logsTheProfilesAndTheDatabaseInUse(CapturedOutput output) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:startup-report;PASSWORD=secret");
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		// Whatever level an application context started earlier in this JVM left the logger at.
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(StartupReport.class.getName(), LogLevel.INFO);

		new StartupReport(dataSource, environment).report();

		assertThat(output).contains("Profiles: postgres").contains("database: H2").doesNotContain("secret");
	}

	@Test
	void hidesPasswordsInJdbcUrls() {
		assertThat(StartupReport.withoutSecrets("jdbc:postgresql://db/timeline?user=app&password=hunter2&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/timeline?user=app&password=***&ssl=true");
	}

}
