package org.sinosoviet.timeline.protection;

import java.time.Clock;

import javax.sql.DataSource;

import org.apache.catalina.core.StandardHost;

import org.sinosoviet.timeline.web.ProblemWriter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RateLimitProperties.class, LoginProperties.class })
class ProtectionConfiguration {

	/**
	 * Always defined, and registered with the servlet container only when switched on: a condition on the
	 * bean would be settled once and for all when the application is processed ahead of time.
	 */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties rateLimit, ProblemWriter problems,
			Clock clock) {
		RateLimiter limiter = new RateLimiter(rateLimit.requests(), rateLimit.window(), rateLimit.maxClients(), clock);
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setEnabled(rateLimit.enabled());
		return registration;
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
