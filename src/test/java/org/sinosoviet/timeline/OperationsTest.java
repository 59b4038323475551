package org.sinosoviet.timeline;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What an operator and an API user find besides the resources: health probes and the API description.
 */
class OperationsTest extends ApiTestSupport {

	@Test
	void healthIsUpWithLivenessAndReadinessGroups() {
		given().get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
		given().get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
		given().get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
	}

	@Test
	void onlyHealthAndInfoAreExposed() {
		given().get("/actuator/info").then().statusCode(200);
		given().get("/actuator/env").then().statusCode(404);
		given().get("/actuator/beans").then().statusCode(404);
		given().get("/actuator/heapdump").then().statusCode(404);
	}

	@Test
	void openApiDescribesTheResourcesParametersAndErrors() {
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("openapi", notNullValue())
			.body("paths", hasKey("/events"))
			.body("paths", hasKey("/causes-of-split"))
			.body("paths.'/events'.get.parameters.name", org.hamcrest.Matchers.hasItems("era", "actor", "from", "to",
					"q", "impact", "sort", "page", "size"))
			.body("paths.'/events'.get.responses", hasKey("400"));
	}

	@Test
	void swaggerUiIsServed() {
		given().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200).body(containsString("swagger"));
	}

}
