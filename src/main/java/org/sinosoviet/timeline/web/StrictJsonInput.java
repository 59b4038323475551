package org.sinosoviet.timeline.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A curator's JSON is read as written: a number where a number belongs and a string where a string belongs
 * ({@code "impact": "1"}, {@code "impact": 1.9} and {@code "title": 5} are errors, not quietly converted),
 * each field at most once, and text that can be stored ({@link StoredText}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonReading() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer))
			.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.addModule(new SimpleModule("stored-text").addDeserializer(String.class, new StoredTextDeserializer()));
	}

	private static java.util.function.Consumer<tools.jackson.databind.cfg.MutableCoercionConfig> refuse(
			CoercionInputShape... shapes) {
		return config -> {
			for (CoercionInputShape shape : shapes) {
				config.setCoercion(shape, CoercionAction.Fail);
			}
		};
	}

	/** Reads a string as Jackson does, then refuses one that cannot be stored, naming where it stood. */
	static final class StoredTextDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			String objection = text == null ? null : StoredText.objectionTo(text);
			if (objection != null) {
				throw InvalidFormatException.from(parser, objection, text, String.class);
			}
			return text;
		}

	}

}
