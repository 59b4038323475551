package org.sinosoviet.timeline.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RequestBodies} as the application builds it, for tests without a Spring context: a default Bean
 * Validation validator, and a JSON mapper that reads as the application's does (unknown fields refused, as
 * application.yml asks, and no quiet coercions, as {@link StrictJsonInput} asks).
 */
public final class RequestBodiesFixture {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private RequestBodiesFixture() {
	}

	public static RequestBodies requestBodies() {
		return new RequestBodies(validator(), jsonMapper());
	}

	public static Validator validator() {
		return VALIDATION.getValidator();
	}

	public static JsonMapper jsonMapper() {
		JsonMapper.Builder builder = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		new StrictJsonInput().strictJsonReading().customize(builder);
		return builder.build();
	}

}
