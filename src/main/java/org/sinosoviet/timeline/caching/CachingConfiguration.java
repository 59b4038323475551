package org.sinosoviet.timeline.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class CachingConfiguration {

	/**
	 * In the security filter chain after the headers, CORS, the limits and the rate limit, before
	 * authentication: a read answered from the cache costs nothing more. The headers and CORS are written
	 * for each request, so they are never kept with an answer. The switch is read when the chain is built,
	 * at start-up, so it also works in the application processed ahead of time.
	 */
	@Bean
	Customizer<HttpSecurity> responseCacheInTheChain(ResponseCache cache, CacheProperties properties) {
		return http -> {
			if (properties.enabled()) {
				http.addFilterAfter(new ResponseCacheFilter(cache), CsrfFilter.class);
			}
		};
	}

}
