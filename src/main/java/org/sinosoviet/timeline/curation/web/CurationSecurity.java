package org.sinosoviet.timeline.curation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.curation.CuratorProperties;
import org.sinosoviet.timeline.curation.web.CuratorAuthenticationProvider.LoginBusyException;
import org.sinosoviet.timeline.curation.web.CuratorAuthenticationProvider.LoginLockedException;
import org.sinosoviet.timeline.protection.LoginLockout;
import org.sinosoviet.timeline.protection.LoginProperties;
import org.sinosoviet.timeline.web.CrossOriginReads;
import org.sinosoviet.timeline.web.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
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
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.CorsFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The one security filter chain of the edge, the first filter every request meets. The other packages add
 * their part to it as {@code Customizer} beans: the security headers and the request limits
 * (protection), the response cache (caching), the body limit (web). Here: cross-origin reads and nothing
 * else ({@link CrossOriginReads}), and HTTP Basic for the writes to events, actors and grievances, which
 * need a curator, checked by
 * {@link CuratorAuthenticationProvider}. Reads are public and their credentials are never looked at, so a
 * read costs no password check whatever it carries. The API keeps no sessions and sets no cookies, so there
 * is nothing for cross-site request forgery to ride on.
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
	SecurityFilterChain edgeSecurity(HttpSecurity http, ProblemWriter problems, UserDetailsService curators,
			PasswordEncoder encoder, LoginLockout lockout, LoginProperties login) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> challenge(problems, request, response, ex);
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
						"These credentials may not change the timeline."));
		RequestMatcher writes = writes();
		BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
		DefaultSecurityFilterChain chain = http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.cors(cors -> cors.configurationSource(CrossOriginReads.source()))
			.authenticationManager(
					new ProviderManager(new CuratorAuthenticationProvider(curators, encoder, lockout, login)))
			.authorizeHttpRequests(requests -> requests.requestMatchers(writes).hasRole(CURATOR).anyRequest().permitAll())
			.httpBasic(basicAuth -> basicAuth.realmName(REALM)
				.authenticationEntryPoint(unauthorized)
				.withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
					@Override
					public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
						// Only a write's credentials are read: a read never costs a password check.
						filter.setAuthenticationConverter(request -> writes.matches(request) ? basic.convert(request) : null);
						return filter;
					}
				}))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.build();
		// The refusal of a cross-origin write is a problem document like every other.
		chain.getFilters()
			.stream()
			.filter(CorsFilter.class::isInstance)
			.forEach(filter -> ((CorsFilter) filter).setCorsProcessor(CrossOriginReads.processor(problems)));
		return chain;
	}

	private static RequestMatcher writes() {
		RequestMatcher[] matchers = new RequestMatcher[CURATED.length * 4];
		int i = 0;
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			for (String path : CURATED) {
				matchers[i++] = pathPattern(method, path);
			}
		}
		return new OrRequestMatcher(matchers);
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
		if (ex instanceof LoginLockedException locked) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()));
			problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
					"Too many failed logins", "This account is locked after too many failed logins; try again in "
							+ locked.retryAfterSeconds() + " s."));
			return;
		}
		if (ex instanceof LoginBusyException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
					"Too many logins at once", "Too many logins are being checked at once; try again in 1 s."));
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		boolean attempted = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
				"Unauthorized", attempted ? "Those credentials are not a curator's."
						: "Changing the timeline needs a curator's credentials (HTTP Basic)."));
	}

}
