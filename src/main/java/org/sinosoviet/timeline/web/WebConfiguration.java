package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sinosoviet.timeline.TimelineApplication;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.vocabulary.CodedValue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-cutting HTTP behaviour: how query parameters become typed values (dates at their precision,
 * coded enumerations by their codes, a blank value counting as absent), which parameters a resource
 * takes, and the caching headers of reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestBodyProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, HistoricalDate.class,
				text -> text.isBlank() ? null : HistoricalDate.parse(text));
		registry.addConverterFactory(new CodedValueConverterFactory());
	}

	/**
	 * The representations are JSON, CSV, GeoJSON and TimelineJS; YAML, which a library on the class path
	 * would otherwise offer to any client that asks, is not one of them.
	 */
	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(converter -> converter.getSupportedMediaTypes()
			.stream()
			.anyMatch(type -> type.getSubtype().equals("yaml") || type.getSubtype().endsWith("+yaml")));
	}


	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParametersInterceptor(TimelineApplication.class.getPackageName()));
		registry.addInterceptor(new ReadOnlyOptions());
		registry.addInterceptor(new ReadCacheControl());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class CodedValueConverterFactory implements ConverterFactory<String, CodedValue> {

		@Override
		public <T extends CodedValue> Converter<String, T> getConverter(Class<T> targetType) {
			return code -> code.isBlank() ? null : (T) CodedValue.fromCode((Class) targetType, code.strip());
		}

	}

}
