package org.sinosoviet.timeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that calls the running service over HTTP. Every such test class uses exactly this
 * configuration, so that they all share one application context and one database: an in-memory H2
 * database of its own, or the PostgreSQL database named by {@code timeline.test.datasource-url}
 * (see the {@code postgres} Maven profile). A curator is configured, so that writes can be tested.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=${timeline.test.datasource-url:jdbc:h2:mem:timeline-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
		"logging.level.root=warn", "logging.level.org.sinosoviet.timeline.system=info",
		"spring.main.banner-mode=off", "timeline.shutdown.drain=0s", "timeline.curator.username=" + ApiTest.CURATOR,
		"timeline.curator.password=" + ApiTest.PASSWORD })
public @interface ApiTest {

	/** The curator these tests write as. */
	String CURATOR = "test-curator";

	/** A password that exists only in these tests. */
	String PASSWORD = "only-in-tests";

}
