package org.sinosoviet.timeline.protection;

import java.time.Clock;

import javax.sql.DataSource;

import org.apache.catalina.core.StandardHost;

import org.sinosoviet.timeline.web.ProblemWriter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.CorsFilter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LimitsProperties.class, RateLimitProperties.class, LoginProperties.class })
class ProtectionConfiguration {

	/** The security headers, on every answer the security filter chain sees, refusals included. */
	@Bean
	Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders() {
		return SecurityHeaders.policy();
	}

	/**
	 * In the security filter chain, right after the headers and CORS, before the response cache: a URL,
	 * headers or a path segment over the limits are refused first, then a client over the rate limit (when
	 * one is switched on). The switch is read when the chain is built, at start-up, so it also works in the
	 * application processed ahead of time.
	 */
	@Bean
	Customizer<HttpSecurity> requestLimits(LimitsProperties limits, RateLimitProperties rateLimit,
			ProblemWriter problems, Clock clock) {
		return http -> {
			http.addFilterAfter(new RequestLimitsFilter(limits, problems), CorsFilter.class);
			if (rateLimit.enabled()) {
				RateLimiter limiter = new RateLimiter(rateLimit.requests(), rateLimit.window(), rateLimit.maxClients(),
						clock);
				http.addFilterBefore(new RateLimitFilter(limiter, problems), CsrfFilter.class);
			}
		};
	}

	@Bean
	LoginLockout loginLockout(LoginProperties properties, DataSource dataSource, Clock clock) {
		return new LoginLockout(JdbcClient.create(dataSource), properties.maxFailures(), properties.lockout(), clock);
	}

	/** Requests Tomcat refuses on its own are answered with problem documents too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return factory -> factory.addContextCustomizers(
				context -> ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName()));
	}

}
