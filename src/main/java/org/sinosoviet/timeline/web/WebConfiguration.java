package org.sinosoviet.timeline.web;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.vocabulary.CodedValue;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How query parameters become typed values: dates at their precision, and coded enumerations by
 * their codes ({@code type=border-clash}). A blank value counts as absent.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, HistoricalDate.class,
				text -> text.isBlank() ? null : HistoricalDate.parse(text));
		registry.addConverterFactory(new CodedValueConverterFactory());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class CodedValueConverterFactory implements ConverterFactory<String, CodedValue> {

		@Override
		public <T extends CodedValue> Converter<String, T> getConverter(Class<T> targetType) {
			return code -> code.isBlank() ? null : (T) CodedValue.fromCode((Class) targetType, code.strip());
		}

	}

}
