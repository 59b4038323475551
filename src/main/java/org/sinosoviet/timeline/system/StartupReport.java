package org.sinosoviet.timeline.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says on startup which profiles are active and which database the service is using, so that an
 * operator reading the log knows at once whether this is the embedded database or PostgreSQL.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final DataSource dataSource;

	private final Environment environment;

	StartupReport(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		String profiles = environment.getActiveProfiles().length == 0 ? "default"
				: String.join(",", Arrays.asList(environment.getActiveProfiles()));
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			log.info("Profiles: {}; database: {} {} at {} as '{}'", profiles, metaData.getDatabaseProductName(),
					metaData.getDatabaseProductVersion(), withoutSecrets(metaData.getURL()), metaData.getUserName());
		}
		catch (SQLException ex) {
			log.warn("Profiles: {}; the database could not be inspected: {}", profiles, ex.getMessage());
		}
	}

	/** JDBC URLs may carry a password as a parameter; the log must not. */
	static String withoutSecrets(String url) {
		return url == null ? null : url.replaceAll("(?i)(password=)[^;&]*", "$1***");
	}

}
