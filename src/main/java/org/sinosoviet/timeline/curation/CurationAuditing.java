package org.sinosoviet.timeline.curation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who changed a resource and when: the curator Spring Security authenticated, and the application's clock to
 * the microsecond, as the database keeps it, so that a write's answer is what a later read returns.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "curator", dateTimeProviderRef = "curationTime")
class CurationAuditing {

	@Bean
	AuditorAware<String> curator() {
		return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated)
			.map(Authentication::getName);
	}

	@Bean
	DateTimeProvider curationTime(Clock clock) {
		return () -> Optional.of(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

}
