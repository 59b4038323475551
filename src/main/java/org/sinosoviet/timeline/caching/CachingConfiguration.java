package org.sinosoviet.timeline.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class CachingConfiguration {

	/**
	 * First, before security; only the rate limit, when switched on, stands before it. Always defined, and
	 * registered with the servlet container only when enabled, so that the switch also works in the
	 * application processed ahead of time.
	 */
	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(ResponseCache cache, CacheProperties properties) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(cache));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
