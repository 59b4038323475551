package org.sinosoviet.timeline.curation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.curation.CuratorProperties;
import org.sinosoviet.timeline.protection.LoginThrottle;
import org.sinosoviet.timeline.protection.LoginThrottleFilter;
import org.sinosoviet.timeline.web.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Reads are public; writes to events, actors and grievances need a curator, over HTTP Basic. The API
 * keeps no sessions and sets no cookies, so there is nothing for cross-site request forgery to ride on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CuratorProperties.class)
class CurationSecurity {

	static final String REALM = "Sino-Soviet Timeline";

	static final String CURATOR = "CURATOR";

	private static final Logger log = LoggerFactory.getLogger(CurationSecurity.class);

	private static final String[] CURATED = { "/events", "/events/**", "/actors", "/actors/**", "/grievances",
			"/grievances/**" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, LoginThrottle throttle) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> challenge(problems, request, response, ex);
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
						"These credentials may not change the timeline."));
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			// Cross-origin requests are handled before security, for every resource alike (see web).
			.cors(cors -> cors.disable())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, CURATED).hasRole(CURATOR)
				.requestMatchers(HttpMethod.PUT, CURATED).hasRole(CURATOR)
				.requestMatchers(HttpMethod.PATCH, CURATED).hasRole(CURATOR)
				.requestMatchers(HttpMethod.DELETE, CURATED).hasRole(CURATOR)
				.anyRequest().permitAll())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
			.addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			// Security headers are written for every response, refusals included (see protection).
			.headers(headers -> headers.disable())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService curators(CuratorProperties curator, PasswordEncoder encoder) {
		if (!curator.isConfigured()) {
			log.warn("No curator is configured (TIMELINE_CURATOR_USERNAME, TIMELINE_CURATOR_PASSWORD): "
					+ "the timeline is read-only");
			return username -> {
				throw new UsernameNotFoundException("No curator is configured");
			};
		}
		String password = curator.password();
		String encoded = password.startsWith("{") ? password : encoder.encode(password);
		log.info("Curator '{}' may change the timeline", curator.username());
		return new InMemoryUserDetailsManager(
				User.withUsername(curator.username()).password(encoded).roles(CURATOR).build());
	}

	private static void challenge(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		boolean attempted = request.getHeader("Authorization") != null;
		problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				"Unauthorized", attempted ? "Those credentials are not a curator's."
						: "Changing the timeline needs a curator's credentials (HTTP Basic)."));
	}

}
