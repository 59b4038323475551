package org.sinosoviet.timeline.caching;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class CachingConfiguration {

	/** After the limits, the rate limit and CORS; before the body limit and security. */
	@Bean
	@ConditionalOnBooleanProperty(name = "timeline.cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(ResponseCache cache) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(cache));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
		return registration;
	}

}
