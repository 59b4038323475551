package org.sinosoviet.timeline.era.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.sinosoviet.timeline.dataset.EraRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code era} parameter in the API description lists the eras there are, read from the database when
 * the description is first asked for, rather than spelled out wherever a filter takes eras.
 */
@Configuration(proxyBeanMethods = false)
class EraParameters {

	@Bean
	OpenApiCustomizer eraSlugs(EraRepository eras) {
		return openApi -> {
			List<String> slugs = eras.all().slugs();
			openApi.getPaths()
				.values()
				.forEach(item -> item.readOperations()
					.stream()
					.filter(operation -> operation.getParameters() != null)
					.flatMap(operation -> operation.getParameters().stream())
					.filter(parameter -> "era".equals(parameter.getName()) && "query".equals(parameter.getIn()))
					.forEach(parameter -> enumerate(parameter, slugs)));
		};
	}

	@SuppressWarnings("unchecked")
	private static void enumerate(Parameter parameter, List<String> slugs) {
		Schema<?> schema = parameter.getSchema();
		Schema<Object> values = (Schema<Object>) (schema.getItems() != null ? schema.getItems() : schema);
		values.setEnum(new ArrayList<>(slugs));
	}

}
