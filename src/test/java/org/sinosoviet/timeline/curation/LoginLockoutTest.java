package org.sinosoviet.timeline.curation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.TimelineApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The login lockout holds off the authentication itself: whatever form of the header Spring Security reads
 * credentials from, in whatever case the username is written, through whichever of two instances on one
 * database, and across a restart. Reads never check credentials, so they never count.
 */
class LoginLockoutTest {

	private static final String PASSWORD = "the-right-one";

	/** An account of this run only, so that its lockout touches no other test on a shared database. */
	private static final String ACCOUNT = "ada-" + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits()).substring(0, 8);

	private static String url;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		url = System.getProperty("timeline.test.datasource-url", "jdbc:h2:mem:lockout-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		first = start();
		second = start();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TimelineApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--timeline.curator.username=" + ACCOUNT,
				"--timeline.curator.password=" + PASSWORD, "--timeline.shutdown.drain=0s",
				"--spring.main.banner-mode=off", "--logging.level.root=warn");
	}

	@AfterAll
	static void stopBoth() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
	}

	@Test
	void locksTheAccountWhateverFormOfHeaderOrCaseTheGuessesUseThroughEveryInstanceAndAfterARestart() {
		String[] guesses = { "Basic_" + basic(ACCOUNT, "guess-1"), "Basicx" + basic(ACCOUNT, "guess-2"),
				"Basic\t" + basic(ACCOUNT, "guess-3"), "Basic " + basic(ACCOUNT.toUpperCase(), "guess-4"),
				"basic " + basic("Ada" + ACCOUNT.substring(3), "guess-5") };
		for (String guess : guesses) {
			write(first, guess).then().statusCode(401);
		}

		for (String guess : guesses) {
			write(first, guess).then()
				.statusCode(429)
				.contentType("application/problem+json")
				.header("Retry-After", matchesPattern("[1-9][0-9]*"))
				.body("title", equalTo("Too many failed logins"));
		}
		write(second, "Basic " + basic(ACCOUNT, PASSWORD)).then().statusCode(429);
		write(first, "Basic " + basic(ACCOUNT.toUpperCase(), PASSWORD)).then().statusCode(429);

		first.close();
		first = start();
		write(first, "Basic " + basic(ACCOUNT, PASSWORD)).then().statusCode(429);
	}

	@Test
	void readsNeverCheckCredentialsSoTheyNeverCount() {
		int before = failures();

		for (int i = 0; i < 8; i++) {
			api(second).header("Authorization", "Basic " + basic(ACCOUNT, "wrong-" + i))
				.get("/eras")
				.then()
				.statusCode(200);
		}

		assertThat(failures()).isEqualTo(before);
	}

	@Test
	void aGuessAtAnUnknownUsernameLeavesNothingBehind() {
		for (int i = 0; i < 3; i++) {
			write(second, "Basic " + basic("nobody-" + UUID.randomUUID(), "x")).then().statusCode(401);
		}

		assertThat(JdbcClient.create(first.getBean(javax.sql.DataSource.class))
			.sql("select count(*) from login_failure where username like 'nobody-%'")
			.query(Integer.class)
			.single()).isZero();
	}

	private static int failures() {
		return JdbcClient.create(first.getBean(javax.sql.DataSource.class))
			.sql("select coalesce(sum(failures), 0) from login_failure where username = :account")
			.param("account", ACCOUNT)
			.query(Integer.class)
			.single();
	}

	private static io.restassured.response.Response write(ConfigurableApplicationContext instance,
			String authorization) {
		return api(instance).header("Authorization", authorization)
			.contentType(ContentType.JSON)
			.body("{}")
			.post("/grievances");
	}

	private static String basic(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static RequestSpecification api(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return RestAssured.given().baseUri("http://localhost").port(Integer.parseInt(port));
	}

}
