package org.sinosoviet.timeline;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Points REST Assured at the service under test, as a client would call it.
 */
@ApiTest
public abstract class ApiTestSupport {

	@LocalServerPort
	private int port;

	protected RequestSpecification api;

	@BeforeEach
	protected void pointAtService() {
		api = new RequestSpecBuilder().setBaseUri("http://localhost").setPort(port).build();
		RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
	}

	protected RequestSpecification given() {
		return RestAssured.given(api);
	}

	/** The port the service listens on, for requests sent byte by byte ({@link RawHttp}). */
	protected int port() {
		return port;
	}

}
