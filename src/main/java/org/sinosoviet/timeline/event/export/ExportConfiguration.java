package org.sinosoviet.timeline.event.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code format=} chooses a representation as {@code Accept} does ({@code format=csv}), so that a link can ask
 * for one; an unknown format is refused with 406. After it comes {@code Accept}, where a wildcard means JSON
 * first ({@link JsonFirstAcceptStrategy}). Spring MVC then picks the handler method whose {@code produces}
 * matches. The description lists the formats each read offers.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		Map<String, MediaType> formats = new LinkedHashMap<>();
		for (ExportFormat format : ExportFormat.values()) {
			formats.put(format.parameter(), format.mediaType());
		}
		ParameterContentNegotiationStrategy byParameter = new ParameterContentNegotiationStrategy(formats);
		byParameter.setParameterName("format");
		byParameter.setUseRegisteredExtensionsOnly(true);
		configurer.strategies(List.of(byParameter, new JsonFirstAcceptStrategy()));
	}

	@Bean
	OpenApiCustomizer formatParameter() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(item -> item.readOperations().forEach(ExportConfiguration::describeFormat));
	}

	/** Where a read comes in several representations, {@code format=} chooses one as {@code Accept} does. */
	private static void describeFormat(Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		if (ok == null || ok.getContent() == null || ok.getContent().size() < 2 || (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "format".equals(parameter.getName())))) {
			return;
		}
		List<String> formats = ExportFormat.all()
			.stream()
			.filter(format -> ok.getContent()
				.keySet()
				.stream()
				.anyMatch(type -> type.startsWith(format.mediaType().getType() + "/" + format.mediaType().getSubtype())))
			.map(ExportFormat::parameter)
			.toList();
		if (formats.size() > 1) {
			operation.addParametersItem(new QueryParameter().name("format")
				.description("The representation, as an alternative to `Accept`: " + String.join(", ", formats)
						+ ". Other than JSON, the list holds every matching event unless `page` or `size` is given.")
				.schema(new StringSchema()._enum(formats)));
		}
	}
}
