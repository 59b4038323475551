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
	 * First, before security; only the rate limit, when switched on, stands before it. Registered whether the
	 * cache is on or off, since it also gives every answer its ETag.
	 */
	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(ResponseCache cache, CacheProperties properties) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(cache, properties.enabled()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
