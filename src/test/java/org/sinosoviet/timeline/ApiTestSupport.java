package org.sinosoviet.timeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Points REST Assured at the service under test, as a client would call it, and checks every answer
 * against the OpenAPI description the service itself serves: a status, header or field that the
 * description does not declare fails the test that received it.
 */
@ApiTest
public abstract class ApiTestSupport {

	/** One validator per running service (its port): the description is read once per application context. */
	private static final Map<Integer, OpenApiValidationFilter> VALIDATORS = new ConcurrentHashMap<>();

	@LocalServerPort
	private int port;

	protected RequestSpecification api;

	@BeforeEach
	protected void pointAtService() {
		RequestSpecBuilder spec = new RequestSpecBuilder().setBaseUri("http://localhost")
			.setPort(port)
			.addFilter(VALIDATORS.computeIfAbsent(port, ApiTestSupport::validatorFor));
		String recording = System.getProperty("api.requests.record");
		if (recording != null && !recording.isBlank()) {
			spec.addFilter(new RequestRecorder(Path.of(recording)));
		}
		api = spec.build();
		RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
	}

	protected RequestSpecification given() {
		return RestAssured.given(api);
	}

	/**
	 * A request whose answer is not checked against the description: only for reading an answer's bytes as
	 * they travel (a gzip body, say), which the checker cannot parse. The same answer decoded is checked elsewhere.
	 */
	protected RequestSpecification givenUnchecked() {
		return RestAssured.given().baseUri("http://localhost").port(port);
	}

	/** The port the service listens on, for requests sent byte by byte ({@link RawHttp}). */
	protected int port() {
		return port;
	}

	private static OpenApiValidationFilter validatorFor(int port) {
		String description = RestAssured.given().baseUri("http://localhost").port(port)
			.get("/v3/api-docs")
			.then().statusCode(200)
			.extract().asString();
		OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(description)
			.withLevelResolver(LevelResolver.create()
				// Tests send bad requests on purpose; what is checked is that the answer to each is described.
				.withLevel("validation.request", ValidationReport.Level.IGNORE)
				.build())
			.build();
		return new OpenApiValidationFilter(validator);
	}

}
