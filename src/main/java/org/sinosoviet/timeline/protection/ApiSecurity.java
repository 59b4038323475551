package org.sinosoviet.timeline.protection;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sinosoviet.timeline.protection.CuratorAuthenticationProvider.LoginBusyException;
import org.sinosoviet.timeline.protection.CuratorAuthenticationProvider.LoginLockedException;
import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.web.ProblemWriter;
import org.sinosoviet.timeline.web.Problems;
import org.sinosoviet.timeline.web.RequestBodyLimitFilter;
import org.sinosoviet.timeline.web.RequestBodyProperties;
import org.sinosoviet.timeline.web.SecurityHeaders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.CorsFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The one place the edge's security is configured, in Spring Security's chains: HTTP Basic for curators
 * with a lockout ({@link CuratorAuthenticationProvider}), CORS ({@link CrossOrigin}), the security headers
 * ({@link SecurityHeaders}) and the request limits. Reads are public and never look at credentials, so a read
 * costs no password check whatever it carries; that is why writes to events, actors and grievances have a
 * chain of their own, the only one with an authentication filter. The API keeps no sessions and sets no
 * cookies, so there is nothing for cross-site request forgery to ride on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CuratorProperties.class, LimitsProperties.class })
class ApiSecurity {

	static final String REALM = "Sino-Soviet Timeline";

	static final String CURATOR = "CURATOR";

	private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

	private static final String[] CURATED = { "/events", "/events/**", "/actors", "/actors/**", "/grievances",
			"/grievances/**" };

	/** Writes to the curated resources: the only requests whose credentials are ever read. */
	@Bean
	@Order(1)
	SecurityFilterChain curatedWritesChain(HttpSecurity http, ProblemWriter problems, UserDetailsService curators,
			PasswordEncoder encoder, LoginLockout lockout, LoginProperties login, LimitsProperties limits,
			RequestBodyProperties bodies) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> challenge(problems, request, response, ex);
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
						"These credentials may not change the timeline."));
		return edge(http.securityMatcher(writes()), limits, problems)
			// Before authentication, so that an oversized body is refused before a password is checked.
			.addFilterAfter(new RequestBodyLimitFilter(bodies.maxRequestBody().toBytes(), problems),
					RequestLimitsFilter.class)
			.authenticationManager(
					new ProviderManager(new CuratorAuthenticationProvider(curators, encoder, lockout, login)))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(CURATOR))
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.build();
	}

	/** Everything else: public, anonymous, with no authentication filter at all. */
	@Bean
	@Order(2)
	SecurityFilterChain publicReadsChain(HttpSecurity http, LimitsProperties limits, ProblemWriter problems)
			throws Exception {
		return edge(http, limits, problems).authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
	}

	/**
	 * What both chains share: no session, no CSRF token (no cookies), CORS, the security headers written before
	 * anything else, then the request limits.
	 */
	private static HttpSecurity edge(HttpSecurity http, LimitsProperties limits, ProblemWriter problems)
			throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.cors(Customizer.withDefaults())
			.headers(SecurityHeaders::configure)
			.addFilterAfter(new RequestLimitsFilter(limits, problems), HeaderWriterFilter.class);
	}

	/**
	 * Spring Security's firewall refuses requests no client of this API sends (an unknown method, control
	 * characters or encoded separators in the URL, unprintable header values) before any filter of the chain
	 * runs; the refusal is a problem document with the security headers like every other.
	 */
	@Bean
	RequestRejectedHandler requestRejected(ProblemWriter problems) {
		return (request, response, ex) -> {
			SecurityHeaders.apply(response);
			problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, URI.create("about:blank"),
					"Bad Request", "The request was refused: its method, URL or headers hold what no client of this "
							+ "API sends."));
		};
	}

	/** The filter {@code .cors()} uses; it runs in the chains, not on its own in the servlet container. */
	@Bean
	CorsFilter corsFilter(ProblemWriter problems) {
		return CrossOrigin.filter(problems);
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterOnlyInTheSecurityChains(CorsFilter corsFilter) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
		registration.setEnabled(false);
		return registration;
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
